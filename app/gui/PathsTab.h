// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QWidget>

class QTableWidget;

namespace gatecheck::gui {

// Every path side by side: what answered (status, Server/Via: which hop), route, timings;
// and the vendor's status page as fetched over the same paths.
class PathsTab : public QWidget
{
    Q_OBJECT
public:
    explicit PathsTab(QWidget *parent = nullptr);
    void setEvidence(const Evidence &evidence);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace gatecheck::gui
