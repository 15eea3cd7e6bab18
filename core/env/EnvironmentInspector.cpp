// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/EnvironmentInspector.h"

#include "env/BrowserProfiles.h"
#include "env/EnvironmentReaders.h"
#include "env/InterfaceClassifier.h"
#include "env/PlatformEnvironment.h"
#include "env/ProxyRules.h"
#include "env/RouteLookup.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>
#include <QPointer>
#include <QSysInfo>
#include <QThreadPool>

namespace gatecheck {

using namespace env;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

// Reading profiles and stores is disk work that must not queue behind (or block) the probes'
// own worker threads, so it gets a small pool of its own.
QThreadPool *environmentPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(2);
        p->setExpiryTimeout(5000);
        return p;
    }();
    return pool;
}

QString osName()
{
    switch (currentOs()) {
    case OsKind::Windows:
        return QStringLiteral("windows");
    case OsKind::MacOS:
        return QStringLiteral("macos");
    case OsKind::Linux:
        break;
    }
    return QStringLiteral("linux");
}

} // namespace

struct EnvironmentInspector::Parts
{
    std::optional<ProxyPart> proxies;
    std::optional<NetworkPart> network;
    std::optional<BrowserScan> browsers;
    std::optional<TrustPart> trust;
    QList<ProxySetting> pacResults;
    QStringList notes;
    QList<int> lookupIds;
    QStringList targetInterfaces; // the kernel routes the service's traffic through these
    QStringList internetInterfaces; // ... and traffic to anywhere else on the internet
};

EnvironmentInspector::EnvironmentInspector(
    EnvironmentOptions options, std::chrono::milliseconds deadline, QObject *parent)
    : Probe(QStringLiteral("environment:local"), deadline, parent)
    , m_options(std::move(options))
    , m_parts(std::make_shared<Parts>())
{
    if (m_options.homeDir.isEmpty())
        m_options.homeDir = m_options.env.value(QStringLiteral("HOME"), QDir::homePath());
    const QString targetHost = m_options.targetUrl.host();
    if (!targetHost.isEmpty() && !m_options.hosts.contains(targetHost, Qt::CaseInsensitive))
        m_options.hosts.prepend(targetHost);
}

EnvironmentInspector::~EnvironmentInspector()
{
    for (int id : std::as_const(m_parts->lookupIds))
        QHostInfo::abortHostLookup(id);
}

void EnvironmentInspector::begin()
{
    m_facts.os = osName();
    m_facts.osVersion = QSysInfo::prettyProductName();
    const platform::Context context {m_options.targetUrl, m_options.hosts, m_options.homeDir, m_options.env};
    const QList<QSslCertificate> publicRoots = m_options.publicRoots;

    // Each reader runs on the pool and posts its result back to the event loop. The inspector
    // lives on the main thread (like every probe); the QPointer is only followed there.
    QPointer<EnvironmentInspector> self(this);
    const auto post = [self](auto apply) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, apply] {
                if (self && !self->isFinished())
                    apply(self.data());
            },
            Qt::QueuedConnection);
    };
    m_pendingWorkers = 4;
    environmentPool()->start([context, post] {
        ProxyPart part = readProxies(context);
        post([part](EnvironmentInspector *i) {
            i->m_parts->proxies = part;
            --i->m_pendingWorkers;
            i->onProxies();
        });
    });
    environmentPool()->start([context, post] {
        NetworkPart part = readNetwork(context);
        post([part](EnvironmentInspector *i) {
            i->m_parts->network = part;
            --i->m_pendingWorkers;
            i->onNetwork();
        });
    });
    environmentPool()->start([context, post] {
        BrowserScan scan = scanBrowsers(currentOs(), context.home, context.env, context.hosts, context.target);
        post([scan](EnvironmentInspector *i) {
            i->m_parts->browsers = scan;
            --i->m_pendingWorkers;
            i->maybeStartPac();
            i->maybeComplete();
        });
    });
    environmentPool()->start([publicRoots, post] {
        TrustPart part = readTrust(publicRoots);
        post([part](EnvironmentInspector *i) {
            i->m_parts->trust = part;
            --i->m_pendingWorkers;
            i->maybeComplete();
        });
    });

    // The service's addresses, for the route lookup (the system resolver, as the browser).
    for (const QString &host : std::as_const(m_options.hosts)) {
        const QHostAddress literal(host);
        if (!literal.isNull()) {
            m_targetAddresses.insert(host, {literal});
            continue;
        }
        ++m_pendingLookups;
        m_parts->lookupIds << QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
            onTargetResolved(host, info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress> {});
        });
    }
    if (m_pendingLookups > 0)
        QTimer::singleShot(m_options.lookupTimeout, this, [this] {
            if (m_pendingLookups == 0)
                return;
            m_parts->notes << Text::tr("the service's address could not be looked up within %1 ms; the route "
                                       "its traffic takes is unknown")
                                  .arg(m_options.lookupTimeout.count());
            m_pendingLookups = 0;
            maybeLookUpRoutes();
            maybeComplete();
        });

    if (m_options.captivePortalUrl.isValid() && !m_options.captivePortalUrl.isEmpty()) {
        m_captiveDone = false;
        m_captive = std::make_unique<CaptivePortalCheck>(
            m_options.captivePortalUrl, captiveExpectationFor(m_options.captivePortalUrl), m_options.captiveTimeout);
        connect(m_captive.get(), &CaptivePortalCheck::finished, this, [this] {
            m_captiveDone = true;
            maybeComplete();
        });
        m_captive->start();
    }
}

void EnvironmentInspector::onTargetResolved(const QString &host, const QList<QHostAddress> &addresses)
{
    if (m_pendingLookups == 0)
        return; // gave up already
    m_targetAddresses.insert(host, addresses);
    if (addresses.isEmpty())
        m_parts->notes << Text::tr("%1 could not be resolved here, so the route to it is unknown").arg(host);
    --m_pendingLookups;
    maybeLookUpRoutes();
    maybeComplete();
}

void EnvironmentInspector::onProxies()
{
    maybeStartPac();
    maybeComplete();
}

void EnvironmentInspector::onNetwork()
{
    maybeLookUpRoutes();
    maybeComplete();
}

void EnvironmentInspector::maybeStartPac()
{
    if (m_pacStarted || !m_parts->proxies || !m_parts->browsers)
        return;
    m_pacStarted = true;
    QList<QUrl> pacUrls;
    bool wpad = false;
    QList<ProxySetting> all = m_parts->proxies->proxies + m_parts->browsers->proxies;
    for (const ProxySetting &p : std::as_const(all)) {
        if (!p.pacUrl.isEmpty()) {
            const QUrl url = QUrl::fromUserInput(p.pacUrl);
            if (url.isValid() && !pacUrls.contains(url))
                pacUrls << url;
        }
        wpad |= p.mode == QLatin1String("auto_detect") && p.pacUrl.isEmpty();
    }
    if (!m_options.targetUrl.isValid() || m_options.targetUrl.host().isEmpty() || (pacUrls.isEmpty() && !wpad)) {
        m_pacDone = true;
        return;
    }
    // One script is evaluated: the first configured one, else WPAD's well-known URL (the
    // resolver appends the search domains to "wpad" as browsers rely on).
    const QList<QUrl> candidates =
        pacUrls.isEmpty() ? QList<QUrl> {QUrl(QStringLiteral("http://wpad/wpad.dat"))} : QList<QUrl> {pacUrls.first()};
    if (pacUrls.size() > 1)
        m_parts->notes << Text::tr(
            "%n further proxy configuration URL(s) were not evaluated", nullptr, int(pacUrls.size() - 1));
    m_pac = std::make_unique<PacResolver>(candidates, m_options.targetUrl, m_options.pac);
    const bool isWpad = pacUrls.isEmpty();
    connect(m_pac.get(), &PacResolver::finished, this, [this, isWpad] {
        const PacOutcome &o = m_pac->outcome();
        ProxySetting p;
        p.source = QStringLiteral("pac");
        p.mode = isWpad ? QStringLiteral("auto_detect") : QStringLiteral("pac");
        p.pacUrl = o.pacUrl.toString();
        if (o.fetched && o.result.ok) {
            p.effectiveForTarget = o.result.value;
            p.detail = Text::tr("fetched %1 bytes and ran FindProxyForURL for %2")
                           .arg(o.bytes)
                           .arg(pacQueryUrl(m_options.targetUrl).toString());
        } else {
            p.detail = o.fetched
                ? Text::tr("fetched %1 bytes, but the script gave no answer: %2").arg(o.bytes).arg(o.error)
                : Text::tr("could not be fetched: %1").arg(o.error);
        }
        m_parts->pacResults << p;
        m_pacDone = true;
        maybeComplete();
    });
    m_pac->start();
}

void EnvironmentInspector::maybeLookUpRoutes()
{
    if (m_routesDone || !m_parts->network || m_pendingLookups > 0)
        return;
    m_routesDone = true;
    // Done here rather than at assembly: it is quick (no packet is sent) and reflects the
    // routes at the time of the run.
    QStringList targetLocal;
    for (auto it = m_targetAddresses.cbegin(); it != m_targetAddresses.cend(); ++it) {
        bool v4 = false, v6 = false;
        for (const QHostAddress &a : it.value()) {
            bool &done = a.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4;
            if (done)
                continue;
            done = true;
            const QHostAddress local = localAddressTowards(a);
            if (!local.isNull())
                targetLocal << local.toString();
        }
    }
    QStringList internetLocal;
    for (const char *reference : {kInternetReferenceV4, kInternetReferenceV6}) {
        const QHostAddress local = localAddressTowards(QHostAddress(QString::fromLatin1(reference)));
        if (!local.isNull())
            internetLocal << local.toString();
    }
    const NetworkPart &net = *m_parts->network;
    for (const InterfaceSample &s : net.samples) {
        if (std::any_of(
                targetLocal.cbegin(), targetLocal.cend(), [&](const QString &a) { return s.addresses.contains(a); }))
            m_parts->targetInterfaces << s.name;
        if (std::any_of(internetLocal.cbegin(), internetLocal.cend(),
                [&](const QString &a) { return s.addresses.contains(a); }))
            m_parts->internetInterfaces << s.name;
    }
    // Without any route to the internet the routing table is the only (weaker) signal.
    if (internetLocal.isEmpty())
        m_parts->internetInterfaces = net.defaultRouteInterfaces;
    maybeComplete();
}

void EnvironmentInspector::maybeComplete()
{
    if (isFinished() || m_assembled)
        return;
    const bool routesSettled = m_routesDone || (m_parts->network && m_pendingLookups == 0);
    if (m_pendingWorkers > 0 || !routesSettled || !m_pacDone || !m_captiveDone)
        return;
    assemble();
    complete();
}

void EnvironmentInspector::stop(const ProbeError &why)
{
    QStringList missing;
    if (!m_parts->proxies)
        missing << Text::tr("proxy settings");
    if (!m_parts->network)
        missing << Text::tr("network interfaces and DNS settings");
    if (!m_parts->browsers)
        missing << Text::tr("browser extensions");
    if (!m_parts->trust)
        missing << Text::tr("trusted root certificates");
    if (m_pac && !m_pacDone)
        missing << Text::tr("the proxy auto-configuration script");
    if (m_captive && !m_captiveDone)
        missing << Text::tr("the captive-portal check");
    if (!missing.isEmpty())
        m_parts->notes << Text::tr("Not finished in time (%1): %2").arg(why.message, missing.join(QLatin1String(", ")));
    m_pac.reset();
    m_captive.reset();
    if (m_parts->network && !m_routesDone) {
        m_pendingLookups = 0;
        maybeLookUpRoutes();
    }
    assemble();
}

void EnvironmentInspector::assemble()
{
    if (m_assembled)
        return;
    m_assembled = true;
    EnvironmentFacts &f = m_facts;
    const Parts &p = *m_parts;
    f.collected = p.proxies || p.network || p.browsers || p.trust;

    if (p.proxies) {
        f.proxies = p.proxies->proxies;
        f.notes << p.proxies->notes;
    }
    if (p.browsers) {
        f.proxies << p.browsers->proxies;
        f.extensions = p.browsers->extensions;
        f.browserDohSettings = p.browsers->dohSettings;
        f.notes << p.browsers->notes;
    }
    // A PAC/WPAD answer is also what each source that points at that script resolves to.
    for (const ProxySetting &pac : p.pacResults) {
        for (ProxySetting &s : f.proxies)
            if (s.effectiveForTarget.isEmpty()
                && ((!s.pacUrl.isEmpty() && QUrl::fromUserInput(s.pacUrl) == QUrl(pac.pacUrl))
                    || (pac.mode == QLatin1String("auto_detect") && s.mode == QLatin1String("auto_detect"))))
                s.effectiveForTarget = pac.effectiveForTarget;
        f.proxies << pac;
    }
    if (p.network) {
        const NetworkPart &net = *p.network;
        for (const InterfaceSample &s : net.samples) {
            NetworkInterfaceInfo info = classifyInterface(s);
            if (info.kind == QLatin1String("loopback") || (!info.up && info.vpnProduct.isEmpty()))
                continue;
            info.carriesTargetTraffic = p.targetInterfaces.contains(s.name);
            info.carriesDefaultRoute = p.internetInterfaces.contains(s.name);
            f.interfaces << info;
        }
        applyTunnelModes(f.interfaces);
        f.dnsServers = net.dns.servers;
        f.systemdResolvedStub = net.dns.resolvedStub;
        f.dnsUpstreams = net.dns.upstreams;
        f.hostsOverrides = net.hostsOverrides;
        f.notes << net.notes;
    }
    if (p.trust) {
        f.nonPublicRoots = p.trust->roots;
        f.notes << p.trust->notes;
    }
    if (m_captive && m_captive->isFinished()) {
        f.captiveChecked = m_captive->result().checked;
        f.captivePortal = m_captive->result().portal;
        f.captiveDetail = m_captive->result().detail;
    }
    f.notes << p.notes;
    f.notes.removeDuplicates();
}

} // namespace gatecheck
