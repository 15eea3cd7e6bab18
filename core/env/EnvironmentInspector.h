// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "env/CaptivePortalCheck.h"
#include "env/PacResolver.h"
#include "evidence/Observations.h"
#include "net/Probe.h"

#include <QHash>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

namespace gatecheck {

// What to inspect on this computer, and for which service.
struct EnvironmentOptions
{
    QUrl targetUrl; // the service's URL: proxies are resolved and routes looked up for it
    QStringList hosts; // the service's hosts (extension host access, hosts-file entries)
    QString homeDir; // whose browser profiles and desktop settings (default: $HOME)
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QList<QSslCertificate> publicRoots; // default: the bundled public set
    QUrl captivePortalUrl; // empty: no captive-portal request is sent
    env::PacLimits pac;
    std::chrono::milliseconds captiveTimeout {4000};
    std::chrono::milliseconds lookupTimeout {3000};
};

// Gathers the local facts that explain network results — proxies (system, environment,
// desktop, Firefox, PAC/WPAD evaluated for the target), interfaces and VPNs with the route
// the target's traffic takes, browser extensions, non-public trust roots, DNS settings and
// hosts-file overrides, a captive-portal check — into EnvironmentFacts. Runs like any probe:
// the reading happens on worker threads, the network parts on the event loop, all within the
// deadline; at the deadline whatever arrived is kept and the rest is named in the notes.
class EnvironmentInspector : public Probe
{
    Q_OBJECT
public:
    EnvironmentInspector(EnvironmentOptions options, std::chrono::milliseconds deadline, QObject *parent = nullptr);
    ~EnvironmentInspector() override;

    const EnvironmentFacts &facts() const { return m_facts; }

    struct Parts; // results of the worker-thread readers (defined in the .cpp)

protected:
    void begin() override;
    void stop(const ProbeError &why) override;

private:
    void onProxies();
    void onNetwork();
    void onTargetResolved(const QString &host, const QList<QHostAddress> &addresses);
    void maybeStartPac();
    void maybeLookUpRoutes();
    void maybeComplete();
    void assemble();

    EnvironmentOptions m_options;
    EnvironmentFacts m_facts;
    std::shared_ptr<Parts> m_parts;
    QHash<QString, QList<QHostAddress>> m_targetAddresses;
    int m_pendingLookups = 0;
    int m_pendingWorkers = 0;
    bool m_routesDone = false;
    std::unique_ptr<env::PacResolver> m_pac;
    bool m_pacStarted = false;
    bool m_pacDone = false;
    std::unique_ptr<env::CaptivePortalCheck> m_captive;
    bool m_captiveDone = true;
    bool m_assembled = false;
};

} // namespace gatecheck
