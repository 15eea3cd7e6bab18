// SPDX-License-Identifier: GPL-3.0-or-later
// dns_failure and dns_stale: the system resolver (what the browser gets) against the
// alternates. Differing answers are not a problem by themselves - CDNs answer differently
// per resolver. An address is judged by whether the vendor answers there with a valid
// certificate (RuleContext::addressHealth).
#include "diagnosis/Codes.h"
#include "diagnosis/Rules.h"

#include <QCoreApplication>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DnsResolutionRules)
};

// The engine's canary (DiagnosisRun asks for a random name under .invalid) never counts. Other
// reserved names (.test, .example) do count when the user or the profile asked for them: a
// lab or staging copy of a service is diagnosed like the real one.
bool cannotExist(const QString &host)
{
    return host.endsWith(QLatin1String(".invalid"));
}

QStringList vendorHosts(const RuleContext &ctx)
{
    QStringList hosts = ctx.evidence().hosts.mid(0, 64); // a real run probes a handful
    for (const QString &h : ctx.profile().hosts)
        if (!hosts.contains(h, Qt::CaseInsensitive))
            hosts << h;
    return hosts;
}

QString systemServers(const RuleContext &ctx)
{
    const EnvironmentFacts &env = ctx.evidence().environment;
    QStringList servers = env.systemdResolvedStub && !env.dnsUpstreams.isEmpty() ? env.dnsUpstreams : env.dnsServers;
    return servers.isEmpty() ? Text::tr("the one set on this computer") : servers.mid(0, 3).join(QStringLiteral(", "));
}

QString errorWords(const ProbeError &e)
{
    if (e.code == ErrorCode::NxDomain)
        return Text::tr("\"no such name\"");
    if (e.code == ErrorCode::Timeout)
        return Text::tr("no answer in time");
    if (e.code == ErrorCode::ServFail)
        return Text::tr("a server failure");
    if (e.code == ErrorCode::Refused)
        return Text::tr("a refusal");
    if (e.code == ErrorCode::NoData || !e.isError())
        return Text::tr("no address");
    return e.message.isEmpty() ? e.code : e.message;
}

QString healthWords(AddressHealth h)
{
    switch (h) {
    case AddressHealth::Unreachable:
        return Text::tr("nothing answers there");
    case AddressHealth::ServerError:
        return Text::tr("it answers with a server error there");
    case AddressHealth::WrongServer:
        return Text::tr("a different server answers there");
    default:
        return Text::tr("it does not work there");
    }
}

QStringList flushSteps(const QString &vendor)
{
    return {Text::tr("Flush this computer's DNS cache (Gatecheck's \"Flush DNS\" button does it; by hand: Windows "
                     "\"ipconfig /flushdns\" in an administrator Command Prompt; Mac \"sudo dscacheutil -flushcache; "
                     "sudo killall -HUP mDNSResponder\"; Linux \"resolvectl flush-caches\")."),
        Text::tr("In Chrome or Edge, also clear the browser's own cache of addresses at chrome://net-internals/#dns "
                 "(\"Clear host cache\"), then reload %1.")
            .arg(vendor),
        Text::tr("Still wrong? Restart your router (unplug it for 30 seconds)."),
        Text::tr("If it comes back, ask your IT team or internet provider to fix their DNS server; until then, "
                 "this computer can use 1.1.1.1 or 8.8.8.8 as its DNS server.")};
}

Finding failureFinding(
    const RuleContext &ctx, const QStringList &hosts, bool important, const QStringList &ids, const QString &example)
{
    Finding f =
        makeFinding(FindingCode::DnsFailure, important ? Severity::Problem : Severity::Warning, WhoFixes::It, 0.85);
    const QString vendor = ctx.vendor();
    f.title = Text::tr("Your network's DNS server cannot find %1 (%2) - this is for your IT team or internet provider")
                  .arg(vendor, hosts.constFirst());
    f.detail = example + QLatin1Char(' ')
        + Text::tr("So %1 exists and has an address; the DNS server this computer uses (%2) is what fails. Without a "
                   "working address, the browser cannot reach %1 at all.")
              .arg(vendor, systemServers(ctx));
    if (hosts.size() > 1)
        f.detail += QLatin1Char(' ') + Text::tr("Affected names: %1.").arg(hosts.join(QStringLiteral(", ")));
    f.nextSteps << flushSteps(vendor).constFirst() << flushSteps(vendor).at(2) << flushSteps(vendor).at(3);
    f.evidence = ids;
    return f;
}

} // namespace

QList<Finding> dnsResolutionRules(const RuleContext &ctx)
{
    QList<Finding> out;
    const QString vendor = ctx.vendor();

    // dns_failure: the system resolver fails where an alternate answers.
    QStringList failing;
    QStringList ids;
    QString example;
    bool important = false;
    for (const QString &host : vendorHosts(ctx)) {
        if (cannotExist(host))
            continue;
        const auto system = ctx.dns(host, QStringLiteral("system"));
        if (system.isEmpty())
            continue;
        bool systemAnswered = false;
        for (const DnsObservation *d : system)
            systemAnswered |= RuleContext::answered(*d);
        if (systemAnswered || system.constFirst()->error.code == ErrorCode::Cancelled)
            continue;
        const DnsObservation *alternate = nullptr;
        for (const DnsObservation *d : ctx.alternateDns(host))
            if (RuleContext::answered(*d) && !alternate)
                alternate = d;
        if (!alternate)
            continue;
        failing << host;
        ids << system.constFirst()->id << alternate->id;
        const QString role = ctx.profile().hostRoles.value(host);
        important |= host == ctx.targetHost() || role == QLatin1String("app") || role == QLatin1String("login")
            || role.isEmpty();
        if (example.isEmpty())
            example = Text::tr("When this computer asks its DNS server for %1, it gets %2. Another DNS server (%3) "
                               "answers %4.")
                          .arg(host, errorWords(system.constFirst()->error), alternate->resolver,
                              RuleContext::addressesOf(*alternate).mid(0, 4).join(QStringLiteral(", ")));
    }
    if (!failing.isEmpty())
        out << failureFinding(ctx, failing, important, ids, example);

    // dns_stale: the system's addresses fail while an alternate's address works.
    const QString host = ctx.targetHost();
    for (const HostsOverride &o : ctx.evidence().environment.hostsOverrides)
        if (o.host.compare(host, Qt::CaseInsensitive) == 0)
            return out; // a hosts-file entry, not a cache: hosts_override says so
    const auto system = ctx.dns(host, QStringLiteral("system"));
    QStringList systemAddresses;
    for (const DnsObservation *d : system)
        systemAddresses << RuleContext::addressesOf(*d);
    if (systemAddresses.isEmpty())
        return out;
    // Public resolvers asked on port 53 giving the very same answer is not a local cache going
    // stale: that is interception or the vendor's own DNS (port53_intercepted / vendor side).
    for (const DnsObservation *d : ctx.alternateDns(host)) {
        if (d->method == QLatin1String("doh") || !RuleContext::answered(*d))
            continue;
        QStringList theirs = RuleContext::addressesOf(*d);
        QStringList ours = systemAddresses;
        theirs.sort();
        ours.sort();
        if (theirs == ours)
            return out;
    }
    bool systemGood = false;
    bool systemBad = false;
    AddressHealth how = AddressHealth::Unknown;
    for (const QString &a : std::as_const(systemAddresses)) {
        const AddressHealth h = ctx.addressHealth(host, a);
        systemGood |= h == AddressHealth::Good;
        if (h == AddressHealth::Unreachable || h == AddressHealth::ServerError) {
            systemBad = true;
            how = h;
        }
    }
    QString goodAddress;
    QString goodResolver;
    for (const DnsObservation *d : ctx.alternateDns(host))
        for (const QString &a : RuleContext::addressesOf(*d))
            if (!systemAddresses.contains(a) && goodAddress.isEmpty()
                && ctx.addressHealth(host, a) == AddressHealth::Good) {
                goodAddress = a;
                goodResolver = d->resolver;
            }
    if (systemGood || !systemBad || goodAddress.isEmpty())
        return out;

    Finding f = makeFinding(FindingCode::DnsStale, Severity::Problem, WhoFixes::User, 0.85);
    f.title = Text::tr("This computer is using an out-of-date address for %1 - flushing the DNS cache should fix it")
                  .arg(vendor);
    f.detail = Text::tr("This computer looks up %1 as %2, but %3 when Gatecheck connects to it. Another DNS server "
                        "(%4) gives %5, where %6 answers normally with its proper certificate. So the address this "
                        "computer has is stale - kept in this computer's DNS cache, in your router, or in your "
                        "network's DNS server.")
                   .arg(host, systemAddresses.mid(0, 4).join(QStringLiteral(", ")), healthWords(how), goodResolver,
                       goodAddress, vendor);
    f.nextSteps = flushSteps(vendor);
    for (const DnsObservation *d : system)
        f.evidence << d->id;
    for (const QString &a : std::as_const(systemAddresses))
        f.evidence << ctx.evidenceFor(host, a);
    f.evidence << ctx.evidenceFor(host, goodAddress);
    return out << f;
}

} // namespace gatecheck
