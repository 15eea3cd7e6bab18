// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/DiagnosisRun.h"

#include "env/ClockSkew.h"
#include "env/EnvironmentInspector.h"
#include "net/CaresResolverProbe.h"
#include "net/DohProbe.h"
#include "net/HttpProbe.h"
#include "net/StatuspageProbe.h"
#include "net/SystemResolverProbe.h"
#include "net/TcpConnectProbe.h"
#include "net/TlsProbe.h"

#include <QHostAddress>
#include <QRandomGenerator>

namespace gatecheck {

namespace {

bool isIpv6(const QString &address)
{
    return QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol;
}

quint16 portOf(const QUrl &url)
{
    return static_cast<quint16>(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}

} // namespace

DiagnosisRun::DiagnosisRun(DiagnosisOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.targetUrl.isEmpty())
        m_options.targetUrl = m_options.profile.primaryUrl;
    if (m_options.statusUrl.isEmpty())
        m_options.statusUrl = m_options.profile.statusUrl;
    m_overallDeadline.setSingleShot(true);
    connect(&m_overallDeadline, &QTimer::timeout, this, [this] { finishNow(); });
}

DiagnosisRun::~DiagnosisRun()
{
    // Probes are children; make sure none reports into a half-destroyed run.
    for (Probe *probe : std::as_const(m_running))
        probe->disconnect(this);
}

QString DiagnosisRun::categoryOf(const QString &probeId)
{
    return probeId.section(QLatin1Char(':'), 0, 0);
}

void DiagnosisRun::start()
{
    if (m_started > 0 || m_finished)
        return;
    m_clock.start();
    m_evidence.appVersion = QStringLiteral(GATECHECK_VERSION);
    m_evidence.startedAt = QDateTime::currentDateTimeUtc();
    m_evidence.targetUrl = m_options.targetUrl.toString();
    m_evidence.profileId = m_options.profile.id;
    m_evidence.statusUrl = m_options.statusUrl.toString();
    m_evidence.activity = m_options.activity;
    m_evidence.hosts = m_options.profile.hosts;
    const QString targetHost = m_options.targetUrl.host();
    if (!targetHost.isEmpty() && !m_evidence.hosts.contains(targetHost))
        m_evidence.hosts.prepend(targetHost);
    m_overallDeadline.start(m_options.overallTimeout);
    // A probe may finish synchronously inside launch() (a bad URL, a refused socket); the run
    // must not end until every initial probe has been launched.
    m_planning = true;
    planInitialProbes();
    m_planning = false;
    maybeFinish();
}

void DiagnosisRun::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    finishNow();
}

void DiagnosisRun::planInitialProbes()
{
    if (m_options.collectEnvironment)
        launchEnvironment();
    const auto timeout = m_options.probeTimeout;
    for (const QString &host : std::as_const(m_evidence.hosts)) {
        launch(new SystemResolverProbe(host, timeout, this));
        for (const ResolverEndpoint &server : std::as_const(m_options.resolvers))
            launch(new CaresResolverProbe(host, server, CaresResolverProbe::Transport::Udp, timeout, this));
        for (const QUrl &doh : std::as_const(m_options.dohEndpoints))
            launch(new DohProbe(host, doh, DohProbe::Method::Post, m_options.trust, timeout, this));
    }
    // The canary: a name that cannot exist (RFC 6761 .invalid, random so no cache knows it),
    // asked of the system resolver only. An address for it means the resolver makes answers
    // up (NXDOMAIN rewriting, dns_hijack). It is not a target host: no path follows it. A
    // target given as an address needs no DNS, so then nothing is asked.
    if (m_options.dnsCanary && QHostAddress(m_options.targetUrl.host()).isNull()) {
        m_canaryHost = QStringLiteral("gatecheck-%1.invalid")
                           .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        launch(new SystemResolverProbe(m_canaryHost, timeout, this));
    }

    // The target over the browser's path and directly; pinned paths follow the DNS answers.
    const struct
    {
        const char *name;
        ProxyMode mode;
    } paths[] = {{"as-browser", ProxyMode::System}, {"direct", ProxyMode::None}};
    for (const auto &path : paths) {
        HttpRequestSpec spec;
        spec.url = m_options.targetUrl;
        spec.pathName = QString::fromLatin1(path.name);
        spec.proxyMode = path.mode;
        spec.limits = m_options.limits;
        spec.trust = m_options.trust;
        launch(new HttpProbe(spec, timeout, this));
        // If the status page fails the same way as the app, the fault is on this side.
        if (m_options.statusUrl.isValid() && !m_options.statusUrl.isEmpty())
            launch(new StatuspageProbe(m_options.statusUrl, spec.pathName, path.mode, m_options.trust, timeout, this));
    }
}

void DiagnosisRun::planFollowUps(const DnsObservation &dns)
{
    const QString targetHost = m_options.targetUrl.host();
    if (dns.host != targetHost || dns.error.isError())
        return;
    const bool isSystem = dns.method == QLatin1String("system");
    bool pinnedV4 = false;
    bool pinnedV6 = false;
    for (const DnsAddress &answer : dns.addresses) {
        const QString &address = answer.address;
        if (isSystem) {
            // The ipv4 / ipv6 paths: the system's own answer, one family, no proxy.
            if (!isIpv6(address) && !pinnedV4) {
                pinAddress(targetHost, address, QStringLiteral("ipv4"));
                pinnedV4 = true;
            } else if (isIpv6(address) && !pinnedV6) {
                pinAddress(targetHost, address, QStringLiteral("ipv6"));
                pinnedV6 = true;
            }
        } else {
            // alt-dns: every distinct address the alternates give that the system did not.
            bool systemHasIt = false;
            for (const DnsObservation &other : std::as_const(m_evidence.dns))
                if (other.method == QLatin1String("system") && other.host == targetHost)
                    for (const DnsAddress &a : other.addresses)
                        systemHasIt |= a.address == address;
            int &count = m_altPinCount[targetHost];
            if (!systemHasIt && count < m_options.maxPinnedAddresses) {
                if (!m_pinned.contains(QStringLiteral("alt-dns|%1|%2").arg(targetHost, address)))
                    ++count;
                pinAddress(targetHost, address, QStringLiteral("alt-dns"));
            }
        }
    }
}

void DiagnosisRun::pinAddress(const QString &host, const QString &address, const QString &pathName)
{
    const QString key = QStringLiteral("%1|%2|%3").arg(pathName, host, address);
    if (m_pinned.contains(key) || m_finished)
        return;
    m_pinned.insert(key);
    const auto timeout = m_options.probeTimeout;
    const quint16 port = portOf(m_options.targetUrl);

    HttpRequestSpec spec;
    spec.url = m_options.targetUrl;
    spec.pathName = pathName;
    spec.proxyMode = ProxyMode::None;
    spec.pinnedAddress = address;
    spec.limits = m_options.limits;
    spec.trust = m_options.trust;
    launch(new HttpProbe(spec, timeout, this));

    const QString endpointKey = host + QLatin1Char('|') + address;
    if (!m_tlsChecked.contains(endpointKey)) {
        m_tlsChecked.insert(endpointKey);
        launch(new TcpConnectProbe(host, address, port, timeout, this));
        if (m_options.targetUrl.scheme() == QLatin1String("https"))
            launch(new TlsProbe(host, address, port, m_options.trust, timeout, this));
    }
}

void DiagnosisRun::launch(Probe *probe)
{
    m_running.append(probe);
    ++m_started;
    connect(probe, &Probe::finished, this, [this, probe] { onProbeFinished(probe); });
    emit probeStarted(probe->id(), categoryOf(probe->id()));
    emit progressChanged(m_done, m_started);
    probe->start();
}

void DiagnosisRun::onProbeFinished(Probe *probe)
{
    if (!m_running.removeOne(probe))
        return;
    ++m_done;
    bool ok = false;
    if (auto *p = qobject_cast<SystemResolverProbe *>(probe)) {
        m_evidence.dns.append(p->observation());
        // For the canary, "no such name" is the healthy answer.
        ok = p->observation().host == m_canaryHost && !m_canaryHost.isEmpty() ? p->observation().addresses.isEmpty()
                                                                              : !p->observation().error.isError();
        planFollowUps(p->observation());
    } else if (auto *c = qobject_cast<CaresResolverProbe *>(probe)) {
        m_evidence.dns.append(c->observation());
        ok = !c->observation().error.isError();
        planFollowUps(c->observation());
    } else if (auto *d = qobject_cast<DohProbe *>(probe)) {
        m_evidence.dns.append(d->observation());
        ok = !d->observation().error.isError();
        planFollowUps(d->observation());
    } else if (auto *h = qobject_cast<HttpProbe *>(probe)) {
        m_evidence.http.append(h->observation());
        m_httpReceivedAt.insert(h->observation().id, QDateTime::currentDateTimeUtc());
        ok = !h->observation().error.isError() && h->observation().status > 0 && h->observation().status < 500;
    } else if (auto *t = qobject_cast<TlsProbe *>(probe)) {
        m_evidence.tls.append(t->observation());
        ok = t->observation().handshakeOk;
    } else if (auto *tcp = qobject_cast<TcpConnectProbe *>(probe)) {
        m_evidence.tcp.append(tcp->observation());
        ok = tcp->observation().connected;
    } else if (auto *s = qobject_cast<StatuspageProbe *>(probe)) {
        m_evidence.status.append(s->observation());
        ok = s->observation().ok;
    } else if (auto *e = qobject_cast<EnvironmentInspector *>(probe)) {
        m_evidence.environment = e->facts();
        ok = e->facts().collected;
    }
    emit probeFinished(probe->id(), categoryOf(probe->id()), ok);
    emit progressChanged(m_done, m_started);
    probe->deleteLater();
    maybeFinish();
}

void DiagnosisRun::maybeFinish()
{
    if (!m_finished && !m_planning && m_running.isEmpty())
        finishNow();
}

void DiagnosisRun::finishNow()
{
    if (m_finished)
        return;
    // Set first: cancelling a probe finishes it synchronously, which records its
    // observation through onProbeFinished() but must neither plan follow-ups nor recurse.
    m_finished = true;
    const QList<Probe *> stillRunning = m_running;
    for (Probe *probe : stillRunning)
        probe->cancel();
    m_overallDeadline.stop();
    if (m_options.collectEnvironment)
        estimateClock();
    m_evidence.cancelled = m_cancelled;
    m_evidence.finishedAt = QDateTime::currentDateTimeUtc();
    emit finished();
}

// ---- This computer (core/env) ------------------------------------------------------

void DiagnosisRun::launchEnvironment()
{
    EnvironmentOptions env;
    env.targetUrl = m_options.targetUrl;
    env.hosts = m_evidence.hosts;
    env.publicRoots = m_options.trust.publicRoots;
    env.captivePortalUrl = m_options.captivePortalUrl;
    // The PAC script gets part of the budget, so the rest of the facts always arrive in time.
    const auto budget = m_options.probeTimeout;
    env.pac.fetchTimeout = std::min(env.pac.fetchTimeout, budget / 2);
    env.pac.evalTimeout = std::min(env.pac.evalTimeout, budget / 4);
    env.captiveTimeout = std::min(env.captiveTimeout, budget / 2);
    env.lookupTimeout = std::min(env.lookupTimeout, budget / 2);
    launch(new EnvironmentInspector(env, budget, this));
}

// The clock check costs no traffic: it reads the Date headers of the answers already received.
void DiagnosisRun::estimateClock()
{
    QList<env::ClockSample> samples;
    for (const HttpObservation &h : std::as_const(m_evidence.http)) {
        const auto date = env::parseHttpDate(h.headers.value(QStringLiteral("date")));
        if (!date || h.status == 0 || !m_httpReceivedAt.contains(h.id))
            continue;
        const QString server = !h.remoteAddress.isEmpty() ? h.remoteAddress
            : !h.pinnedAddress.isEmpty()                  ? h.pinnedAddress
                                                          : QUrl(h.url).host();
        samples.append(env::ClockSample {server, *date, m_httpReceivedAt.value(h.id)});
    }
    const env::ClockEstimate estimate = env::estimateClockOffset(samples);
    m_evidence.environment.clockChecked = estimate.samples > 0;
    m_evidence.environment.clockSamples = estimate.samples;
    m_evidence.environment.clockOffsetSeconds = estimate.offsetSeconds;
}

} // namespace gatecheck
