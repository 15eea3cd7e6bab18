// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/Verdict.h"

#include "diagnosis/Codes.h"

#include <QCoreApplication>

#include <algorithm>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Verdict)
};

int severityRank(Severity s)
{
    switch (s) {
    case Severity::Problem:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Info:
        return 2;
    }
    return 2;
}

bool isLocal(const Finding &f)
{
    return f.whoFixes == WhoFixes::It || f.whoFixes == WhoFixes::User || f.whoFixes == WhoFixes::Isp;
}

Finding okFinding(const RuleContext &ctx)
{
    Finding f = makeFinding(FindingCode::Ok, Severity::Info, WhoFixes::None, 0.8);
    const QString vendor = ctx.vendor();
    f.title = Text::tr("%1 is reachable from this computer - nothing wrong found on the network").arg(vendor);
    int ways = 0;
    for (const PathView &p : ctx.paths())
        if (p.hop.outcome == Outcome::Good) {
            ++ways;
            f.evidence << p.http->id;
        }
    QStringList parts;
    parts << (ways > 1 ? Text::tr("%1 answered normally on %2 of the ways Gatecheck tried, including the way your "
                                  "browser goes.")
                             .arg(vendor)
                             .arg(ways)
                       : Text::tr("%1 answered normally the way your browser goes.").arg(vendor));
    if (ctx.status().fetched)
        parts << Text::tr("Its status page shows no problem with what you use.");
    else
        parts << Text::tr("Its status page could not be checked.");
    parts << Text::tr("If your browser still shows an error, the cause is most likely inside the browser (see below), "
                      "or it was a short hiccup at %1 that has passed.")
                 .arg(vendor);
    f.detail = parts.join(QLatin1Char(' '));
    return f;
}

Finding browserSideFinding(const RuleContext &ctx)
{
    Finding f = makeFinding(FindingCode::BrowserSide, Severity::Info, WhoFixes::User, 0.6);
    const QString vendor = ctx.vendor();
    f.title = Text::tr("If your browser still shows the error, look at the browser");
    f.detail = Text::tr("The network path to %1 works, so an error you still see most likely comes from inside the "
                        "browser: an error page it saved earlier, an extension, or old cookies.")
                   .arg(vendor);
    f.nextSteps << Text::tr("Reload without the saved copy: Ctrl+F5 (Windows) or Cmd+Shift+R (Mac).")
                << Text::tr("Open %1 in a private window (Ctrl+Shift+N; Firefox Ctrl+Shift+P). If it works there, an "
                            "extension or old cookies are the cause.")
                       .arg(vendor)
                << Text::tr("Clear the cookies and cached files for %1's site, then sign in again.").arg(vendor)
                << Text::tr("Try another browser, and in Chrome or Edge clear the host cache at "
                            "chrome://net-internals/#dns.");
    return f;
}

Finding inconclusiveFinding(const RuleContext &ctx)
{
    Finding f = makeFinding(FindingCode::Inconclusive, Severity::Warning, WhoFixes::None, 0.3);
    const QString vendor = ctx.vendor();
    f.title = Text::tr("Gatecheck could not tell what is wrong with %1").arg(vendor);
    QStringList parts;
    if (!ctx.anyPathRan() && ctx.evidence().dns.isEmpty() && ctx.evidence().status.isEmpty()) {
        parts << (ctx.evidence().cancelled ? Text::tr("The check was stopped before it had any results.")
                                           : Text::tr("The check has no results to go on."));
    } else {
        QStringList seen;
        for (const PathView &p : ctx.paths()) {
            if (p.hop.outcome == Outcome::NotRun)
                continue;
            seen << (p.http->status > 0 ? QStringLiteral("%1: %2").arg(p.http->path).arg(p.http->status)
                                        : QStringLiteral("%1: %2").arg(p.http->path, p.http->error.code));
            f.evidence << p.http->id;
        }
        if (ctx.evidence().cancelled)
            parts << Text::tr("The check was stopped before it finished.");
        parts << Text::tr("The results do not point to one cause.");
        if (!seen.isEmpty())
            parts << Text::tr("What each way got: %1.").arg(seen.mid(0, 6).join(QStringLiteral("; ")));
    }
    f.detail = parts.join(QLatin1Char(' '));
    const QUrl page = ctx.profile().statusPageUrl;
    if (page.isValid() && !page.isEmpty())
        f.nextSteps << Text::tr("Check %1 from your phone, using mobile data.").arg(page.toString());
    f.nextSteps << Text::tr("Try %1 on another device or network (a phone hotspot): if it works there, the cause is "
                            "on this computer or network; if not, it is %1's.")
                       .arg(vendor)
                << Text::tr("Run Gatecheck again in a few minutes.") << Text::tr("Send this report to your IT team.");
    return f;
}

QString headlineFor(const Finding &primary, const QList<Finding> &all, const QString &vendor)
{
    if (primary.code != FindingCode::VendorOutage && primary.code != FindingCode::VendorMaintenance)
        return primary.title;
    for (const Finding &f : all)
        if (f.severity != Severity::Info && isLocal(f) && f.code != primary.code)
            return Text::tr("%1 - wait for %2 to fix it").arg(primary.title, vendor);
    return Text::tr("%1 - nothing is wrong on your side").arg(primary.title);
}

} // namespace

const QStringList &precedenceOrder()
{
    namespace C = FindingCode;
    // Local causes that hide everything else first; then what IT can fix; then what the
    // user can try; then the vendor; then the neutral outcomes.
    static const QStringList order {C::CaptivePortal, C::NoConnectivity, C::ProxyAuthRequired, C::ClockSkew,
        C::TlsInterception, C::ProxyError, C::HostsOverride, C::Port53Intercepted, C::DnsHijack, C::DnsFailure,
        C::DnsStale, C::FirewallBlock, C::Ipv6Broken, C::ExtensionInterference, C::VpnPath, C::VendorMaintenance,
        C::VendorOutage, C::WafChallenge, C::VendorError, C::BrowserSide, C::StatusUnknown, C::VendorIncidentElsewhere,
        C::Ok, C::Inconclusive};
    return order;
}

int precedenceOf(const QString &code)
{
    const qsizetype i = precedenceOrder().indexOf(code);
    return i < 0 ? static_cast<int>(precedenceOrder().size()) : static_cast<int>(i);
}

Diagnosis composeVerdict(const RuleContext &ctx, QList<Finding> findings)
{
    const auto order = [](const Finding &a, const Finding &b) {
        if (severityRank(a.severity) != severityRank(b.severity))
            return severityRank(a.severity) < severityRank(b.severity);
        return precedenceOf(a.code) < precedenceOf(b.code);
    };
    std::stable_sort(findings.begin(), findings.end(), order);

    const bool anyProblem = !findings.isEmpty() && findings.constFirst().severity == Severity::Problem;
    // When the network path works, a warning about the browser itself is the best remaining
    // explanation for an error only the browser shows; other warnings do not stop the "ok".
    bool browserWarning = false;
    if (!anyProblem && ctx.browserPathWorks()) {
        for (qsizetype i = 0; i < findings.size() && !browserWarning; ++i) {
            if (findings.at(i).code == FindingCode::ExtensionInterference
                && findings.at(i).severity == Severity::Warning) {
                findings.move(i, 0);
                browserWarning = true;
            }
        }
    }
    if (!anyProblem && !browserWarning && ctx.browserPathWorks()) {
        findings.prepend(okFinding(ctx));
        findings.insert(1, browserSideFinding(ctx));
    } else if (findings.isEmpty() || findings.constFirst().severity == Severity::Info) {
        findings.prepend(inconclusiveFinding(ctx));
    }

    Diagnosis d;
    d.findings = findings;
    const Finding &primary = d.findings.constFirst();
    d.verdict.code = primary.code;
    d.verdict.whoFixes = primary.whoFixes;
    d.verdict.headline = headlineFor(primary, d.findings, ctx.vendor());

    QString summary = primary.detail;
    QStringList also;
    for (qsizetype i = 1; i < d.findings.size(); ++i)
        if (d.findings.at(i).severity != Severity::Info)
            also << d.findings.at(i).title;
    if (!also.isEmpty())
        summary += QLatin1Char(' ') + Text::tr("Gatecheck also noticed: %1.").arg(also.join(QStringLiteral("; ")));
    if (ctx.evidence().cancelled && primary.code != FindingCode::Inconclusive)
        summary += QLatin1Char(' ')
            + Text::tr("The check was stopped before it finished, so this is based on what it "
                       "saw until then.");
    d.verdict.summary = summary;
    return d;
}

} // namespace gatecheck
