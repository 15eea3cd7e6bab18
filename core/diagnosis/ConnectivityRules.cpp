// SPDX-License-Identifier: GPL-3.0-or-later
// The connection itself: no internet at all, a guest network's sign-in page, a firewall
// that refuses or drops connections to a vendor that is otherwise shown to be up, and IPv6
// that fails where IPv4 works.
#include "diagnosis/Codes.h"
#include "diagnosis/Rules.h"

#include <QCoreApplication>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectivityRules)
};

bool isConnectFailure(const QString &code)
{
    return code == ErrorCode::ConnectionRefused || code == ErrorCode::ConnectionReset || code == ErrorCode::Timeout
        || code == ErrorCode::HostUnreachable || code == ErrorCode::NetworkUnreachable;
}

bool counts(const ProbeError &e)
{
    return e.code != ErrorCode::NotSupported && e.code != ErrorCode::Cancelled;
}

QList<Finding> captivePortal(const RuleContext &ctx)
{
    const EnvironmentFacts &env = ctx.evidence().environment;
    QStringList ids;
    QString where;
    for (const PathView &p : ctx.paths())
        if (p.hop.outcome == Outcome::Captive) {
            ids << p.http->id;
            if (where.isEmpty())
                where = p.hop.name;
        }
    const bool fromEnvironment = env.captiveChecked && env.captivePortal;
    if (!fromEnvironment && ids.isEmpty())
        return {};
    // The system's captive-portal flag can lag behind; if the vendor answers anyway it is not the cause.
    const bool hurts = !ctx.browserPathWorks();
    Finding f = makeFinding(FindingCode::CaptivePortal, hurts ? Severity::Problem : Severity::Warning, WhoFixes::User,
        fromEnvironment ? 0.9 : 0.8);
    f.title =
        Text::tr("This network wants you to sign in (a Wi-Fi login page) before you can reach %1").arg(ctx.vendor());
    QStringList parts;
    parts << Text::tr("This network - typical of hotels, cafés, airports and guest Wi-Fi - sends every web request to "
                      "its own sign-in page until you accept its terms or sign in.");
    if (!where.isEmpty())
        parts << Text::tr("Requests for %1 were sent to %2.").arg(ctx.vendor(), where);
    if (fromEnvironment && !env.captiveDetail.isEmpty())
        parts << env.captiveDetail;
    parts << Text::tr("Until then nothing, %1 included, works normally.").arg(ctx.vendor());
    f.detail = parts.join(QLatin1Char(' '));
    f.nextSteps << Text::tr("Open a new browser tab and go to http://neverssl.com - the network's sign-in page should "
                            "appear.")
                << Text::tr("Accept the terms or sign in, then try %1 again.").arg(ctx.vendor());
    f.evidence = ids;
    if (fromEnvironment)
        f.evidence << QStringLiteral("environment:captive");
    return {f};
}

QList<Finding> noConnectivity(const RuleContext &ctx)
{
    const Evidence &e = ctx.evidence();
    if (!ctx.anyPathRan())
        return {};
    for (const PathView &p : ctx.paths())
        if (p.hop.outcome != Outcome::Failed && p.hop.outcome != Outcome::NotRun)
            return {}; // something answered
    for (const StatusObservation &s : e.status)
        if (s.ok)
            return {};
    bool anyDnsAnswer = false;
    bool anyDns = false;
    bool dohAnswer = false;
    for (const DnsObservation &d : e.dns) {
        if (!counts(d.error))
            continue;
        anyDns = true;
        anyDnsAnswer |= RuleContext::answered(d) || d.error.code == ErrorCode::NxDomain;
        dohAnswer |= d.method == QLatin1String("doh") && RuleContext::answered(d);
    }
    if (dohAnswer)
        return {}; // an encrypted lookup over the internet worked
    bool anyTcp = false;
    bool anyTcpConnected = false;
    for (const TcpObservation &t : e.tcp) {
        if (!counts(t.error) && !t.connected)
            continue;
        anyTcp = true;
        anyTcpConnected |= t.connected;
    }
    bool httpDead = true; // every path failed before TLS: no route, no connection, no name
    for (const PathView &p : ctx.paths())
        if (p.hop.outcome == Outcome::Failed)
            httpDead &= isConnectFailure(p.http->error.code) || p.http->error.code == ErrorCode::NxDomain
                || p.http->error.code == ErrorCode::ServFail;
    const bool dnsDead = anyDns && !anyDnsAnswer;
    const bool tcpDead = anyTcp && !anyTcpConnected;
    if (!dnsDead && !tcpDead && !httpDead)
        return {};

    Finding f =
        makeFinding(FindingCode::NoConnectivity, Severity::Problem, WhoFixes::Isp, dnsDead || tcpDead ? 0.9 : 0.75);
    f.title = Text::tr("This computer cannot reach the internet - not just %1").arg(ctx.vendor());
    QStringList parts;
    parts << Text::tr("Nothing Gatecheck tried got an answer: not %1, not its status page, and not the public DNS "
                      "servers.")
                 .arg(ctx.vendor());
    if (dnsDead)
        parts << Text::tr("Even looking up names fails.");
    if (tcpDead)
        parts << Text::tr("Connections to every address tried failed.");
    parts << Text::tr("So the problem is this computer's connection to the internet, not %1.").arg(ctx.vendor());
    f.detail = parts.join(QLatin1Char(' '));
    f.nextSteps << Text::tr("Check that Wi-Fi is connected or the network cable is plugged in, and try another "
                            "website.")
                << Text::tr("Restart your router (unplug it for 30 seconds).")
                << Text::tr("If nothing loads, call your internet provider; in an office, tell your IT team.");
    for (const PathView &p : ctx.paths())
        if (p.hop.outcome == Outcome::Failed)
            f.evidence << p.http->id;
    return {f};
}

QList<Finding> firewallBlock(const RuleContext &ctx)
{
    if (ctx.browserPathWorks())
        return {}; // the browser's route works (perhaps through a proxy): a closed direct route is normal
    const QString host = ctx.targetHost();
    // Every direct connection to the vendor fails at the connection stage...
    QStringList ids;
    QString kind;
    int tried = 0;
    for (const TcpObservation &t : ctx.evidence().tcp) {
        if (t.host.compare(host, Qt::CaseInsensitive) != 0 || (!counts(t.error) && !t.connected))
            continue;
        ++tried;
        if (t.connected)
            return {};
        if (!isConnectFailure(t.error.code))
            return {};
        ids << t.id;
        if (kind.isEmpty() || t.error.code == ErrorCode::ConnectionRefused)
            kind = t.error.code;
    }
    for (const PathView &p : ctx.paths()) {
        if (!p.http->proxy.isEmpty() || p.hop.outcome == Outcome::NotRun)
            continue;
        ++tried;
        if (p.hop.outcome != Outcome::Failed || !isConnectFailure(p.http->error.code))
            return {};
        ids << p.http->id;
        if (kind.isEmpty())
            kind = p.http->error.code;
    }
    if (tried == 0)
        return {};
    // ...the name resolves...
    bool resolved = false;
    for (const DnsObservation *d : ctx.dns(host, QStringLiteral("system")))
        resolved |= RuleContext::answered(*d);
    // ...and the vendor or the internet is shown to be up some other way.
    QString upBecause;
    if (ctx.status().fetched && !ctx.status().relevantOutage)
        upBecause = Text::tr("%1's status page loads and reports no problem").arg(ctx.vendor());
    else if (ctx.anyPathWorks())
        upBecause = Text::tr("%1 answers through another route").arg(ctx.vendor());
    if (!resolved || upBecause.isEmpty())
        return {};

    Finding f = makeFinding(FindingCode::FirewallBlock, Severity::Problem, WhoFixes::It, 0.8);
    f.title = Text::tr("A firewall is blocking %1 while %1 itself is up - this is for your IT team").arg(ctx.vendor());
    const QString how = kind == ErrorCode::ConnectionRefused ? Text::tr("actively refused")
        : kind == ErrorCode::ConnectionReset                 ? Text::tr("cut off (reset)")
        : kind == ErrorCode::Timeout                         ? Text::tr("silently dropped (no answer in time)")
                                                             : Text::tr("not reachable");
    f.detail = Text::tr("Connections from this computer to %1's servers (%2, secure web port 443) are %3, yet %4. A "
                        "firewall - on your network, or the one in this computer's security software - is stopping "
                        "them.")
                   .arg(ctx.vendor(), host, how, upBecause);
    f.nextSteps << Text::tr("Send this report to your IT team and ask them to allow secure web traffic (TCP port 443) "
                            "to %1.")
                       .arg(ctx.profile().hosts.join(QStringLiteral(", ")))
                << Text::tr("No IT team? Check the firewall settings of your security software, and try %1 from "
                            "another network (such as your phone's hotspot) to confirm.")
                       .arg(ctx.vendor());
    f.evidence = ids;
    if (ctx.status().observation)
        f.evidence << ctx.status().observation->id;
    return {f};
}

QList<Finding> ipv6Broken(const RuleContext &ctx)
{
    QStringList ids;
    bool v6Failed = false;
    bool v4PathSeen = false;
    bool v4PathWorks = false;
    bool v4TcpWorks = false;
    QString error;
    for (const PathView &p : ctx.paths()) {
        if (p.http->path == QLatin1String("ipv6") && p.hop.outcome == Outcome::Failed
            && isConnectFailure(p.http->error.code)) {
            v6Failed = true;
            ids << p.http->id;
            error = p.http->error.message.isEmpty() ? p.http->error.code : p.http->error.message;
        }
        if (p.http->path == QLatin1String("ipv4") && p.hop.outcome != Outcome::NotRun) {
            v4PathSeen = true;
            v4PathWorks |= p.hop.outcome == Outcome::Good || p.hop.outcome == Outcome::VendorError;
        }
    }
    for (const TcpObservation &t : ctx.evidence().tcp) {
        if (!counts(t.error) && !t.connected)
            continue;
        if (RuleContext::isIpv6(t.address) && !t.connected && isConnectFailure(t.error.code)) {
            v6Failed = true;
            ids << t.id;
            if (error.isEmpty())
                error = t.error.message.isEmpty() ? t.error.code : t.error.message;
        } else if (!RuleContext::isIpv6(t.address) && t.connected) {
            v4TcpWorks = true;
        }
    }
    // IPv4 must be shown to work end to end where it was tried, not merely to connect.
    const bool v4Works = v4PathSeen ? v4PathWorks : v4TcpWorks;
    if (!v6Failed || !v4Works)
        return {};
    const PathView *browser = ctx.browserPath();
    const bool browserHurt = browser && browser->hop.outcome == Outcome::Failed;
    Finding f =
        makeFinding(FindingCode::Ipv6Broken, browserHurt ? Severity::Problem : Severity::Warning, WhoFixes::Isp, 0.8);
    f.title = Text::tr("%1 fails over IPv6 on this network - ask your internet provider or IT").arg(ctx.vendor());
    f.detail = Text::tr("%1 has IPv6 addresses and this network offers IPv6, but connections over IPv6 fail (%2) "
                        "while IPv4 works. Browsers fall back to IPv4 only after a delay, which shows up as slow "
                        "loading, time-outs or errors.")
                   .arg(ctx.vendor(), error);
    f.nextSteps << Text::tr("Tell your internet provider (or IT team) that IPv6 connections fail from this network, "
                            "with this report.")
                << Text::tr("As a stop-gap, IT can turn IPv6 off on this computer's network adapter or the router.");
    f.evidence = ids;
    return {f};
}

} // namespace

QList<Finding> connectivityRules(const RuleContext &ctx)
{
    return captivePortal(ctx) + noConnectivity(ctx) + firewallBlock(ctx) + ipv6Broken(ctx);
}

} // namespace gatecheck
