// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QWidget>

class QVBoxLayout;

namespace gatecheck::gui {

// This computer's facts that explain network results: proxy and PAC, VPN and tunnels,
// browser extensions (riskiest first), non-public trusted roots, clock and DNS settings.
class EnvironmentTab : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentTab(QWidget *parent = nullptr);
    void setEnvironment(const EnvironmentFacts &env);
    int sectionCount() const;

private:
    QVBoxLayout *m_sections = nullptr;
};

} // namespace gatecheck::gui
