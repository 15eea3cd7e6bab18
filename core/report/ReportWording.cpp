// SPDX-License-Identifier: GPL-3.0-or-later
// The words a report uses for recurring things: who acts, severities, paths, times, results.
#include "report/ReportOutline.h"

#include <QCoreApplication>
#include <QUrl>

namespace gatecheck::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

const Finding *primaryFinding(const Diagnosis &d)
{
    for (const Finding &f : d.findings)
        if (f.code == d.verdict.code)
            return &f;
    return d.findings.isEmpty() ? nullptr : &d.findings.constFirst();
}

} // namespace

QString formatTime(const QDateTime &time, const QTimeZone &zone)
{
    if (!time.isValid())
        return Text::tr("unknown");
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime local = time.toTimeZone(z);
    const int offset = z.offsetFromUtc(time);
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg((qAbs(offset) % 3600) / 60, 2, 10, QLatin1Char('0'));
    const QString abbreviation = z.abbreviation(time);
    const QString stamp = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (abbreviation.isEmpty() || abbreviation.startsWith(QLatin1String("UTC")))
        return QStringLiteral("%1 %2").arg(stamp, utc);
    return QStringLiteral("%1 %2 (%3)").arg(stamp, abbreviation, utc);
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    if (ms < 1000)
        return Text::tr("%1 ms").arg(ms);
    return Text::tr("%1 s").arg(QString::number(ms / 1000.0, 'f', 1));
}

QString whoActsTitle(WhoFixes who, const QString &vendor)
{
    switch (who) {
    case WhoFixes::Vendor:
        return Text::tr("%1 (the service itself)").arg(vendor);
    case WhoFixes::It:
        return Text::tr("Your IT team or network administrator");
    case WhoFixes::User:
        return Text::tr("You, on this computer");
    case WhoFixes::Isp:
        return Text::tr("Your internet provider");
    case WhoFixes::None:
        break;
    }
    return Text::tr("Nobody needs to act");
}

QString whoActsExplanation(WhoFixes who, const QString &vendor)
{
    switch (who) {
    case WhoFixes::Vendor:
        return Text::tr("The fault is on %1's side. Nothing on this computer or network needs to change; "
                        "%1 has to fix it.")
            .arg(vendor);
    case WhoFixes::It:
        return Text::tr("Something on this office network (a proxy, firewall, filter or security gateway) stands "
                        "between this computer and %1. Whoever looks after the network can fix it.")
            .arg(vendor);
    case WhoFixes::User:
        return Text::tr("The cause is on this computer itself, and you can usually fix it with the steps below.");
    case WhoFixes::Isp:
        return Text::tr("The connection breaks between this network and the internet. Your internet provider can "
                        "fix it.");
    case WhoFixes::None:
        break;
    }
    return Text::tr("The checks found nothing wrong at the time of the test.");
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Problem:
        return Text::tr("Problem");
    case Severity::Warning:
        return Text::tr("Warning");
    case Severity::Info:
        break;
    }
    return Text::tr("Info");
}

Tone toneFor(Severity severity)
{
    switch (severity) {
    case Severity::Problem:
        return Tone::Problem;
    case Severity::Warning:
        return Tone::Warning;
    case Severity::Info:
        break;
    }
    return Tone::Info;
}

Tone verdictTone(const Diagnosis &diagnosis)
{
    if (diagnosis.verdict.code.isEmpty())
        return Tone::Neutral;
    if (diagnosis.verdict.code == QLatin1String("ok"))
        return Tone::Good;
    const Finding *f = primaryFinding(diagnosis);
    if (!f)
        return diagnosis.verdict.whoFixes == WhoFixes::None ? Tone::Good : Tone::Problem;
    if (f->severity == Severity::Info && diagnosis.verdict.whoFixes == WhoFixes::None)
        return Tone::Good;
    return toneFor(f->severity);
}

QString verdictLabel(const Diagnosis &diagnosis)
{
    switch (verdictTone(diagnosis)) {
    case Tone::Good:
        return Text::tr("No problem found");
    case Tone::Problem:
        return Text::tr("Problem found");
    case Tone::Warning:
        return Text::tr("Possible problem");
    case Tone::Info:
        return Text::tr("Note");
    case Tone::Neutral:
        break;
    }
    return Text::tr("Not diagnosed");
}

QString pathLabel(const QString &path)
{
    if (path == QLatin1String("as-browser"))
        return Text::tr("Like your browser");
    if (path == QLatin1String("direct"))
        return Text::tr("Direct, no proxy");
    if (path == QLatin1String("alt-dns"))
        return Text::tr("Address from public DNS");
    if (path == QLatin1String("ipv4"))
        return Text::tr("IPv4 only");
    if (path == QLatin1String("ipv6"))
        return Text::tr("IPv6 only");
    if (path == QLatin1String("proxy"))
        return Text::tr("Through the proxy");
    return path;
}

QString vendorName(const Report &report)
{
    if (!report.profile.displayName.isEmpty())
        return report.profile.displayName;
    const QString host = QUrl(report.evidence.targetUrl).host();
    return host.isEmpty() ? Text::tr("the service") : host;
}

QString httpResult(const HttpObservation &h)
{
    if (h.status > 0)
        return h.reason.isEmpty() ? QString::number(h.status) : QStringLiteral("%1 %2").arg(h.status).arg(h.reason);
    if (h.error.isError())
        return h.error.message.isEmpty() ? Text::tr("failed: %1").arg(h.error.code)
                                         : Text::tr("failed: %1 (%2)").arg(h.error.code, h.error.message);
    return Text::tr("no answer");
}

QString answeredBy(const HttpObservation &h)
{
    const QString server = h.headers.value(QStringLiteral("server"));
    const QString via = h.headers.value(QStringLiteral("via"));
    if (server.isEmpty() && via.isEmpty())
        return QStringLiteral("-");
    if (via.isEmpty())
        return server;
    return server.isEmpty() ? Text::tr("via %1").arg(via) : Text::tr("%1 via %2").arg(server, via);
}

QString dnsAnswerText(const DnsObservation &d)
{
    if (d.error.isError())
        return d.error.message.isEmpty() ? d.error.code : QStringLiteral("%1 (%2)").arg(d.error.code, d.error.message);
    QStringList parts;
    for (const DnsAddress &a : d.addresses)
        parts << a.address;
    if (parts.isEmpty())
        return d.rcode.isEmpty() ? Text::tr("no addresses") : d.rcode;
    return parts.join(QStringLiteral(", "));
}

QString resolverLabel(const DnsObservation &d)
{
    if (d.method == QLatin1String("system"))
        return Text::tr("This computer");
    if (d.method == QLatin1String("doh"))
        return Text::tr("%1 (DNS over HTTPS)").arg(d.resolver);
    return QStringLiteral("%1 (%2)").arg(d.resolver, d.method.toUpper());
}

QList<SupportFactValue> supportFactValues(const Report &report)
{
    QList<SupportFact> facts = report.profile.supportFacts;
    // Profiles without their own list get what every support desk asks (seed guides 000-004).
    if (facts.isEmpty())
        facts = {{QStringLiteral("organisation"), Text::tr("Organisation name"), {}},
            {QStringLiteral("url"), Text::tr("Address showing the error"), {}},
            {QStringLiteral("started_at"), Text::tr("When it started"), {}},
            {QStringLiteral("others_affected"), Text::tr("Others affected"), {}},
            {QStringLiteral("feature"), Text::tr("Feature in use"), {}}};
    // Answers the user gave for facts this profile does not list are still worth passing on.
    for (auto it = report.note.vendorFacts.cbegin(); it != report.note.vendorFacts.cend(); ++it) {
        const bool listed =
            std::any_of(facts.cbegin(), facts.cend(), [&](const SupportFact &f) { return f.key == it.key(); });
        if (!listed) {
            QString label = it.key();
            label.replace(QLatin1Char('_'), QLatin1Char(' '));
            if (!label.isEmpty())
                label[0] = label.at(0).toUpper();
            facts.append({it.key(), label, {}});
        }
    }

    const UserNote &n = report.note;
    QList<SupportFactValue> out;
    for (const SupportFact &f : std::as_const(facts)) {
        QString value = n.vendorFacts.value(f.key);
        const QString &k = f.key;
        if (value.isEmpty()) {
            if (k == QLatin1String("organisation") || k == QLatin1String("organization"))
                value = n.organisation;
            else if (k == QLatin1String("url"))
                value = report.evidence.targetUrl;
            else if (k == QLatin1String("started_at") || k == QLatin1String("start_time"))
                value = n.startedAt;
            else if (k == QLatin1String("others_affected"))
                value = n.othersAffected;
            else if (k == QLatin1String("feature") || k == QLatin1String("activity"))
                value = n.feature.isEmpty() ? report.evidence.activity : n.feature;
            else if (k == QLatin1String("tested_at") || k == QLatin1String("error_time"))
                value = formatTime(report.evidence.startedAt, report.timeZone);
        }
        out.append({f.key, f.label.isEmpty() ? f.key : f.label, value});
    }
    return out;
}

} // namespace gatecheck::report
