// SPDX-License-Identifier: GPL-3.0-or-later
// What the vendor's own status page says, narrowed to what the user was doing: a degraded
// "Payroll - Australia" matters to payroll, an API incident does not matter to someone
// invoicing in the browser (profile "activities", docs/profiles.md).
#include "diagnosis/Codes.h"
#include "diagnosis/Rules.h"

#include <QCoreApplication>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatusRules)
};

QString outageWord(const QString &worstStatus)
{
    if (worstStatus == QLatin1String("major_outage"))
        return Text::tr("a major outage");
    if (worstStatus == QLatin1String("partial_outage"))
        return Text::tr("a partial outage");
    if (worstStatus == QLatin1String("degraded_performance"))
        return Text::tr("performance problems");
    return Text::tr("a reported incident");
}

QString statusPageName(const RuleContext &ctx)
{
    const QUrl page = ctx.profile().statusPageUrl;
    if (page.isValid() && !page.isEmpty())
        return page.host();
    const StatusObservation *o = ctx.status().observation;
    if (o && !o->pageUrl.isEmpty())
        return QUrl(o->pageUrl).host();
    return Text::tr("its status page");
}

QString statusPageLink(const RuleContext &ctx)
{
    const QUrl page = ctx.profile().statusPageUrl;
    if (page.isValid() && !page.isEmpty())
        return page.toString();
    const StatusObservation *o = ctx.status().observation;
    return o ? o->pageUrl : QString();
}

QString incidentSentence(const StatusIncident &i)
{
    QString s = i.isMaintenance ? Text::tr("Planned maintenance: \"%1\"").arg(i.name)
                                : Text::tr("Incident: \"%1\"").arg(i.name);
    if (i.startedAt.isValid())
        s += Text::tr(", since %1 UTC").arg(i.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!i.latestUpdate.isEmpty())
        s += Text::tr(". Latest update: \"%1\"").arg(i.latestUpdate);
    if (!i.shortlink.isEmpty())
        s += QStringLiteral(" (%1)").arg(i.shortlink);
    return s + QLatin1Char('.');
}

// What the paths saw, said in a way that supports or qualifies the status page.
QString pathsSentence(const RuleContext &ctx)
{
    for (const PathView &p : ctx.paths())
        if (p.hop.outcome == Outcome::VendorError)
            return Text::tr("Gatecheck also got an error answer (%1) from %2's own servers, which matches.")
                .arg(p.http->status)
                .arg(ctx.vendor());
    if (ctx.browserPathWorks())
        return Text::tr("From this computer %1's start page still loads, so the problem may only affect "
                        "some features - the ones listed above.")
            .arg(ctx.vendor());
    return {};
}

Finding outageFinding(const RuleContext &ctx)
{
    const StatusSummary &s = ctx.status();
    const QString vendor = ctx.vendor();
    const bool maintenance = s.maintenance;
    const bool ownPathsAgree = !ctx.browserPathWorks();
    Finding f = makeFinding(maintenance ? FindingCode::VendorMaintenance : FindingCode::VendorOutage, Severity::Problem,
        WhoFixes::Vendor, ownPathsAgree ? 0.95 : 0.85);
    const QString activity = ctx.evidence().activity;
    if (maintenance)
        f.title = Text::tr("%1 is down for planned maintenance").arg(vendor);
    else if (!activity.isEmpty() && ctx.profile().activityComponents.contains(activity))
        f.title = Text::tr("%1 is having %2 affecting %3")
                      .arg(vendor, outageWord(s.worstStatus), activityDisplayName(activity));
    else
        f.title = Text::tr("%1 is having %2").arg(vendor, outageWord(s.worstStatus));

    QStringList parts;
    const StatusObservation &o = *s.observation;
    QString says = Text::tr("%1's status page (%2) says \"%3\".")
                       .arg(vendor, statusPageName(ctx), o.description.isEmpty() ? o.indicator : o.description);
    if (!s.relevantComponents.isEmpty())
        says +=
            QLatin1Char(' ') + Text::tr("Affected: %1.").arg(s.relevantComponents.mid(0, 8).join(QStringLiteral(", ")));
    parts << says;
    for (const StatusIncident *i : s.relevantIncidents.mid(0, 3))
        parts << incidentSentence(*i);
    parts << (maintenance ? Text::tr("%1 has taken this part of its service down on purpose for planned work; "
                                     "errors such as 503 are expected until it finishes.")
                                .arg(vendor)
                          : Text::tr("This is a problem on %1's side. Nothing on this computer or your network needs "
                                     "to change.")
                                .arg(vendor));
    const QString paths = pathsSentence(ctx);
    if (!paths.isEmpty())
        parts << paths;
    f.detail = parts.join(QLatin1Char(' '));

    const QString link = statusPageLink(ctx);
    f.nextSteps << Text::tr("Wait: %1 is working on it. Follow the updates on %2.")
                       .arg(vendor, link.isEmpty() ? statusPageName(ctx) : link);
    if (!s.relevantIncidents.isEmpty() && !s.relevantIncidents.first()->shortlink.isEmpty())
        f.nextSteps << Text::tr("If it blocks something urgent (a pay run, a filing deadline), contact %1 support and "
                                "quote the incident link %2.")
                           .arg(vendor, s.relevantIncidents.first()->shortlink);
    else
        f.nextSteps << Text::tr("If it blocks something urgent (a pay run, a filing deadline), contact %1 support "
                                "and mention the status page entry.")
                           .arg(vendor);
    f.nextSteps << Text::tr("Run Gatecheck again once the status page shows the problem as resolved.");
    f.evidence << o.id;
    for (const PathView &p : ctx.paths())
        if (p.hop.outcome == Outcome::VendorError)
            f.evidence << p.http->id;
    return f;
}

Finding elsewhereFinding(const RuleContext &ctx)
{
    const StatusSummary &s = ctx.status();
    Finding f = makeFinding(FindingCode::VendorIncidentElsewhere, Severity::Info, WhoFixes::None, 0.8);
    f.title = Text::tr("%1 reports a problem with something else").arg(ctx.vendor());
    QStringList what = s.otherComponents.mid(0, 6);
    for (const StatusIncident *i : s.otherIncidentList.mid(0, 3))
        what << QStringLiteral("\"%1\"").arg(i->name);
    if (what.isEmpty() && s.observation)
        what << s.observation->description;
    const QString activity = ctx.evidence().activity;
    f.detail = Text::tr("%1's status page lists: %2. That does not look related to %3.")
                   .arg(ctx.vendor(), what.join(QStringLiteral(", ")),
                       activity.isEmpty() ? Text::tr("the part of %1 you use").arg(ctx.vendor())
                                          : activityDisplayName(activity));
    f.nextSteps << Text::tr("If the error you see is in one of those areas, treat it as %1's problem and wait.")
                       .arg(ctx.vendor());
    f.evidence << s.observation->id;
    return f;
}

Finding unknownFinding(const RuleContext &ctx)
{
    const StatusSummary &s = ctx.status();
    Finding f = makeFinding(FindingCode::StatusUnknown, Severity::Info, WhoFixes::None, 0.9);
    f.title = Text::tr("Gatecheck could not read %1's status page").arg(ctx.vendor());
    QString why;
    for (const StatusObservation &o : ctx.evidence().status)
        if (!o.ok && o.error.isError()) {
            why = o.error.message.isEmpty() ? o.error.code : o.error.message;
            break;
        }
    f.detail = Text::tr("So it cannot tell whether %1 reports an outage (%2).").arg(ctx.vendor(), why);
    const QString link = statusPageLink(ctx);
    if (!link.isEmpty())
        f.nextSteps << Text::tr("Open %1 on your phone, using mobile data rather than this network.").arg(link);
    f.evidence = s.failedIds;
    return f;
}

} // namespace

QList<Finding> statusRules(const RuleContext &ctx)
{
    const StatusSummary &s = ctx.status();
    QList<Finding> out;
    if (!s.fetched) {
        if (!s.failedIds.isEmpty())
            out << unknownFinding(ctx);
        return out;
    }
    if (s.relevantOutage)
        out << outageFinding(ctx);
    if (s.otherIncidents)
        out << elsewhereFinding(ctx);
    return out;
}

} // namespace gatecheck
