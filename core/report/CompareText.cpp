// SPDX-License-Identifier: GPL-3.0-or-later
// Building the sides of a comparison, and its text and JSON forms.
#include "report/Compare.h"
#include "report/Report.h"
#include "report/ReportOutline.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Compare)
};

QString defaultLabel(const NetworkIdentity &network, const QDateTime &startedAt)
{
    if (!network.label.isEmpty())
        return network.label;
    if (startedAt.isValid())
        return Text::tr("run of %1").arg(startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return Text::tr("unnamed run");
}

QString indentWrapped(const QString &text, int width, const QString &indent)
{
    QString out, line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (!line.isEmpty() && indent.size() + line.size() + 1 + w.size() > width) {
            out += indent + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + w;
    }
    if (!line.isEmpty())
        out += indent + line + QLatin1Char('\n');
    return out;
}

} // namespace

ComparedRun ComparedRun::fromReport(const Report &report, const QString &label)
{
    ComparedRun r;
    r.evidence = report.evidence;
    r.diagnosis = report.diagnosis;
    r.network = report.network;
    r.profile = report.profile;
    r.label = label.isEmpty() ? defaultLabel(report.network, report.evidence.startedAt) : label;
    return r;
}

ComparedRun ComparedRun::fromStoredRun(const StoredRun &run, const QString &label)
{
    ComparedRun r;
    r.evidence = run.evidence;
    r.diagnosis = run.diagnosis;
    r.network = run.network;
    r.profile.id = run.summary.profileId;
    r.label = label.isEmpty() ? defaultLabel(run.network, run.evidence.startedAt) : label;
    return r;
}

QString renderComparisonText(const RunComparison &c)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QString out = Text::tr("Comparing \u201c%1\u201d (%2) with \u201c%3\u201d (%4)\n")
                      .arg(c.leftLabel, report::formatTime(c.leftStartedAt, zone), c.rightLabel,
                          report::formatTime(c.rightStartedAt, zone));
    out += Text::tr("  %1: %2\n").arg(c.leftLabel, c.leftVerdict.isEmpty() ? Text::tr("not diagnosed") : c.leftVerdict);
    out +=
        Text::tr("  %1: %2\n").arg(c.rightLabel, c.rightVerdict.isEmpty() ? Text::tr("not diagnosed") : c.rightVerdict);
    out += QLatin1Char('\n') + indentWrapped(c.headline, 78, {});
    if (c.differences.isEmpty())
        return out;
    out += Text::tr("\nDifferences, most telling first:\n");
    int n = 0;
    for (const Difference &d : c.differences) {
        out += QStringLiteral("\n%1. %2%3\n")
                   .arg(++n)
                   .arg(d.topic, d.explains ? Text::tr(" (explains the problem)") : QString());
        out += QStringLiteral("   %1: %2\n   %3: %4\n").arg(c.leftLabel, d.left, c.rightLabel, d.right);
        out += indentWrapped(d.sentence, 78, QStringLiteral("   "));
    }
    return out;
}

QJsonObject toJson(const RunComparison &c)
{
    QJsonArray differences;
    for (const Difference &d : c.differences)
        differences.append(QJsonObject {{QStringLiteral("code"), d.code}, {QStringLiteral("weight"), d.weight},
            {QStringLiteral("explains"), d.explains},
            {QStringLiteral("problem_side"),
                d.problemSide == 1       ? QStringLiteral("left")
                    : d.problemSide == 2 ? QStringLiteral("right")
                                         : QString()},
            {QStringLiteral("topic"), d.topic}, {QStringLiteral("left"), d.left}, {QStringLiteral("right"), d.right},
            {QStringLiteral("sentence"), d.sentence}});
    const auto side = [](const QString &label, const QDateTime &at, const QString &verdict) {
        return QJsonObject {{QStringLiteral("label"), label},
            {QStringLiteral("started_at"), at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("verdict"), verdict}};
    };
    return {{QStringLiteral("comparison_schema_version"), 1},
        {QStringLiteral("left"), side(c.leftLabel, c.leftStartedAt, c.leftVerdict)},
        {QStringLiteral("right"), side(c.rightLabel, c.rightStartedAt, c.rightVerdict)},
        {QStringLiteral("same_network"), c.sameNetwork}, {QStringLiteral("headline"), c.headline},
        {QStringLiteral("differences"), differences}};
}

} // namespace gatecheck
