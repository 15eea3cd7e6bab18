// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailsTabs.h"

#include "DnsTab.h"
#include "EnvironmentTab.h"
#include "PathsTab.h"
#include "RawJsonTab.h"
#include "TlsTab.h"

namespace gatecheck::gui {

DetailsTabs::DetailsTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("detailsTabs"));
    setAccessibleName(tr("Details for IT"));
    m_paths = new PathsTab(this);
    m_dns = new DnsTab(this);
    m_tls = new TlsTab(this);
    m_env = new EnvironmentTab(this);
    m_raw = new RawJsonTab(this);
    addTab(m_paths, tr("&Paths"));
    addTab(m_dns, tr("&DNS"));
    addTab(m_tls, tr("&Encryption"));
    addTab(m_env, tr("This &computer"));
    addTab(m_raw, tr("Raw evidence (&JSON)"));
    setTabToolTip(0, tr("Every way this computer reached the service, side by side"));
    setTabToolTip(1, tr("What each DNS server answered"));
    setTabToolTip(2, tr("Certificate chains and whether they are publicly trusted"));
    setTabToolTip(3, tr("Proxy, VPN, browser extensions, clock"));
    setTabToolTip(4, tr("Everything observed, as JSON"));
}

void DetailsTabs::setRun(const Evidence &evidence, const Diagnosis &diagnosis)
{
    m_paths->setEvidence(evidence);
    m_dns->setEvidence(evidence);
    m_tls->setEvidence(evidence);
    m_env->setEnvironment(evidence.environment);
    m_raw->setRun(evidence, diagnosis);
}

} // namespace gatecheck::gui
