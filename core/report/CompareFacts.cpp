// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/CompareFacts.h"

#include "diagnosis/InspectionProducts.h"
#include "report/ReportOutline.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace gatecheck::compare {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Compare)
};

} // namespace

QString primaryHost(const ComparedRun &run)
{
    return run.evidence.hosts.isEmpty() ? QUrl(run.evidence.targetUrl).host() : run.evidence.hosts.constFirst();
}

bool failed(const HttpObservation *h)
{
    return h && (h->status == 0 || h->status >= 500);
}

bool hasProblem(const ComparedRun &run)
{
    return !run.diagnosis.verdict.code.isEmpty() && run.diagnosis.verdict.code != QLatin1String("ok")
        && run.diagnosis.verdict.whoFixes != WhoFixes::None;
}

QString quoted(const QString &label)
{
    return QStringLiteral("\u201c%1\u201d").arg(label);
}

// ---- certificate -------------------------------------------------------------------------

IssuerSeen issuerSeen(const ComparedRun &run)
{
    IssuerSeen seen;
    const QString host = primaryHost(run);
    bool publicTrust = true;
    for (const TlsObservation &t : run.evidence.tls) {
        if (t.host != host || t.chain.isEmpty() || !t.handshakeOk)
            continue;
        const CertificateInfo &leaf = t.chain.constFirst();
        seen.text = leaf.issuerOrganization.isEmpty()
            ? (leaf.issuerCommonName.isEmpty() ? leaf.issuer : leaf.issuerCommonName)
            : QStringLiteral("%1 (%2)").arg(leaf.issuerCommonName, leaf.issuerOrganization);
        publicTrust = t.trustedByPublicRoots;
        break;
    }
    // What the browser's own route saw wins: an inspecting proxy only shows itself there.
    if (const HttpObservation *h = report::pathResult(run.evidence, QStringLiteral("as-browser"));
        h && !h->tlsIssuer.isEmpty())
        if (seen.text.isEmpty() || !h->tlsIssuer.contains(seen.text.section(QLatin1Char(' '), 0, 0)))
            seen.text = h->tlsIssuer;
    if (seen.text.isEmpty())
        return seen;
    seen.product = inspectionProductFor(seen.text);
    bool expected = run.profile.expectedIssuerPatterns.isEmpty();
    for (const QString &pattern : run.profile.expectedIssuerPatterns)
        expected = expected
            || QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption).match(seen.text).hasMatch();
    seen.inspected = !publicTrust || !seen.product.isEmpty() || !expected;
    return seen;
}

// ---- DNS ---------------------------------------------------------------------------------

DnsView dnsView(const ComparedRun &run)
{
    DnsView v;
    const QString host = primaryHost(run);
    QSet<QString> system, others;
    for (const DnsObservation &d : run.evidence.dns) {
        if (d.host != host)
            continue;
        if (d.method == QLatin1String("system")) {
            v.systemFailed = d.error.isError();
            for (const DnsAddress &a : d.addresses)
                system.insert(a.address);
        } else if (!d.error.isError()) {
            for (const DnsAddress &a : d.addresses)
                others.insert(a.address);
        }
    }
    v.system = QStringList(system.cbegin(), system.cend());
    v.alternates = QStringList(others.cbegin(), others.cend());
    v.system.sort();
    v.alternates.sort();
    v.mismatch = !system.isEmpty() && !others.isEmpty() && !system.intersects(others);
    bool anyTried = false, anyConnected = false;
    for (const TcpObservation &t : run.evidence.tcp)
        if (system.contains(t.address)) {
            anyTried = true;
            anyConnected = anyConnected || t.connected;
        }
    v.unreachable = anyTried && !anyConnected;
    return v;
}

QString joined(const QStringList &list)
{
    return list.isEmpty() ? Text::tr("nothing") : list.join(QStringLiteral(", "));
}

// ---- this computer ------------------------------------------------------------------------

QString proxyRoute(const ComparedRun &run)
{
    if (const HttpObservation *h = report::pathResult(run.evidence, QStringLiteral("as-browser"));
        h && !h->proxy.isEmpty())
        return h->proxy;
    for (const ProxySetting &p : run.evidence.environment.proxies)
        if (!p.effectiveForTarget.isEmpty() && !p.effectiveForTarget.startsWith(QLatin1String("DIRECT")))
            return p.effectiveForTarget;
    return {};
}

QString activeVpn(const ComparedRun &run)
{
    for (const NetworkInterfaceInfo &i : run.evidence.environment.interfaces)
        if (i.isVpn && (i.carriesDefaultRoute || i.carriesTargetTraffic))
            return i.vpnProduct.isEmpty() ? i.name : QStringLiteral("%1 (%2)").arg(i.vpnProduct, i.name);
    return {};
}

QStringList riskyExtensions(const ComparedRun &run)
{
    QStringList out;
    for (const BrowserExtensionInfo &x : run.evidence.environment.extensions)
        if (x.enabled && (x.risk == QLatin1String("can_alter_requests") || x.risk == QLatin1String("can_proxy")))
            out << QStringLiteral("%1 (%2)").arg(x.name, x.browser);
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList inspectionRoots(const ComparedRun &run)
{
    QStringList out;
    for (const TrustRootInfo &r : run.evidence.environment.nonPublicRoots)
        out << (r.product.isEmpty() ? r.subject : r.product);
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList hostsOverrides(const ComparedRun &run)
{
    QStringList out;
    for (const HostsOverride &h : run.evidence.environment.hostsOverrides)
        if (run.evidence.hosts.contains(h.host) || h.host == primaryHost(run))
            out << QStringLiteral("%1 → %2").arg(h.host, h.address);
    out.sort();
    return out;
}

int indicatorRank(const StatusObservation &s)
{
    static const QStringList order {QStringLiteral("none"), QStringLiteral("maintenance"), QStringLiteral("minor"),
        QStringLiteral("major"), QStringLiteral("critical")};
    return std::max(static_cast<int>(order.indexOf(s.indicator)), 0) * 10 + static_cast<int>(s.incidents.size());
}

const StatusObservation *statusOf(const ComparedRun &run)
{
    for (const StatusObservation &s : run.evidence.status)
        if (s.ok)
            return &s;
    return nullptr;
}

QString statusText(const StatusObservation *s)
{
    if (!s)
        return Text::tr("not read");
    QString text = s->description.isEmpty() ? s->indicator : s->description;
    if (!s->incidents.isEmpty())
        text += Text::tr(" (incident \u201c%1\u201d)").arg(s->incidents.constFirst().name);
    return text;
}

} // namespace gatecheck::compare
