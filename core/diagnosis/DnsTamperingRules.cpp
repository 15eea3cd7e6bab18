// SPDX-License-Identifier: GPL-3.0-or-later
// DNS answers that someone changed: dns_hijack (answers for names that cannot exist;
// private/bogon or wrong-server addresses for the vendor's public names),
// port53_intercepted (public resolvers asked on port 53 all give the local answer while
// DNS-over-HTTPS, which cannot be redirected, gives another that works), and
// hosts_override (the hosts file pins a vendor name).
#include "diagnosis/Codes.h"
#include "diagnosis/Rules.h"

#include <QCoreApplication>
#include <QSet>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DnsTamperingRules)
};

QSet<QString> addressSet(const DnsObservation &d)
{
    const QStringList list = RuleContext::addressesOf(d);
    return QSet<QString>(list.cbegin(), list.cend());
}

QString joined(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.mid(0, 4).join(QStringLiteral(", "));
}

bool allBogon(const QSet<QString> &set)
{
    for (const QString &a : set)
        if (!RuleContext::isBogon(a))
            return false;
    return !set.isEmpty();
}

bool overridden(const RuleContext &ctx, const QString &host)
{
    for (const HostsOverride &o : ctx.evidence().environment.hostsOverrides)
        if (o.host.compare(host, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// True when no address of the set is shown to work for the host.
bool noneGood(const RuleContext &ctx, const QString &host, const QSet<QString> &set)
{
    for (const QString &a : set)
        if (ctx.addressHealth(host, a) == AddressHealth::Good)
            return false;
    return true;
}

bool anyGood(const RuleContext &ctx, const QString &host, const QSet<QString> &set)
{
    for (const QString &a : set)
        if (ctx.addressHealth(host, a) == AddressHealth::Good)
            return true;
    return false;
}

// A public address not shown to fail. A private answer is only "wrong" when the good answer is
// public: on a test network (or a corporate split horizon) every answer may be private.
bool anyPublicNotFailing(const RuleContext &ctx, const QString &host, const QSet<QString> &set)
{
    for (const QString &a : set) {
        const AddressHealth h = ctx.addressHealth(host, a);
        if (!RuleContext::isBogon(a) && (h == AddressHealth::Good || h == AddressHealth::Unknown))
            return true;
    }
    return false;
}

QStringList hostsToCheck(const RuleContext &ctx)
{
    QStringList hosts {ctx.targetHost()};
    for (const QString &h : ctx.evidence().hosts)
        if (hosts.size() < 64 && !hosts.contains(h, Qt::CaseInsensitive))
            hosts << h;
    return hosts;
}

QList<Finding> canaryFindings(const RuleContext &ctx)
{
    // A name under .invalid cannot exist; an address for it means the resolver makes answers up.
    for (const DnsObservation &d : ctx.evidence().dns) {
        if (!d.host.endsWith(QLatin1String(".invalid")) || !RuleContext::answered(d))
            continue;
        Finding f = makeFinding(FindingCode::DnsHijack, Severity::Warning, WhoFixes::Isp, 0.8);
        f.title = Text::tr("Your DNS server makes up addresses for names that do not exist");
        f.detail = Text::tr("Asked for %1, a name that cannot exist, the DNS server (%2) answered %3 instead of \"no "
                            "such name\". Some internet providers do this to show search or advert pages; it also "
                            "means that server's answers cannot be taken at face value.")
                       .arg(d.host, d.resolver, joined(addressSet(d)));
        f.nextSteps << Text::tr("Ask your internet provider to turn off \"DNS error redirection\" (or \"NXDOMAIN "
                                "redirection\"), or have your IT team use a different DNS server.");
        f.evidence << d.id;
        return {f};
    }
    return {};
}

} // namespace

QList<Finding> dnsTamperingRules(const RuleContext &ctx)
{
    QList<Finding> out;
    const QString vendor = ctx.vendor();
    const bool browserFails = !ctx.browserPathWorks();

    // hosts_override
    for (const HostsOverride &o : ctx.evidence().environment.hostsOverrides) {
        if (!ctx.isVendorHost(o.host))
            continue;
        const AddressHealth h = ctx.addressHealth(o.host, o.address);
        const bool hurts = browserFails || h == AddressHealth::Unreachable || h == AddressHealth::WrongServer
            || h == AddressHealth::ServerError;
        Finding f =
            makeFinding(FindingCode::HostsOverride, hurts ? Severity::Problem : Severity::Warning, WhoFixes::It, 0.9);
        f.title =
            Text::tr("This computer's hosts file sends %1 (%2) to a fixed address (%3)").arg(vendor, o.host, o.address);
        f.detail = Text::tr("The file %1 has a line that pins %2 to %3. This computer then never asks DNS for %2, so "
                            "when %4 moves its servers - which it does - this computer keeps going to the old place.")
                       .arg(o.file, o.host, o.address, vendor);
        if (hurts)
            f.detail += QLatin1Char(' ') + Text::tr("Here %1 does not work through that address.").arg(vendor);
        f.nextSteps << Text::tr("Remove the line \"%1 %2\" from %3 (it needs administrator rights - your IT team can "
                                "do it), then flush the DNS cache.")
                           .arg(o.address, o.host, o.file);
        f.evidence << QStringLiteral("environment:hosts") << ctx.evidenceFor(o.host, o.address);
        out << f;
    }

    out << canaryFindings(ctx);

    for (const QString &host : hostsToCheck(ctx)) {
        if (overridden(ctx, host))
            continue;
        const auto system = ctx.dns(host, QStringLiteral("system"));
        if (system.isEmpty() || !RuleContext::answered(*system.constFirst()))
            continue;
        const DnsObservation &sys = *system.constFirst();
        const QSet<QString> s = addressSet(sys);
        if (!noneGood(ctx, host, s))
            continue; // the system's answer works: whatever the others say, nothing to report
        const bool systemBogon = allBogon(s);
        bool systemWrongServer = false;
        bool systemFails = false;
        for (const QString &a : s) {
            const AddressHealth h = ctx.addressHealth(host, a);
            systemWrongServer |= h == AddressHealth::WrongServer;
            systemFails |= h != AddressHealth::Good && h != AddressHealth::Unknown;
        }

        // port53_intercepted: a port-53 public resolver repeats the local answer, DoH disagrees and works.
        const DnsObservation *doh = nullptr;
        for (const DnsObservation *d : ctx.dns(host, QStringLiteral("doh")))
            if (RuleContext::answered(*d) && !doh)
                doh = d;
        QStringList echoing;
        QStringList ids {sys.id};
        bool port53Fakes = false;
        for (const DnsObservation *d : ctx.alternateDns(host)) {
            if (d->method == QLatin1String("doh"))
                continue;
            if (RuleContext::answered(*d) && addressSet(*d) == s) {
                echoing << d->resolver;
                ids << d->id;
            } else if (d->error.code == ErrorCode::NxDomain || d->error.code == ErrorCode::Refused) {
                port53Fakes = true; // public resolvers do not refuse or deny a name that exists
                echoing << d->resolver;
                ids << d->id;
            }
        }
        const bool dohWorks = doh
            && (anyGood(ctx, host, addressSet(*doh))
                || (systemBogon && anyPublicNotFailing(ctx, host, addressSet(*doh))));
        if (dohWorks && !echoing.isEmpty() && !addressSet(*doh).intersects(s)
            && (systemFails || systemBogon || port53Fakes)) {
            Finding f = makeFinding(FindingCode::Port53Intercepted, Severity::Problem, WhoFixes::It, 0.85);
            f.title = Text::tr("Your network redirects DNS lookups and gives a wrong answer for %1 - this is for your "
                               "IT team")
                          .arg(vendor);
            f.detail =
                Text::tr("Gatecheck asked public DNS servers (%1) directly for %2, on the usual DNS port 53, and "
                         "got the same answer as this computer's own DNS server (%3) - public servers would "
                         "not. Asked over an encrypted connection that a network cannot redirect "
                         "(DNS-over-HTTPS, %4), the answer is %5, and %6 works there. So a router or firewall "
                         "on your network catches DNS questions and answers them itself - wrongly for %6.")
                    .arg(echoing.join(QStringLiteral(", ")), host, s.isEmpty() ? Text::tr("no address") : joined(s),
                        doh->resolver, joined(addressSet(*doh)), vendor);
            f.nextSteps << Text::tr("Send this report to your IT team: DNS for %1 is redirected and answered wrongly "
                                    "(%2).")
                               .arg(host, joined(s))
                        << Text::tr("Ask them to check DNS filtering or redirection on the router or firewall for %1.")
                               .arg(ctx.profile().hosts.join(QStringLiteral(", ")));
            ids << doh->id;
            f.evidence = ids;
            out << f;
            continue;
        }

        // dns_hijack: a private or wrong-server address for a public name, where alternates' work.
        if (!systemBogon && !systemWrongServer)
            continue; // merely unreachable addresses are dns_stale's, not tampering
        const DnsObservation *better = nullptr;
        for (const DnsObservation *d : ctx.alternateDns(host)) {
            if (better || !RuleContext::answered(*d) || addressSet(*d).intersects(s))
                continue;
            const QSet<QString> other = addressSet(*d);
            if ((systemWrongServer && anyGood(ctx, host, other))
                || (systemBogon && anyPublicNotFailing(ctx, host, other)))
                better = d;
        }
        if (!better)
            continue;
        Finding f =
            makeFinding(FindingCode::DnsHijack, Severity::Problem, WhoFixes::It, systemWrongServer ? 0.85 : 0.75);
        f.title = Text::tr("Your network's DNS gives a wrong address for %1 - this is for your IT team").arg(vendor);
        QString what = systemBogon
            ? Text::tr("a private address (%1) that cannot belong to %2 - typical of a DNS filter blocking a name or "
                       "a stale internal entry")
                  .arg(joined(s), vendor)
            : Text::tr("%1, where a different server answers - not %2 (its certificate is for another name)")
                  .arg(joined(s), vendor);
        f.detail = Text::tr("This computer's DNS server answers %1 with %2. Another DNS server (%3) gives %4, where %5 "
                            "can be reached. Something on your network - a DNS filter, the router, or the DNS server "
                            "itself - changes this answer.")
                       .arg(host, what, better->resolver, joined(addressSet(*better)), vendor);
        f.nextSteps << Text::tr("Send this report to your IT team and ask them to check the DNS server's or filter's "
                                "entry for %1.")
                           .arg(host)
                    << Text::tr(
                           "Until it is fixed, %1 may work from another network (for example your phone's hotspot).")
                           .arg(vendor);
        f.evidence << sys.id << better->id;
        for (const QString &a : s)
            f.evidence << ctx.evidenceFor(host, a);
        out << f;
    }
    return out;
}

} // namespace gatecheck
