// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QWidget>

class QTableWidget;

namespace gatecheck::gui {

// Name lookups compared per resolver: the system's answer first, then each alternate and
// encrypted DNS; answers that differ from the system's are marked in words and colour.
class DnsTab : public QWidget
{
    Q_OBJECT
public:
    explicit DnsTab(QWidget *parent = nullptr);
    void setEvidence(const Evidence &evidence);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace gatecheck::gui
