// SPDX-License-Identifier: GPL-3.0-or-later
// What this computer adds to the path: a VPN that carries the vendor's traffic, and browser
// extensions allowed to reroute or rewrite the vendor's pages. Gatecheck cannot switch them
// off to compare, so these are hints with a quick test, not proof.
#include "diagnosis/Codes.h"
#include "diagnosis/Rules.h"

#include <QCoreApplication>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LocalSetupRules)
};

bool coversVendor(const BrowserExtensionInfo &x, const RuleContext &ctx)
{
    for (const QString &pattern : x.hostPermissions) {
        if (pattern == QLatin1String("<all_urls>") || pattern.startsWith(QLatin1String("*://*/"))
            || pattern.startsWith(QLatin1String("http://*/")) || pattern.startsWith(QLatin1String("https://*/")))
            return true;
        for (const QString &host : ctx.profile().hosts) {
            const QString domain = host.section(QLatin1Char('.'), -2);
            if (pattern.contains(domain, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

QList<Finding> vpnPath(const RuleContext &ctx)
{
    const EnvironmentFacts &env = ctx.evidence().environment;
    for (const NetworkInterfaceInfo &i : env.interfaces) {
        if (!i.isVpn || !i.up || !(i.carriesTargetTraffic || i.carriesDefaultRoute))
            continue;
        const bool hurts = !ctx.browserPathWorks();
        Finding f = makeFinding(
            FindingCode::VpnPath, hurts ? Severity::Warning : Severity::Info, WhoFixes::User, hurts ? 0.5 : 0.9);
        QString product = i.vpnProduct.isEmpty() ? i.name : i.vpnProduct;
        if (product.isEmpty())
            product = Text::tr("not named");
        f.title = hurts ? Text::tr("Your VPN (%1) carries %2's traffic - try without it").arg(product, ctx.vendor())
                        : Text::tr("Your VPN (%1) carries %2's traffic").arg(product, ctx.vendor());
        f.detail = Text::tr("Connections to %1 leave this computer through the VPN %2 (network interface %3), so %1 "
                            "sees the VPN's exit, not your own internet connection. Vendors' bot protection often "
                            "challenges or blocks VPN exits, and a slow or half-working VPN gives time-outs and "
                            "502/504 errors.")
                       .arg(ctx.vendor(), product, i.name);
        f.nextSteps << Text::tr("Disconnect the VPN and try %1 again.").arg(ctx.vendor())
                    << Text::tr("If %1 works without it, ask whoever runs the VPN to let %2 bypass it (split "
                                "tunnelling).")
                           .arg(ctx.vendor(), ctx.profile().hosts.join(QStringLiteral(", ")));
        f.evidence << QStringLiteral("environment:interface:") + i.name;
        return {f};
    }
    return {};
}

QList<Finding> extensions(const RuleContext &ctx)
{
    QStringList names;
    bool canProxy = false;
    for (const BrowserExtensionInfo &x : ctx.evidence().environment.extensions) {
        if (!x.enabled)
            continue;
        const bool proxy = x.risk == QLatin1String("can_proxy");
        const bool alter = x.risk == QLatin1String("can_alter_requests") && coversVendor(x, ctx);
        if (!proxy && !alter)
            continue;
        canProxy |= proxy;
        const QString label = QStringLiteral("%1 (%2)").arg(x.name.isEmpty() ? x.id : x.name, x.browser);
        if (!names.contains(label))
            names << label;
    }
    if (names.isEmpty())
        return {};
    Finding f = makeFinding(
        FindingCode::ExtensionInterference, canProxy ? Severity::Warning : Severity::Info, WhoFixes::User, 0.5);
    f.title = names.size() == 1
        ? Text::tr("A browser extension (%1) can change or reroute %2's pages").arg(names.constFirst(), ctx.vendor())
        : Text::tr("%1 browser extensions can change or reroute %2's pages").arg(names.size()).arg(ctx.vendor());
    f.detail = Text::tr("These extensions are allowed to %1 on %2's pages: %3. Such extensions can cause errors "
                        "that look like %2's own, 502 included. Gatecheck's checks do not go through the browser, so "
                        "they cannot see this; a private window can.")
                   .arg(canProxy ? Text::tr("send traffic through their own proxy, or block and change requests")
                                 : Text::tr("block and change requests"),
                       ctx.vendor(), names.mid(0, 6).join(QStringLiteral(", ")));
    f.nextSteps << Text::tr("Open %1 in a private window (Chrome/Edge: Ctrl+Shift+N, Mac Cmd+Shift+N; Firefox: "
                            "Ctrl+Shift+P), where extensions are usually off.")
                       .arg(ctx.vendor())
                << Text::tr("If it works there, turn the extensions above off one at a time to find the one that "
                            "breaks %1.")
                       .arg(ctx.vendor());
    f.evidence << QStringLiteral("environment:extensions");
    return {f};
}

} // namespace

QList<Finding> localSetupRules(const RuleContext &ctx)
{
    return vpnPath(ctx) + extensions(ctx);
}

} // namespace gatecheck
