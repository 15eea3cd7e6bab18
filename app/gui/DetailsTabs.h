// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "evidence/Observations.h"

#include <QTabWidget>

namespace gatecheck::gui {

class DnsTab;
class EnvironmentTab;
class PathsTab;
class RawJsonTab;
class TlsTab;

// "Details for IT": the evidence behind the verdict, one tab per kind.
class DetailsTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit DetailsTabs(QWidget *parent = nullptr);
    void setRun(const Evidence &evidence, const Diagnosis &diagnosis);

    PathsTab *pathsTab() const { return m_paths; }
    DnsTab *dnsTab() const { return m_dns; }
    TlsTab *tlsTab() const { return m_tls; }
    EnvironmentTab *environmentTab() const { return m_env; }
    RawJsonTab *rawJsonTab() const { return m_raw; }

private:
    PathsTab *m_paths = nullptr;
    DnsTab *m_dns = nullptr;
    TlsTab *m_tls = nullptr;
    EnvironmentTab *m_env = nullptr;
    RawJsonTab *m_raw = nullptr;
};

} // namespace gatecheck::gui
