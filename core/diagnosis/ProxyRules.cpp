// SPDX-License-Identifier: GPL-3.0-or-later
// proxy_auth_required and proxy_error: the answer (or the refusal) came from a proxy, not
// from the vendor - whatever the status number was. Squid refuses with 503
// (ERR_CONNECT_FAIL), gives 502 for an empty upstream answer (ERR_ZERO_SIZE_OBJECT),
// mitmproxy answers 502 itself, tinyproxy 500.
#include "diagnosis/Codes.h"
#include "diagnosis/Rules.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProxyRules)
};

// What the proxy's own error code says, in words.
QString proxyReason(const PathView &p, const QString &vendor)
{
    const QString d = p.hop.detail;
    const auto has = [&](const char *s) { return d.contains(QLatin1String(s), Qt::CaseInsensitive); };
    if (p.hop.policyBlock || has("ERR_ACCESS_DENIED"))
        return Text::tr("the proxy's own rules do not allow %1").arg(vendor);
    if (has("ERR_CONNECT_FAIL") && (has(" 110") || has("timed out")))
        return Text::tr("the proxy's connection to %1's servers timed out").arg(vendor);
    if (has("ERR_CONNECT_FAIL"))
        return Text::tr("the proxy could not connect to %1's servers (it was refused)").arg(vendor);
    if (has("ERR_ZERO_SIZE_OBJECT"))
        return Text::tr("%1's server, or something between it and the proxy, accepted the proxy's connection and "
                        "closed it without answering")
            .arg(vendor);
    if (has("ERR_DNS_FAIL"))
        return Text::tr("the proxy could not look up %1's address").arg(vendor);
    if (has("ERR_READ_TIMEOUT") || has("ERR_LIFETIME_EXP"))
        return Text::tr("the proxy waited too long for %1's answer").arg(vendor);
    if (has("ERR_SECURE_CONNECT_FAIL"))
        return Text::tr("the proxy could not make its own secure connection to %1").arg(vendor);
    if (p.hop.name.contains(QLatin1String("mitmproxy"), Qt::CaseInsensitive))
        return Text::tr("the intercepting proxy could not complete its own connection to %1 (it often refuses "
                        "certificates it does not trust)")
            .arg(vendor);
    if (p.http->status <= 0)
        return Text::tr("the proxy did not accept the connection (%1)")
            .arg(p.http->error.message.isEmpty() ? p.http->error.code : p.http->error.message);
    return Text::tr("the proxy answered with its own error page instead of %1's").arg(vendor);
}

bool proxyIsOnThisComputer(const QString &proxy)
{
    const QUrl u = QUrl::fromUserInput(proxy);
    const QString host = u.host().isEmpty() ? proxy.section(QLatin1Char(':'), 0, 0) : u.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

bool directWorks(const RuleContext &ctx)
{
    for (const PathView &p : ctx.paths())
        if (p.http->proxy.isEmpty() && p.hop.outcome == Outcome::Good)
            return true;
    return false;
}

// The status page fetched through the proxy failed while the direct fetch parsed.
QString statusPageSentence(const RuleContext &ctx)
{
    bool proxiedFailed = false;
    bool directOk = false;
    for (const StatusObservation &s : ctx.evidence().status) {
        if (s.path == QLatin1String("as-browser") && !s.ok && s.error.isError()
            && s.error.code != ErrorCode::NotSupported)
            proxiedFailed = true;
        if (s.path == QLatin1String("direct") && s.ok)
            directOk = true;
    }
    if (proxiedFailed && directOk)
        return Text::tr("%1's status page also fails through the proxy but loads without it.").arg(ctx.vendor());
    return {};
}

Finding authFinding(const RuleContext &ctx, const QList<PathView> &paths)
{
    const PathView &p = paths.constFirst();
    const QString scheme = p.hop.detail;
    // Kerberos/NTLM proxies sign browsers in silently; Gatecheck may be asked when the browser is not.
    const bool silentScheme = scheme.contains(QLatin1String("Negotiate"), Qt::CaseInsensitive)
        || scheme.contains(QLatin1String("NTLM"), Qt::CaseInsensitive);
    Finding f = makeFinding(FindingCode::ProxyAuthRequired, silentScheme ? Severity::Warning : Severity::Problem,
        WhoFixes::It, silentScheme ? 0.6 : 0.85);
    f.title = Text::tr("Your office proxy wants you to sign in before it lets you reach %1").arg(ctx.vendor());
    f.detail = Text::tr("The proxy this computer uses (%1) answered \"407 Proxy Authentication Required\"%2 instead of "
                        "passing the request on to %3.")
                   .arg(p.http->proxy.isEmpty() ? p.hop.name : p.http->proxy,
                       scheme.isEmpty() ? QString() : Text::tr(" (it wants %1 sign-in)").arg(scheme), ctx.vendor());
    if (silentScheme)
        f.detail += QLatin1Char(' ')
            + Text::tr("Browsers usually sign in to this kind of proxy on their own, so your browser may get through "
                       "where Gatecheck cannot.");
    if (directWorks(ctx))
        f.detail += QLatin1Char(' ') + Text::tr("Without the proxy, %1 answers normally.").arg(ctx.vendor());
    f.nextSteps << Text::tr("If your browser asks for a user name and password for the proxy, sign in with your "
                            "work account.")
                << Text::tr("If it keeps refusing your password, or your account is locked, ask your IT team to "
                            "check your proxy account.");
    for (const PathView &x : paths)
        f.evidence << x.http->id;
    return f;
}

Finding errorFinding(const RuleContext &ctx, const QList<PathView> &paths)
{
    const PathView &p = paths.constFirst();
    const QString vendor = ctx.vendor();
    const bool bypassWorks = directWorks(ctx);
    const bool local = proxyIsOnThisComputer(p.http->proxy);
    Finding f = makeFinding(
        FindingCode::ProxyError, Severity::Problem, local ? WhoFixes::User : WhoFixes::It, bypassWorks ? 0.9 : 0.7);
    QString product = p.hop.name.isEmpty() ? p.http->proxy : p.hop.name;
    if (product.isEmpty())
        product = Text::tr("not named");
    if (p.hop.policyBlock)
        f.title = Text::tr("Your office web filter (%1) blocks %2 - this is for your IT team").arg(product, vendor);
    else if (local)
        f.title = Text::tr("A proxy program on this computer (%1) stops %2 from loading").arg(product, vendor);
    else
        f.title =
            Text::tr("Your office proxy (%1) could not get %2's page - this is for your IT team").arg(product, vendor);

    QStringList parts;
    const QString status = p.http->status > 0 ? Text::tr(" (status %1)").arg(p.http->status) : QString();
    parts << Text::tr("The error%1 was made by the proxy this computer uses (%2), not by %3: %4.")
                 .arg(status, product, vendor, proxyReason(p, vendor));
    if (!p.hop.detail.isEmpty() && p.http->status > 0)
        parts << Text::tr("The proxy's error code: %1.").arg(p.hop.detail);
    if (bypassWorks)
        parts << Text::tr("Without the proxy, %1 answers normally - so %1 is up and the proxy is what fails.")
                     .arg(vendor);
    else
        parts << Text::tr("Gatecheck could not reach %1 without the proxy either (many offices only allow the proxy), "
                          "so the proxy's log is the place to look.")
                     .arg(vendor);
    const QString statusPage = statusPageSentence(ctx);
    if (!statusPage.isEmpty())
        parts << statusPage;
    if (local)
        parts << Text::tr("The proxy address points at this computer itself: a program here (a security product, a "
                          "debugging tool, or a left-over setting) handles all web traffic.");
    f.detail = parts.join(QLatin1Char(' '));

    if (local) {
        f.nextSteps << Text::tr("Check which program listens on %1 (security software, a VPN client, Fiddler/Charles) "
                                "and restart or update it.")
                           .arg(p.http->proxy)
                    << Text::tr("If no such program should be running, remove the proxy setting (Windows: Settings > "
                                "Network & Internet > Proxy; macOS: System Settings > Network > Details > Proxies).");
    } else {
        f.nextSteps << Text::tr("Send this report to your IT team: the proxy %1 fails for %2 (%3).")
                           .arg(product, ctx.evidence().targetUrl,
                               p.hop.detail.isEmpty() ? proxyReason(p, vendor) : p.hop.detail);
        if (p.hop.policyBlock)
            f.nextSteps << Text::tr("Ask them to allow %1's addresses (%2) in the web filter.")
                               .arg(vendor, ctx.profile().hosts.join(QStringLiteral(", ")));
        else
            f.nextSteps << Text::tr("Ask them to check the proxy's connection to %1's servers and, if the proxy "
                                    "inspects HTTPS, to exempt %2.")
                               .arg(vendor, ctx.profile().hosts.join(QStringLiteral(", ")));
    }
    for (const PathView &x : paths)
        f.evidence << x.http->id;
    return f;
}

} // namespace

QList<Finding> proxyRules(const RuleContext &ctx)
{
    QList<PathView> auth;
    QList<PathView> errors;
    for (const PathView &p : ctx.paths()) {
        if (p.hop.outcome != Outcome::ProxyError)
            continue;
        (p.hop.authRequired ? auth : errors) << p;
    }
    QList<Finding> out;
    if (!auth.isEmpty())
        out << authFinding(ctx, auth);
    if (!errors.isEmpty())
        out << errorFinding(ctx, errors);
    return out;
}

} // namespace gatecheck
