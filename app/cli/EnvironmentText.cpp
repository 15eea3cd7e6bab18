// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentText.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gatecheck::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentCommand)
};

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

void renderProxies(QTextStream &out, const EnvironmentFacts &f)
{
    out << Text::tr("Proxy configuration") << '\n';
    if (f.proxies.isEmpty())
        out << "  " << Text::tr("none configured") << '\n';
    for (const ProxySetting &p : f.proxies) {
        out << "  " << p.source.leftJustified(8) << ' ' << p.mode.leftJustified(11) << ' '
            << Text::tr("for the service: %1").arg(orDash(p.effectiveForTarget));
        if (!p.proxy.isEmpty())
            out << "  " << Text::tr("proxy %1").arg(p.proxy);
        if (!p.pacUrl.isEmpty())
            out << "  " << Text::tr("script %1").arg(p.pacUrl);
        out << '\n';
        if (!p.bypass.isEmpty())
            out << "           " << Text::tr("bypass: %1").arg(p.bypass.join(QLatin1String(", "))) << '\n';
        if (!p.detail.isEmpty())
            out << "           " << p.detail << '\n';
    }
}

void renderInterfaces(QTextStream &out, const EnvironmentFacts &f)
{
    out << '\n' << Text::tr("Network interfaces") << '\n';
    for (const NetworkInterfaceInfo &i : f.interfaces) {
        out << "  " << i.name.leftJustified(10) << ' ' << i.kind.leftJustified(9) << ' '
            << (i.up ? Text::tr("up") : Text::tr("down")) << "  mtu " << i.mtu << "  "
            << i.addresses.join(QLatin1String(", ")) << '\n';
        QStringList flags;
        if (i.isVpn)
            flags << (i.vpnProduct.isEmpty() ? Text::tr("VPN/tunnel") : Text::tr("VPN: %1").arg(i.vpnProduct));
        else if (!i.vpnProduct.isEmpty())
            flags << Text::tr("%1 (not connected)").arg(i.vpnProduct);
        if (i.tunnelMode == QLatin1String("full"))
            flags << Text::tr("full tunnel");
        else if (i.tunnelMode == QLatin1String("split"))
            flags << Text::tr("split tunnel");
        if (i.carriesTargetTraffic)
            flags << Text::tr("carries the service's traffic");
        if (i.carriesDefaultRoute)
            flags << Text::tr("default route");
        if (!i.dnsServers.isEmpty())
            flags << Text::tr("DNS %1").arg(i.dnsServers.join(QLatin1String(", ")));
        if (!i.description.isEmpty())
            flags << i.description;
        if (!flags.isEmpty())
            out << "             " << flags.join(QLatin1String("; ")) << '\n';
    }
}

void renderDns(QTextStream &out, const EnvironmentFacts &f)
{
    out << '\n' << Text::tr("DNS settings") << '\n';
    out << "  " << Text::tr("servers: %1").arg(orDash(f.dnsServers.join(QLatin1String(", ")))) << '\n';
    if (f.systemdResolvedStub)
        out << "  "
            << Text::tr("systemd-resolved stub in use; upstream servers: %1")
                   .arg(orDash(f.dnsUpstreams.join(QLatin1String(", "))))
            << '\n';
    if (f.hostsOverrides.isEmpty())
        out << "  " << Text::tr("hosts file: no entries for the service's names") << '\n';
    for (const HostsOverride &h : f.hostsOverrides)
        out << "  " << Text::tr("hosts file pins %1 to %2 (%3)").arg(h.host, h.address, h.file) << '\n';
    for (const QString &doh : f.browserDohSettings)
        out << "  " << Text::tr("browser DNS-over-HTTPS: %1").arg(doh) << '\n';
}

void renderExtensions(QTextStream &out, const EnvironmentFacts &f)
{
    out << '\n' << Text::tr("Browser extensions (%1)").arg(f.extensions.size()) << '\n';
    for (const BrowserExtensionInfo &x : f.extensions) {
        out << "  " << QStringLiteral("%1/%2").arg(x.browser, x.profile).leftJustified(22) << ' ' << x.name << ' '
            << x.version << "  " << (x.enabled ? Text::tr("on") : Text::tr("off")) << "  " << x.risk;
        if (!x.category.isEmpty())
            out << "  [" << x.category << ']';
        out << '\n';
        for (const QString &r : x.riskReasons)
            out << "      - " << r << '\n';
    }
}

void renderRest(QTextStream &out, const EnvironmentFacts &f)
{
    out << '\n' << Text::tr("Trusted roots that are not publicly trusted (%1)").arg(f.nonPublicRoots.size()) << '\n';
    for (const TrustRootInfo &r : f.nonPublicRoots)
        out << "  " << r.subject << (r.organization.isEmpty() ? QString() : QStringLiteral(" / ") + r.organization)
            << (r.product.isEmpty() ? QString() : Text::tr("  — %1").arg(r.product)) << "  (" << r.store << ")\n";
    out << '\n';
    if (f.captiveChecked)
        out << Text::tr("Captive portal: %1").arg(f.captiveDetail) << '\n';
    else
        out << Text::tr("Captive portal: not checked%1")
                   .arg(f.captiveDetail.isEmpty() ? Text::tr(" (no check URL configured)")
                                                  : QStringLiteral(" — ") + f.captiveDetail)
            << '\n';
    if (f.clockChecked)
        out << Text::tr("Clock: %1 s off the servers' clocks (%2 servers)")
                   .arg(f.clockOffsetSeconds)
                   .arg(f.clockSamples)
            << '\n';
    else
        out << Text::tr("Clock: not checked (it is read from the Date headers of the servers a diagnosis contacts)")
            << '\n';
    if (!f.notes.isEmpty()) {
        out << '\n' << Text::tr("Notes") << '\n';
        for (const QString &n : f.notes)
            out << "  - " << n << '\n';
    }
}

QString describeAnswer(const DnsObservation &o)
{
    if (o.error.isError())
        return Text::tr("error: %1").arg(o.error.message.isEmpty() ? o.error.code : o.error.message);
    QStringList addresses;
    for (const DnsAddress &a : o.addresses)
        addresses << a.address;
    return addresses.isEmpty() ? Text::tr("no addresses") : addresses.join(QLatin1String(", "));
}

} // namespace

QString renderEnvironmentText(const EnvironmentFacts &f, const QString &target)
{
    QString text;
    QTextStream out(&text);
    out << Text::tr("This computer: %1 (%2)").arg(f.os, f.osVersion) << '\n';
    if (!target.isEmpty())
        out << Text::tr("Checked for: %1").arg(target) << '\n';
    out << '\n';
    renderProxies(out, f);
    renderInterfaces(out, f);
    renderDns(out, f);
    renderExtensions(out, f);
    renderRest(out, f);
    return text;
}

QString renderFlushText(const DnsFlushResult &r)
{
    QString text;
    QTextStream out(&text);
    out << r.summary << "\n\n";
    for (const DnsFlushStep &s : r.steps) {
        out << "  " << s.cache << ": " << s.outcome << "  (" << s.method << ")\n";
        if (!s.detail.isEmpty())
            out << "      " << s.detail << '\n';
        if (!s.statsBefore.isEmpty() || !s.statsAfter.isEmpty())
            out << "      " << Text::tr("before: %1; after: %2").arg(orDash(s.statsBefore), orDash(s.statsAfter))
                << '\n';
    }
    if (!r.comparisons.isEmpty()) {
        out << '\n' << Text::tr("System resolver, before and after") << '\n';
        for (const DnsFlushComparison &c : r.comparisons) {
            out << "  " << c.host << (c.changed ? Text::tr("  (changed)") : QString()) << '\n';
            out << "      " << Text::tr("before: %1").arg(describeAnswer(c.before)) << '\n';
            out << "      " << Text::tr("after:  %1").arg(describeAnswer(c.after)) << '\n';
        }
    }
    out << '\n';
    for (const QString &a : r.browserAdvice)
        out << a << '\n';
    return text;
}

} // namespace gatecheck::cli
