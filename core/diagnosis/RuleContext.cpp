// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/RuleContext.h"

#include "diagnosis/Patterns.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSet>
#include <QUrl>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RuleContext)
};

bool anyMatch(const QStringList &patterns, const QString &text)
{
    return anyPatternMatches(patterns, text);
}

int statusRank(const QString &status)
{
    static const QStringList order {QStringLiteral("operational"), QStringLiteral("under_maintenance"),
        QStringLiteral("degraded_performance"), QStringLiteral("partial_outage"), QStringLiteral("major_outage")};
    const int i = static_cast<int>(order.indexOf(status));
    return i < 0 ? 2 : i; // an unknown status is taken as "degraded", not ignored
}

QString readableStatus(const QString &status)
{
    QString s = status;
    return s.replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

Finding makeFinding(const QString &code, Severity severity, WhoFixes who, double confidence)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.whoFixes = who;
    f.confidence = confidence;
    return f;
}

RuleContext::RuleContext(const Evidence &evidence, const VendorProfile &profile)
    : m_evidence(evidence)
    , m_profile(profile)
{
    m_targetHost = QUrl(evidence.targetUrl).host().toLower();
    if (m_targetHost.isEmpty())
        m_targetHost = profile.primaryUrl.host().toLower();
    for (const HttpObservation &h : evidence.http) {
        if (!h.pinnedAddress.isEmpty())
            m_pathsByPinned.insert(h.pinnedAddress, static_cast<int>(m_paths.size()));
        m_paths.append({&h, classifyHop(h, profile)});
    }
    for (const TlsObservation &t : evidence.tls)
        m_tlsByAddress.insert(t.address, &t);
    for (const TcpObservation &t : evidence.tcp)
        m_tcpByAddress.insert(t.address, &t);
    summariseStatus();
}

QString RuleContext::vendor() const
{
    if (!m_profile.displayName.isEmpty())
        return m_profile.displayName;
    return m_targetHost.isEmpty() ? Text::tr("the service") : m_targetHost;
}

QList<PathView> RuleContext::pathsNamed(const QString &path) const
{
    QList<PathView> out;
    for (const PathView &p : m_paths)
        if (p.http->path == path)
            out << p;
    return out;
}

const PathView *RuleContext::browserPath() const
{
    for (const char *name : {"as-browser", "direct"})
        for (const PathView &p : m_paths)
            if (p.http->path == QLatin1String(name) && p.hop.outcome != Outcome::NotRun)
                return &p;
    return nullptr;
}

bool RuleContext::browserPathWorks() const
{
    const PathView *p = browserPath();
    return p && p->hop.outcome == Outcome::Good;
}

bool RuleContext::anyPathWorks() const
{
    for (const PathView &p : m_paths)
        if (p.hop.outcome == Outcome::Good)
            return true;
    return false;
}

bool RuleContext::anyPathRan() const
{
    for (const PathView &p : m_paths)
        if (p.hop.outcome != Outcome::NotRun)
            return true;
    return false;
}

bool RuleContext::vendorReached() const
{
    for (const PathView &p : m_paths)
        if (p.hop.outcome == Outcome::Good || p.hop.outcome == Outcome::VendorError)
            return true;
    return false;
}

bool RuleContext::vendorShownUp() const
{
    return anyPathWorks() || (m_status.fetched && !m_status.relevantOutage);
}

QList<PathView> RuleContext::failedPaths() const
{
    QList<PathView> out;
    for (const PathView &p : m_paths)
        if (p.hop.outcome == Outcome::Failed)
            out << p;
    return out;
}

QList<const DnsObservation *> RuleContext::dns(const QString &host, const QString &method) const
{
    QList<const DnsObservation *> out;
    for (const DnsObservation &d : m_evidence.dns)
        if (d.host.compare(host, Qt::CaseInsensitive) == 0 && (method.isEmpty() || d.method == method)
            && d.error.code != ErrorCode::NotSupported)
            out << &d;
    return out;
}

QList<const DnsObservation *> RuleContext::alternateDns(const QString &host) const
{
    QList<const DnsObservation *> out;
    for (const DnsObservation *d : dns(host))
        if (d->method != QLatin1String("system"))
            out << d;
    return out;
}

QStringList RuleContext::addressesOf(const DnsObservation &d)
{
    QStringList out;
    for (const DnsAddress &a : d.addresses) {
        if (out.size() >= 16)
            break; // a real answer has a handful; a hostile one is not read whole
        if (!a.address.isEmpty() && !out.contains(a.address))
            out << a.address;
    }
    return out;
}

bool RuleContext::answered(const DnsObservation &d)
{
    return !d.error.isError() && !d.addresses.isEmpty();
}

AddressHealth RuleContext::addressHealth(const QString &host, const QString &address) const
{
    bool unreachable = false;
    bool wrongServer = false;
    bool serverError = false;
    const auto counts = [](const ProbeError &e) {
        return e.isError() && e.code != ErrorCode::NotSupported && e.code != ErrorCode::Cancelled;
    };
    for (auto it = m_tlsByAddress.constFind(address); it != m_tlsByAddress.cend() && it.key() == address; ++it) {
        const TlsObservation &t = *it.value();
        if (t.host.compare(host, Qt::CaseInsensitive) != 0)
            continue;
        if (t.handshakeOk && t.trustedByPublicRoots && (t.chain.isEmpty() || certificateCovers(t.chain.first(), host)))
            return AddressHealth::Good;
        if (!t.chain.isEmpty() && !certificateCovers(t.chain.first(), host))
            wrongServer = true;
        else if (!t.handshakeOk && t.chain.isEmpty() && counts(t.error))
            unreachable = true;
    }
    for (auto it = m_tcpByAddress.constFind(address); it != m_tcpByAddress.cend() && it.key() == address; ++it)
        if (!it.value()->connected && counts(it.value()->error))
            unreachable = true;
    for (auto it = m_pathsByPinned.constFind(address); it != m_pathsByPinned.cend() && it.key() == address; ++it) {
        const PathView &p = m_paths.at(it.value());
        if (p.hop.outcome == Outcome::Good && (p.hop.hop == Hop::Vendor || p.hop.hop == Hop::Unknown) && !wrongServer)
            return AddressHealth::Good;
        const QString &code = p.http->error.code;
        if (p.hop.outcome == Outcome::VendorError)
            serverError = true;
        else if (p.hop.outcome == Outcome::Failed
            && (code == ErrorCode::Timeout || code == ErrorCode::ConnectionRefused || code == ErrorCode::ConnectionReset
                || code == ErrorCode::HostUnreachable || code == ErrorCode::NetworkUnreachable))
            unreachable = true; // certificate errors say nothing about reachability
    }
    if (wrongServer)
        return AddressHealth::WrongServer;
    if (unreachable)
        return AddressHealth::Unreachable;
    if (serverError)
        return AddressHealth::ServerError;
    return AddressHealth::Unknown;
}

QStringList RuleContext::evidenceFor(const QString &host, const QString &address) const
{
    QStringList ids;
    for (auto it = m_tlsByAddress.constFind(address); it != m_tlsByAddress.cend() && it.key() == address; ++it)
        if (it.value()->host.compare(host, Qt::CaseInsensitive) == 0)
            ids << it.value()->id;
    for (auto it = m_tcpByAddress.constFind(address); it != m_tcpByAddress.cend() && it.key() == address; ++it)
        ids << it.value()->id;
    for (auto it = m_pathsByPinned.constFind(address); it != m_pathsByPinned.cend() && it.key() == address; ++it)
        ids << m_paths.at(it.value()).http->id;
    return ids;
}

QList<const TlsObservation *> RuleContext::tls(const QString &host) const
{
    QList<const TlsObservation *> out;
    for (const TlsObservation &t : m_evidence.tls)
        if ((host.isEmpty() ? isVendorHost(t.host) : t.host.compare(host, Qt::CaseInsensitive) == 0)
            && t.error.code != ErrorCode::NotSupported)
            out << &t;
    return out;
}

bool RuleContext::isVendorHost(const QString &host) const
{
    const QString h = host.toLower();
    return h == m_targetHost || m_profile.hosts.contains(h) || m_evidence.hosts.contains(h, Qt::CaseInsensitive);
}

bool RuleContext::isIpv6(const QString &address)
{
    return QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol;
}

bool RuleContext::isBogon(const QString &address)
{
    const QHostAddress a(address);
    if (a.isNull())
        return false;
    if (a.isLoopback() || a.isLinkLocal() || a.isMulticast() || a.isBroadcast() || a.isUniqueLocalUnicast()
        || a.isSiteLocal() || a.isEqual(QHostAddress::AnyIPv4) || a.isEqual(QHostAddress::AnyIPv6))
        return true;
    static const QList<QPair<QHostAddress, int>> ranges = {
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("192.0.0.0/24")),
        QHostAddress::parseSubnet(QStringLiteral("198.18.0.0/15")),
        QHostAddress::parseSubnet(QStringLiteral("240.0.0.0/4")),
        QHostAddress::parseSubnet(QStringLiteral("64:ff9b:1::/48")),
        QHostAddress::parseSubnet(QStringLiteral("100::/64")),
    };
    for (const auto &range : ranges)
        if (a.isInSubnet(range))
            return true;
    return false;
}

bool RuleContext::certificateCovers(const CertificateInfo &leaf, const QString &host)
{
    const QString h = host.toLower();
    QStringList names = leaf.subjectAltNames;
    if (names.isEmpty() && !leaf.subjectCommonName.isEmpty())
        names << leaf.subjectCommonName; // only when there are no SANs, as browsers did
    for (const QString &raw : std::as_const(names)) {
        const QString n = raw.toLower().remove(QStringLiteral("dns:"));
        if (n == h)
            return true;
        // "*.example.com" covers exactly one more label, never the bare domain.
        if (n.startsWith(QLatin1String("*.")) && h.endsWith(n.mid(1))
            && !h.left(h.size() - n.size() + 1).contains(QLatin1Char('.')) && h.size() > n.size() - 1)
            return true;
    }
    return false;
}

void RuleContext::summariseStatus()
{
    StatusSummary &s = m_status;
    for (const StatusObservation &o : m_evidence.status) {
        if (o.ok && !s.observation)
            s.observation = &o;
        else if (!o.ok && o.error.code != ErrorCode::NotSupported)
            s.failedIds << o.id;
    }
    if (!s.observation)
        return;
    s.fetched = true;
    const StatusObservation &o = *s.observation;

    // Which components matter for what the user was doing (docs/profiles.md, "activities").
    const QMap<QString, QStringList> &activities = m_profile.activityComponents;
    const QString activity = m_evidence.activity;
    QStringList patterns;
    const QStringList any = activities.value(QStringLiteral("any"));
    const bool everything = activities.isEmpty();
    if (!activity.isEmpty() && activities.contains(activity)) {
        patterns << activities.value(activity) << activities.value(QStringLiteral("login"));
    } else {
        for (auto it = activities.cbegin(); it != activities.cend(); ++it)
            if (it.key() != QLatin1String("api") && it.key() != QLatin1String("any"))
                patterns << it.value();
    }
    const auto relevant = [&](const StatusComponent &c) {
        return everything || anyMatch(any, c.name) || anyMatch(patterns, c.name) || anyMatch(patterns, c.groupName);
    };

    QSet<QString> relevantIds;
    int worst = -1;
    bool allMaintenance = true;
    for (const StatusComponent &c : o.components) {
        const bool isRelevant = relevant(c);
        if (isRelevant)
            relevantIds.insert(c.id);
        if (c.status == QLatin1String("operational") || c.status.isEmpty())
            continue;
        const QString label = c.groupName.isEmpty() || c.name.startsWith(c.groupName)
            ? QStringLiteral("%1 (%2)").arg(c.name, readableStatus(c.status))
            : QStringLiteral("%1 - %2 (%3)").arg(c.groupName, c.name, readableStatus(c.status));
        if (isRelevant) {
            s.relevantComponents << label;
            if (statusRank(c.status) > worst) {
                worst = statusRank(c.status);
                s.worstStatus = c.status;
            }
            allMaintenance &= c.status == QLatin1String("under_maintenance");
        } else {
            s.otherComponents << label;
        }
    }
    for (const StatusIncident &i : o.incidents) {
        bool isRelevant = everything;
        for (const QString &id : i.componentIds)
            isRelevant |= relevantIds.contains(id);
        if (i.componentIds.isEmpty()) {
            // No components named: judge by the title, and a page-wide major incident counts.
            isRelevant |= anyMatch(patterns, i.name) || anyMatch(any, i.name) || i.impact == QLatin1String("major")
                || i.impact == QLatin1String("critical");
        }
        if (isRelevant) {
            s.relevantIncidents << &i;
            allMaintenance &= i.isMaintenance;
        } else {
            s.otherIncidentList << &i;
        }
    }
    const bool pageWide =
        o.components.isEmpty() && (o.indicator == QLatin1String("major") || o.indicator == QLatin1String("critical"));
    s.relevantOutage = !s.relevantComponents.isEmpty() || !s.relevantIncidents.isEmpty() || pageWide;
    s.maintenance = s.relevantOutage && allMaintenance && !pageWide;
    if (pageWide && s.worstStatus.isEmpty())
        s.worstStatus = QStringLiteral("major_outage");
    s.otherIncidents = !s.otherComponents.isEmpty() || !s.otherIncidentList.isEmpty()
        || (!s.relevantOutage && !o.indicator.isEmpty() && o.indicator != QLatin1String("none"));
}

} // namespace gatecheck
