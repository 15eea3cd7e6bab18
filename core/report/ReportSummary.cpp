// SPDX-License-Identifier: GPL-3.0-or-later
// Page 1 of a report: for a non-technical reader, in the order its audience needs.
#include "report/ReportOutline.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

namespace gatecheck::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString pathSentence(const HttpObservation &h)
{
    const QString answered = answeredBy(h);
    const QString by = answered == QLatin1String("-") ? QString() : Text::tr(", answered by %1").arg(answered);
    const QString time =
        h.timings.totalMs >= 0 ? Text::tr(" after %1").arg(formatDuration(h.timings.totalMs)) : QString();
    const QString outcome = h.status > 0 ? Text::tr("got %1%2%3").arg(httpResult(h), by, time)
        : h.error.message.isEmpty()      ? Text::tr("failed (%1)%2").arg(h.error.code, time)
                                         : Text::tr("failed (%1: %2)%3").arg(h.error.code, h.error.message, time);
    if (h.path == QLatin1String("as-browser"))
        return h.proxy.isEmpty() ? Text::tr("The browser's route, with no proxy, %1.").arg(outcome)
                                 : Text::tr("The browser's route, through the proxy %1, %2.").arg(h.proxy, outcome);
    if (h.path == QLatin1String("direct"))
        return Text::tr("A direct connection, without any proxy, %1.").arg(outcome);
    return Text::tr("The route \u201c%1\u201d %2.").arg(pathLabel(h.path), outcome);
}

QSet<QString> addressSet(const DnsObservation &d)
{
    QSet<QString> out;
    for (const DnsAddress &a : d.addresses)
        out.insert(a.address);
    return out;
}

QString dnsSentence(const Evidence &e)
{
    const QString host = e.hosts.isEmpty() ? QUrl(e.targetUrl).host() : e.hosts.constFirst();
    const DnsObservation *system = nullptr;
    QSet<QString> others;
    int alternates = 0;
    for (const DnsObservation &d : e.dns) {
        if (d.host != host)
            continue;
        if (d.method == QLatin1String("system"))
            system = &d;
        else if (!d.error.isError()) {
            others.unite(addressSet(d));
            ++alternates;
        }
    }
    if (!system)
        return {};
    if (system->error.isError())
        return Text::tr("This computer could not look up %1: %2.").arg(host, dnsAnswerText(*system));
    if (alternates == 0)
        return Text::tr("This computer looked up %1 as %2.").arg(host, dnsAnswerText(*system));
    if (addressSet(*system).intersects(others))
        return Text::tr("This computer's DNS and the public resolvers agree on %1 (%2).")
            .arg(host, dnsAnswerText(*system));
    QStringList otherList(others.cbegin(), others.cend());
    otherList.sort();
    return Text::tr("This computer's DNS gave %1 as %2, but the public resolvers gave %3.")
        .arg(host, dnsAnswerText(*system), otherList.join(QStringLiteral(", ")));
}

QString tlsSentence(const Evidence &e)
{
    const QString host = e.hosts.isEmpty() ? QUrl(e.targetUrl).host() : e.hosts.constFirst();
    for (const TlsObservation &t : e.tls) {
        if (t.host != host || t.chain.isEmpty())
            continue;
        const CertificateInfo &leaf = t.chain.constFirst();
        const QString issuer = leaf.issuerOrganization.isEmpty()
            ? leaf.issuerCommonName.isEmpty() ? leaf.issuer : leaf.issuerCommonName
            : QStringLiteral("%1 (%2)").arg(leaf.issuerCommonName, leaf.issuerOrganization);
        return t.trustedByPublicRoots
            ? Text::tr("The certificate for %1 was issued by %2 and chains to a public root.").arg(host, issuer)
            : Text::tr("The certificate for %1 was issued by %2 and does not chain to any public root.")
                  .arg(host, issuer);
    }
    return {};
}

QString statusSentence(const Report &r)
{
    for (const StatusObservation &s : r.evidence.status) {
        if (!s.ok)
            continue;
        const QString page = s.pageName.isEmpty() ? vendorName(r) : s.pageName;
        if (s.incidents.isEmpty())
            return Text::tr("%1's status page said \u201c%2\u201d with no open incident.").arg(page, s.description);
        QStringList names;
        for (const StatusIncident &i : s.incidents)
            names << QStringLiteral("\u201c%1\u201d (%2)").arg(i.name, i.status);
        return Text::tr("%1's status page said \u201c%2\u201d and lists: %3.")
            .arg(page, s.description, names.join(QStringLiteral(", ")));
    }
    if (!r.evidence.status.isEmpty())
        return Text::tr("The status page could not be read from this computer.");
    return {};
}

QString environmentSentence(const EnvironmentFacts &env)
{
    if (!env.collected)
        return {};
    QStringList parts;
    for (const ProxySetting &p : env.proxies)
        if (p.mode != QLatin1String("none") && !p.mode.isEmpty()) {
            parts << Text::tr("a %1 proxy setting (%2)").arg(p.source, p.proxy.isEmpty() ? p.pacUrl : p.proxy);
            break;
        }
    for (const NetworkInterfaceInfo &i : env.interfaces)
        if (i.isVpn && (i.carriesDefaultRoute || i.carriesTargetTraffic)) {
            parts << Text::tr("a VPN (%1) carrying the traffic").arg(i.vpnProduct.isEmpty() ? i.name : i.vpnProduct);
            break;
        }
    int risky = 0;
    for (const BrowserExtensionInfo &x : env.extensions)
        risky += x.enabled && (x.risk == QLatin1String("can_alter_requests") || x.risk == QLatin1String("can_proxy"));
    if (risky > 0)
        parts << Text::tr("%n browser extension(s) that can change requests", nullptr, risky);
    if (!env.nonPublicRoots.isEmpty())
        parts << Text::tr(
            "%n non-public root certificate(s) trusted", nullptr, static_cast<int>(env.nonPublicRoots.size()));
    if (parts.isEmpty())
        return Text::tr("On this computer: no proxy, VPN, request-changing extension or extra root certificate found.");
    return Text::tr("On this computer: %1.").arg(parts.join(QStringLiteral("; ")));
}

Block callout(const Report &r)
{
    Block b;
    b.kind = Block::Kind::Callout;
    b.tone = verdictTone(r.diagnosis);
    b.toneLabel = verdictLabel(r.diagnosis);
    b.title = r.hasDiagnosis() ? r.diagnosis.verdict.headline : Text::tr("This run has not been diagnosed.");
    b.text = r.diagnosis.verdict.summary;
    return b;
}

Block paragraph(const QString &text)
{
    Block b;
    b.text = text;
    return b;
}

QStringList nextSteps(const Report &r)
{
    for (const Finding &f : r.diagnosis.findings)
        if (f.code == r.diagnosis.verdict.code && !f.nextSteps.isEmpty())
            return f.nextSteps;
    const QString vendor = vendorName(r);
    switch (r.diagnosis.verdict.whoFixes) {
    case WhoFixes::Vendor:
        return {Text::tr("Wait for %1 to fix it; changing settings on this computer will not help.").arg(vendor),
            Text::tr("Check %1's status page for updates.").arg(vendor),
            Text::tr("If it lasts more than an hour, contact %1 support and attach this report.").arg(vendor)};
    case WhoFixes::It:
        return {Text::tr("Send this report to your IT team or network administrator."),
            Text::tr("Until it is fixed, %1 may work from another network, such as a phone hotspot.").arg(vendor)};
    case WhoFixes::User:
        return {Text::tr("Follow the steps of the first finding below, then run Gatecheck again.")};
    case WhoFixes::Isp:
        return {Text::tr("Contact your internet provider and attach this report.")};
    case WhoFixes::None:
        break;
    }
    return {Text::tr("Nothing to do now. If the error comes back, run Gatecheck again while it happens.")};
}

Section section(const QString &id, const QString &title, QList<Block> blocks)
{
    return {id, title, std::move(blocks)};
}

} // namespace

QStringList measuredFacts(const Report &r)
{
    QStringList out;
    for (const QString &path : {QStringLiteral("as-browser"), QStringLiteral("direct")})
        if (const HttpObservation *h = pathResult(r.evidence, path))
            out << pathSentence(*h);
    for (const QString &s : {dnsSentence(r.evidence), tlsSentence(r.evidence), statusSentence(r),
             environmentSentence(r.evidence.environment)})
        if (!s.isEmpty())
            out << s;
    return out;
}

QList<Section> summarySections(const Report &r)
{
    const QString vendor = vendorName(r);
    const bool forVendor = r.options.audience == ReportAudience::VendorSupport;
    const WhoFixes who = r.diagnosis.verdict.whoFixes;

    Block whoBlock;
    whoBlock.kind = Block::Kind::Lead;
    whoBlock.text = whoActsTitle(who, vendor);
    const Section whoSection = section(
        QStringLiteral("who"), Text::tr("Who should act"), {whoBlock, paragraph(whoActsExplanation(who, vendor))});

    Block steps;
    steps.kind = Block::Kind::Steps;
    steps.items = nextSteps(r);
    const Section stepsSection = section(QStringLiteral("next-steps"),
        forVendor ? Text::tr("What the customer has been advised") : Text::tr("What to do next"), {steps});

    Block facts;
    facts.kind = Block::Kind::Facts;
    for (const SupportFactValue &f : supportFactValues(r))
        facts.facts.append({f.label, f.value.isEmpty() ? Text::tr("(not given)") : f.value});
    const Section factsSection = section(QStringLiteral("support-facts"),
        forVendor ? Text::tr("Details %1 support asks for").arg(vendor)
                  : Text::tr("If you contact %1 support").arg(vendor),
        {facts});

    QList<Block> noteBlocks;
    if (!r.note.whatHappened.isEmpty())
        noteBlocks << paragraph(r.note.whatHappened);
    Block noteFacts;
    noteFacts.kind = Block::Kind::Facts;
    if (!r.note.startedAt.isEmpty())
        noteFacts.facts.append({Text::tr("Started"), r.note.startedAt});
    if (!r.note.feature.isEmpty())
        noteFacts.facts.append({Text::tr("Feature"), r.note.feature});
    if (!r.note.othersAffected.isEmpty())
        noteFacts.facts.append({Text::tr("Others affected"), r.note.othersAffected});
    if (!noteFacts.facts.isEmpty())
        noteBlocks << noteFacts;
    const Section noteSection = section(QStringLiteral("note"),
        forVendor ? Text::tr("In the customer's words") : Text::tr("In the user's words"), noteBlocks);

    const QString checked = formatTime(r.evidence.startedAt, r.timeZone);
    const QString measured = measuredFacts(r).join(QLatin1Char(' '));
    const Section forSection = forVendor
        ? section(QStringLiteral("for-vendor"), Text::tr("For %1 support").arg(vendor),
            {paragraph(Text::tr("Checked from the customer's computer on %1. %2").arg(checked, measured))})
        : section(QStringLiteral("for-it"), Text::tr("For your IT team"),
            {paragraph(Text::tr("Checked on %1. %2 The evidence follows on the next pages.").arg(checked, measured))});

    const Section verdictSection = section(QStringLiteral("verdict"),
        forVendor ? Text::tr("Result of the checks on the customer's side") : Text::tr("Result"), {callout(r)});

    QList<Section> out;
    if (forVendor)
        out << factsSection << verdictSection << whoSection;
    else
        out << verdictSection << whoSection << stepsSection;
    if (!noteBlocks.isEmpty())
        out << noteSection;
    if (forVendor)
        out << forSection << stepsSection;
    else
        out << forSection << factsSection;
    return out;
}

// The fetch of the target URL over `path` (the first fetch over it when none is of the target).
const HttpObservation *pathResult(const Evidence &e, const QString &path)
{
    const HttpObservation *first = nullptr;
    for (const HttpObservation &h : e.http) {
        if (h.path != path)
            continue;
        if (h.url == e.targetUrl)
            return &h;
        if (!first)
            first = &h;
    }
    return first;
}

} // namespace gatecheck::report
