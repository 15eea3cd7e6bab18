// SPDX-License-Identifier: GPL-3.0-or-later
// vendor_error: the vendor's own gateway answers 5xx while its status page is green. The
// vendor may not know yet, so the finding says exactly what its support desk needs.
#include "diagnosis/Codes.h"
#include "diagnosis/Rules.h"

#include <QCoreApplication>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VendorErrorRule)
};

QString pathName(const QString &path)
{
    if (path == QLatin1String("as-browser"))
        return Text::tr("the way your browser goes");
    if (path == QLatin1String("direct"))
        return Text::tr("directly");
    if (path == QLatin1String("alt-dns"))
        return Text::tr("via another DNS server's address");
    if (path == QLatin1String("ipv4"))
        return Text::tr("over IPv4");
    if (path == QLatin1String("ipv6"))
        return Text::tr("over IPv6");
    return path;
}

} // namespace

QString explainServerStatus(int status, const QString &vendor)
{
    switch (status) {
    case 500:
        return Text::tr("A 500 (Internal Server Error) means one of %1's application servers hit an unexpected error. "
                        "It is on %1's side, and is often set off by one particular action - saving a form, running "
                        "a report - so note what you were doing.")
            .arg(vendor);
    case 502:
        return Text::tr("A 502 (Bad Gateway) means %1's front-door server got no valid answer from %1's own back-end "
                        "servers. It is on %1's side: usually a short overload (pay-run mornings, month end) or an "
                        "update being rolled out, and it usually clears within minutes to an hour.")
            .arg(vendor);
    case 503:
        return Text::tr("A 503 (Service Unavailable) means %1 is turning requests away on purpose for now - planned "
                        "maintenance or protection against overload. There is nothing to do but wait for %1.")
            .arg(vendor);
    case 504:
        return Text::tr("A 504 (Gateway Timeout) means %1's front-door server waited too long for %1's back-end "
                        "servers to answer. It is on %1's side; slow spells usually pass.")
            .arg(vendor);
    default:
        return Text::tr("A %1 is an error on the server's side, sent by %2's own servers.").arg(status).arg(vendor);
    }
}

QStringList supportSteps(const RuleContext &ctx, const QString &reference)
{
    const VendorProfile &p = ctx.profile();
    const Evidence &e = ctx.evidence();
    QStringList facts;
    for (const SupportFact &fact : p.supportFacts) {
        QString item = fact.displayLabel();
        if (fact.key == QLatin1String("url") && !e.targetUrl.isEmpty())
            item += QStringLiteral(" (%1)").arg(e.targetUrl);
        else if (fact.key == QLatin1String("started_at") && e.startedAt.isValid())
            item += Text::tr(" (at the latest %1 UTC, when Gatecheck saw it)")
                        .arg(e.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        facts << item;
    }
    if (!reference.isEmpty())
        facts << Text::tr("the reference from the error answer: %1").arg(reference);
    facts << Text::tr("this report");
    const QString where = p.supportUrl.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.supportUrl.toString());
    return {
        Text::tr("Contact %1 support%2 and give them: %3.").arg(ctx.vendor(), where, facts.join(QStringLiteral("; ")))};
}

QList<Finding> vendorErrorRule(const RuleContext &ctx)
{
    if (ctx.status().relevantOutage)
        return {}; // the status page already explains it (vendor_outage)
    QList<PathView> errors;
    QStringList goodIds;
    for (const PathView &p : ctx.paths()) {
        if (p.hop.outcome == Outcome::VendorError)
            errors << p;
        else if (p.hop.outcome == Outcome::Good)
            goodIds << p.http->id;
    }
    if (errors.isEmpty())
        return {};

    const QString vendor = ctx.vendor();
    const PathView &first = errors.constFirst();
    const int status = first.http->status;
    QString reference;
    QStringList ways;
    for (const PathView &p : std::as_const(errors)) {
        if (reference.isEmpty())
            reference = p.hop.reference;
        const QString way = pathName(p.http->path);
        if (!ways.contains(way))
            ways << way;
    }
    const bool everywhere = goodIds.isEmpty();
    const bool statusGreen = ctx.status().fetched;

    Finding f = makeFinding(FindingCode::VendorError, everywhere ? Severity::Problem : Severity::Warning,
        WhoFixes::Vendor, everywhere ? (statusGreen ? 0.85 : 0.7) : 0.6);
    if (!everywhere)
        f.title = Text::tr("%1's servers sometimes answer with an error (%2)").arg(vendor).arg(status);
    else if (statusGreen)
        f.title = Text::tr("%1's own servers answer with an error (%2) and its status page shows no incident - "
                           "report it to %1 support")
                      .arg(vendor)
                      .arg(status);
    else
        f.title = Text::tr("%1's own servers answer with an error (%2) - this is on %1's side").arg(vendor).arg(status);

    QStringList parts;
    parts << explainServerStatus(status, vendor);
    const QString hopName = first.hop.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(first.hop.name);
    if (everywhere)
        parts << Text::tr("Every way Gatecheck tried (%1) got this answer from %2's own servers%3, so it is not your "
                          "browser, this computer or your network.")
                     .arg(ways.join(QStringLiteral(", ")), vendor, hopName);
    else
        parts << Text::tr("Some attempts (%1) got this error from %2's servers%3 while others worked, which is typical "
                          "of a passing overload on %2's side.")
                     .arg(ways.join(QStringLiteral(", ")), vendor, hopName);
    if (statusGreen)
        parts << Text::tr("%1's status page does not show a problem yet, so %1 may not know about it.").arg(vendor);
    else
        parts << Text::tr("Gatecheck could not read %1's status page to see whether %1 already knows.").arg(vendor);
    if (!reference.isEmpty())
        parts << Text::tr("Reference for %1's support: %2.").arg(vendor, reference);
    f.detail = parts.join(QLatin1Char(' '));

    f.nextSteps << Text::tr("Wait 10-15 minutes, then reload the page (Ctrl+F5, or Cmd+Shift+R on a Mac).");
    if (everywhere)
        f.nextSteps << supportSteps(ctx, reference);
    else
        f.nextSteps << Text::tr("If it keeps happening for more than an hour, contact %1 support with this report.")
                           .arg(vendor);
    for (const PathView &p : std::as_const(errors))
        f.evidence << p.http->id;
    if (ctx.status().observation)
        f.evidence << ctx.status().observation->id;
    return {f};
}

} // namespace gatecheck
