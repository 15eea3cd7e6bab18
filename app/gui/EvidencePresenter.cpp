// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidencePresenter.h"

#include <QLocale>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <tuple>

namespace gatecheck::gui {

namespace {

QString join(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &p : parts)
        if (!p.isEmpty())
            nonEmpty << p;
    return nonEmpty.join(QStringLiteral(" · "));
}

QSet<QString> addressSet(const DnsObservation &d)
{
    QSet<QString> set;
    for (const DnsAddress &a : d.addresses)
        set.insert(a.address);
    return set;
}

int riskRank(const QString &risk)
{
    if (risk == QLatin1String("can_proxy"))
        return 0;
    if (risk == QLatin1String("can_alter_requests"))
        return 1;
    if (risk == QLatin1String("low"))
        return 2;
    return 3;
}

} // namespace

QString EvidencePresenter::ms(qint64 value)
{
    return value < 0 ? QString() : tr("%1 ms").arg(value);
}

QString EvidencePresenter::pathName(const QString &path)
{
    if (path == QLatin1String("as-browser"))
        return tr("The browser's path");
    if (path == QLatin1String("direct"))
        return tr("Direct (no proxy)");
    if (path == QLatin1String("alt-dns"))
        return tr("Address from other DNS");
    if (path == QLatin1String("ipv4"))
        return tr("IPv4 only");
    if (path == QLatin1String("ipv6"))
        return tr("IPv6 only");
    if (path == QLatin1String("proxy"))
        return tr("Through a proxy");
    return path;
}

QString EvidencePresenter::outcome(const HttpObservation &h)
{
    if (h.status > 0) {
        QString text = QStringLiteral("%1 %2").arg(h.status).arg(h.reason).trimmed();
        if (!h.title.isEmpty() && !h.title.contains(QString::number(h.status)))
            text += QStringLiteral(" — “%1”").arg(h.title);
        return text;
    }
    if (h.error.code == QLatin1String("not_supported"))
        return tr("Not measured in this version");
    return h.error.message.isEmpty() ? tr("No answer (%1)").arg(h.error.code) : h.error.message;
}

Tone EvidencePresenter::httpTone(const HttpObservation &h)
{
    if (h.error.code == QLatin1String("not_supported") || h.error.code == QLatin1String("cancelled"))
        return Tone::Skipped;
    if (h.status >= 500)
        return Tone::Problem;
    if (h.status == 0 || h.error.isError())
        return Tone::Problem;
    if (h.status >= 400)
        return Tone::Warning;
    return Tone::Good;
}

QList<PathRow> EvidencePresenter::pathRows(const Evidence &evidence)
{
    QList<PathRow> rows;
    for (const HttpObservation &h : evidence.http) {
        PathRow row;
        row.id = h.id;
        row.path = pathName(h.path);
        row.outcome = outcome(h);
        QStringList hop;
        if (h.headers.contains(QStringLiteral("server")))
            hop << tr("Server: %1").arg(h.headers.value(QStringLiteral("server")));
        if (h.headers.contains(QStringLiteral("via")))
            hop << tr("Via: %1").arg(h.headers.value(QStringLiteral("via")));
        for (auto it = h.headers.cbegin(); it != h.headers.cend(); ++it)
            if (it.key().startsWith(QLatin1String("x-")) || it.key() == QLatin1String("cf-ray"))
                hop << QStringLiteral("%1: %2").arg(it.key(), it.value());
        row.answeredBy = hop.join(QLatin1Char('\n'));
        row.route = join({h.proxy.isEmpty() ? QString() : tr("proxy %1").arg(h.proxy),
            h.pinnedAddress.isEmpty() ? QString() : tr("pinned to %1").arg(h.pinnedAddress),
            h.remoteAddress.isEmpty() || h.remoteAddress == h.pinnedAddress ? QString()
                                                                            : tr("reached %1").arg(h.remoteAddress)});
        row.timings = join({h.timings.connectMs >= 0 ? tr("connect %1").arg(ms(h.timings.connectMs)) : QString(),
            h.timings.tlsMs >= 0 ? tr("TLS %1").arg(ms(h.timings.tlsMs)) : QString(),
            h.timings.firstByteMs >= 0 ? tr("first byte %1").arg(ms(h.timings.firstByteMs)) : QString(),
            h.timings.totalMs >= 0 ? tr("total %1").arg(ms(h.timings.totalMs)) : QString()});
        row.tone = httpTone(h);
        rows << row;
    }
    return rows;
}

QList<PathRow> EvidencePresenter::statusRows(const Evidence &evidence)
{
    QList<PathRow> rows;
    for (const StatusObservation &s : evidence.status) {
        PathRow row;
        row.id = s.id;
        row.path = tr("Status page (%1)").arg(pathName(s.path));
        if (s.ok) {
            row.outcome = s.description.isEmpty() ? s.indicator : s.description;
            for (const StatusIncident &incident : s.incidents)
                row.outcome += QLatin1Char('\n') + tr("Incident: %1 (%2)").arg(incident.name, incident.status);
            row.tone = s.indicator == QLatin1String("none")                                            ? Tone::Good
                : s.indicator == QLatin1String("minor") || s.indicator == QLatin1String("maintenance") ? Tone::Warning
                                                                                                       : Tone::Problem;
        } else {
            row.outcome =
                s.error.code == QLatin1String("not_supported") ? tr("Not measured in this version") : s.error.message;
            row.tone = s.error.code == QLatin1String("not_supported") ? Tone::Skipped : Tone::Problem;
        }
        row.route = QUrl(s.url).host();
        row.timings = s.elapsedMs >= 0 ? tr("total %1").arg(ms(s.elapsedMs)) : QString();
        rows << row;
    }
    return rows;
}

QString EvidencePresenter::resolverName(const DnsObservation &d)
{
    if (d.method == QLatin1String("system"))
        return tr("This computer (system resolver)");
    if (d.method == QLatin1String("doh"))
        return tr("Encrypted DNS %1").arg(d.resolver);
    return d.resolver;
}

QList<DnsRow> EvidencePresenter::dnsRows(const Evidence &evidence)
{
    QList<DnsRow> rows;
    QList<DnsObservation> sorted = evidence.dns;
    // Per host, the system's answer first: it is what the browser uses, the rest compare to it.
    std::stable_sort(sorted.begin(), sorted.end(), [](const DnsObservation &a, const DnsObservation &b) {
        if (a.host != b.host)
            return a.host < b.host;
        return (a.method == QLatin1String("system")) > (b.method == QLatin1String("system"));
    });
    for (const DnsObservation &d : sorted) {
        DnsRow row;
        row.host = d.host;
        row.resolver = resolverName(d);
        QStringList addresses;
        QStringList ttls;
        for (const DnsAddress &a : d.addresses) {
            addresses << a.address;
            if (a.ttl >= 0)
                ttls << QString::number(a.ttl);
        }
        ttls.removeDuplicates();
        if (d.error.isError())
            row.answer = d.error.code == QLatin1String("not_supported")
                ? tr("Not measured in this version")
                : (d.rcode.isEmpty() ? d.error.message : d.rcode + QStringLiteral(" — ") + d.error.message);
        else
            row.answer = addresses.join(QStringLiteral(", "));
        if (!d.cnames.isEmpty())
            row.answer += QLatin1Char('\n') + tr("alias of %1").arg(d.cnames.join(QStringLiteral(" → ")));
        row.ttl = ttls.isEmpty() ? QString() : tr("%1 s").arg(ttls.join(QStringLiteral(", ")));
        row.elapsed = ms(d.elapsedMs);
        row.tone = d.error.code == QLatin1String("not_supported") ? Tone::Skipped
            : d.error.isError()                                   ? Tone::Problem
                                                                  : Tone::Good;
        if (d.method != QLatin1String("system") && !d.error.isError()) {
            for (const DnsObservation &sys : evidence.dns)
                if (sys.host == d.host && sys.method == QLatin1String("system") && !sys.error.isError()
                    && addressSet(sys) != addressSet(d)) {
                    row.differs = true;
                    row.tone = Tone::Warning;
                }
        }
        rows << row;
    }
    return rows;
}

QList<TlsView> EvidencePresenter::tlsViews(const Evidence &evidence)
{
    QList<TlsView> views;
    for (const TlsObservation &t : evidence.tls) {
        TlsView v;
        v.title = tr("%1 at %2 port %3").arg(t.host, t.address).arg(t.port);
        v.chain = t.chain;
        if (t.error.code == QLatin1String("not_supported")) {
            v.tone = Tone::Skipped;
            v.verdict = tr("Not measured in this version.");
        } else if (!t.handshakeOk) {
            v.tone = Tone::Problem;
            v.verdict = tr("No encrypted connection could be made: %1").arg(t.error.message);
        } else if (t.trustedBySystem && t.trustedByPublicRoots) {
            v.tone = Tone::Good;
            v.verdict = tr("Publicly trusted certificate. Nothing on the way is decrypting this connection.");
        } else if (t.trustedBySystem && !t.trustedByPublicRoots) {
            v.tone = Tone::Warning;
            v.verdict = tr("Trusted only by this computer, not publicly: a company proxy, firewall or antivirus is "
                           "opening the encrypted connection (TLS inspection). Its root: %1")
                            .arg(t.anchorSubject.isEmpty() ? tr("unknown") : t.anchorSubject);
        } else {
            v.tone = Tone::Problem;
            v.verdict = tr("Not trusted by this computer: a browser would show a certificate warning.");
        }
        v.facts << join(
            {t.protocol, t.cipher, t.alpn.isEmpty() ? QString() : tr("ALPN %1").arg(t.alpn), ms(t.elapsedMs)});
        for (const QString &e : t.systemErrors)
            v.facts << tr("This computer: %1").arg(e);
        for (const QString &e : t.publicRootErrors)
            v.facts << tr("Public roots: %1").arg(e);
        v.facts.removeAll(QString());
        views << v;
    }
    return views;
}

QList<EnvSection> EvidencePresenter::environmentSections(const EnvironmentFacts &env)
{
    QList<EnvSection> sections;
    const QString notCollected = tr("Not collected in this version.");

    const auto sourceWords = [](const QString &source) {
        if (source == QLatin1String("system"))
            return tr("What Gatecheck's browser path used");
        if (source == QLatin1String("env"))
            return tr("Environment variables");
        if (source == QLatin1String("wininet"))
            return tr("Windows Internet Options");
        if (source == QLatin1String("winhttp"))
            return tr("Windows machine-wide (WinHTTP)");
        if (source == QLatin1String("macos"))
            return tr("macOS network settings");
        if (source == QLatin1String("gnome") || source == QLatin1String("kde"))
            return tr("Desktop settings (%1)").arg(source.toUpper());
        if (source == QLatin1String("firefox"))
            return tr("Firefox");
        if (source == QLatin1String("pac"))
            return tr("Proxy script (PAC) result");
        return source;
    };
    const auto modeWords = [](const QString &mode) {
        if (mode == QLatin1String("none"))
            return tr("No proxy");
        if (mode == QLatin1String("manual"))
            return tr("Fixed proxy");
        if (mode == QLatin1String("pac"))
            return tr("Proxy script (PAC)");
        if (mode == QLatin1String("auto_detect"))
            return tr("Detect automatically (WPAD)");
        if (mode == QLatin1String("system"))
            return tr("Follows the system");
        return mode;
    };
    EnvSection proxy {tr("Proxy and PAC"), {},
        {tr("Where it is set"), tr("Mode"), tr("Proxy or script"), tr("Used for this address"), tr("Note")},
        env.collected ? tr("No proxy is configured.") : notCollected, {}};
    for (const ProxySetting &p : env.proxies) {
        const bool viaProxy = p.effectiveForTarget.contains(QLatin1String("PROXY"))
            || p.effectiveForTarget.contains(QLatin1String("SOCKS"));
        proxy.tones << (viaProxy ? Tone::Warning : Tone::Info);
        proxy.rows << QStringList {sourceWords(p.source), modeWords(p.mode), p.proxy.isEmpty() ? p.pacUrl : p.proxy,
            p.effectiveForTarget, p.detail};
    }
    sections << proxy;

    EnvSection vpn {tr("Network connections, VPN and tunnels"), {},
        {tr("Interface"), tr("Kind"), tr("VPN"), tr("Carries traffic to the service"), tr("Addresses"),
            tr("DNS servers")},
        env.collected ? tr("No network interfaces were reported.") : notCollected, {}};
    QList<NetworkInterfaceInfo> interfaces = env.interfaces;
    std::stable_sort(
        interfaces.begin(), interfaces.end(), [](const NetworkInterfaceInfo &a, const NetworkInterfaceInfo &b) {
            return std::tuple(!a.carriesTargetTraffic, !a.isVpn) < std::tuple(!b.carriesTargetTraffic, !b.isVpn);
        });
    for (const NetworkInterfaceInfo &i : interfaces) {
        QString kind = i.kind;
        if (!i.ssid.isEmpty())
            kind += QStringLiteral(" “%1”").arg(i.ssid);
        if (!i.up)
            kind += QLatin1Char(' ') + tr("(down)");
        QString vpnText;
        if (i.isVpn || !i.vpnProduct.isEmpty()) {
            vpnText = i.vpnProduct.isEmpty() ? tr("unnamed tunnel") : i.vpnProduct;
            if (i.tunnelMode == QLatin1String("full"))
                vpnText += QStringLiteral(" — ") + tr("all traffic");
            else if (i.tunnelMode == QLatin1String("split"))
                vpnText += QStringLiteral(" — ") + tr("split tunnel");
            if (!i.isVpn)
                vpnText += QLatin1Char(' ') + tr("(installed, not connected)");
        }
        QString carries = i.carriesTargetTraffic ? tr("Yes") : tr("No");
        if (i.carriesDefaultRoute)
            carries += QStringLiteral(" — ") + tr("default route");
        vpn.tones << (i.isVpn && i.up && i.carriesTargetTraffic ? Tone::Warning : Tone::Info);
        vpn.rows << QStringList {i.name, kind, vpnText, carries, i.addresses.join(QStringLiteral(", ")),
            i.dnsServers.join(QStringLiteral(", "))};
    }
    sections << vpn;

    EnvSection ext {tr("Browser extensions (riskiest first)"), {},
        {tr("Extension"), tr("Browser"), tr("Risk"), tr("Why")},
        env.collected ? tr("No browser extensions found.") : notCollected, {}};
    QList<BrowserExtensionInfo> extensions = env.extensions;
    std::stable_sort(
        extensions.begin(), extensions.end(), [](const BrowserExtensionInfo &a, const BrowserExtensionInfo &b) {
            return riskRank(a.risk) < riskRank(b.risk);
        });
    for (const BrowserExtensionInfo &e : extensions) {
        QString risk = e.risk == QLatin1String("can_proxy") ? tr("Can reroute traffic")
            : e.risk == QLatin1String("can_alter_requests") ? tr("Can change requests")
            : e.risk == QLatin1String("low")                ? tr("Low")
                                                            : tr("None");
        if (!e.enabled)
            risk += QLatin1Char(' ') + tr("(disabled)");
        ext.tones << (e.enabled && riskRank(e.risk) <= 1 ? Tone::Warning : Tone::Info);
        QString name = e.name;
        if (!e.category.isEmpty())
            name += QStringLiteral(" (%1)").arg(QString(e.category).replace(QLatin1Char('_'), QLatin1Char(' ')));
        ext.rows << QStringList {name, QStringLiteral("%1 %2").arg(e.browser, e.profile).trimmed(), risk,
            e.riskReasons.join(QStringLiteral("; "))};
    }
    sections << ext;

    EnvSection roots {tr("Certificates this computer trusts that are not public"), {},
        {tr("Certificate"), tr("Organisation"), tr("Inspection product"), tr("Where")},
        env.collected ? tr("None found.") : notCollected, {}};
    for (const TrustRootInfo &r : env.nonPublicRoots) {
        roots.tones << (r.product.isEmpty() ? Tone::Info : Tone::Warning);
        roots.rows << QStringList {
            r.subject, r.organization, r.product.isEmpty() ? tr("not recognised") : r.product, r.store};
    }
    sections << roots;

    EnvSection other {tr("Clock, DNS and other facts"), {}, {tr("Fact"), tr("Value")}, notCollected, {}};
    if (env.collected) {
        other.emptyText.clear();
        if (env.clockChecked) {
            const qint64 off = env.clockOffsetSeconds;
            other.rows << QStringList {tr("Clock"),
                qAbs(off) < 60
                    ? tr("Correct (off by %1 s, from %n server answer(s))", nullptr, env.clockSamples).arg(off)
                    : tr("Off by %1 s — certificates can fail").arg(off)};
        }
        if (!env.dnsServers.isEmpty())
            other.rows << QStringList {tr("DNS servers"), env.dnsServers.join(QStringLiteral(", "))};
        if (env.systemdResolvedStub)
            other.rows << QStringList {tr("Local DNS stub (systemd-resolved) asks"),
                env.dnsUpstreams.isEmpty() ? tr("not known") : env.dnsUpstreams.join(QStringLiteral(", "))};
        if (!env.browserDohSettings.isEmpty())
            other.rows << QStringList {tr("Browser encrypted DNS"), env.browserDohSettings.join(QStringLiteral("; "))};
        for (const HostsOverride &h : env.hostsOverrides)
            other.rows << QStringList {
                tr("Hosts file entry"), QStringLiteral("%1 → %2 (%3)").arg(h.host, h.address, h.file)};
        if (env.captiveChecked)
            other.rows << QStringList {tr("Wi-Fi sign-in page (captive portal)"),
                env.captivePortal ? tr("Yes: %1").arg(env.captiveDetail) : tr("None")};
        else
            other.rows << QStringList {tr("Wi-Fi sign-in page (captive portal)"), tr("Not checked")};
        if (!env.os.isEmpty())
            other.rows << QStringList {
                tr("Operating system"), QStringLiteral("%1 %2").arg(env.os, env.osVersion).trimmed()};
        for (const QString &note : env.notes)
            other.rows << QStringList {tr("Note"), note};
    }
    sections << other;
    return sections;
}

} // namespace gatecheck::gui
