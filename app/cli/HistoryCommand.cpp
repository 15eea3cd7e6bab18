// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryCommand.h"

#include "CliCommon.h"
#include "ReportCli.h"
#include "history/HistoryStore.h"
#include "profiles/ProfileRegistry.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace gatecheck::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

QString ms(qint64 value)
{
    return value < 0 ? QStringLiteral("-") : Text::tr("%1 ms").arg(value);
}

QString listText(const QList<RunSummary> &runs)
{
    QList<QStringList> rows {{Text::tr("ID"), Text::tr("STARTED"), Text::tr("PROFILE"), Text::tr("VERDICT"),
        Text::tr("WHO"), Text::tr("WORST"), Text::tr("BROWSER"), Text::tr("DIRECT"), Text::tr("NETWORK")}};
    for (const RunSummary &r : runs)
        rows.append({QString::number(r.id) + (r.watch ? QStringLiteral("w") : QString()),
            r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.profileId, r.verdictCode,
            r.whoFixes, r.worstStatus ? QString::number(r.worstStatus) : QStringLiteral("-"), ms(r.asBrowserMs),
            ms(r.directMs), r.networkLabel.isEmpty() ? QStringLiteral("-") : r.networkLabel});
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        text += line.trimmed() + QLatin1Char('\n');
    }
    return text;
}

QJsonObject summaryJson(const RunSummary &r)
{
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("started_at"), r.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("profile"), r.profileId}, {QStringLiteral("target_url"), r.targetUrl},
        {QStringLiteral("verdict"), r.verdictCode}, {QStringLiteral("who_fixes"), r.whoFixes},
        {QStringLiteral("headline"), r.headline}, {QStringLiteral("network"), r.networkLabel},
        {QStringLiteral("interface_kind"), r.interfaceKind}, {QStringLiteral("watch"), r.watch},
        {QStringLiteral("worst_status"), r.worstStatus}, {QStringLiteral("as_browser_ms"), r.asBrowserMs},
        {QStringLiteral("direct_ms"), r.directMs}, {QStringLiteral("has_note"), r.hasNote}};
}

} // namespace

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the runs stored in the history, newest first, or renders one of them as a report.\n"
                 "Exit status: 0 ok, 2 usage error or unreadable database, 3 internal error."));
    parser.addHelpOption();
    const QCommandLineOption limitOpt(
        QStringLiteral("limit"), Text::tr("How many runs to list (default 20)."), Text::tr("N"));
    const QCommandLineOption jsonOpt(
        QStringLiteral("json"), Text::tr("Print JSON instead of a table (with --show: the report's JSON)."));
    const QCommandLineOption dbOpt(
        QStringLiteral("db"), Text::tr("History database (default: the app's data folder)."), Text::tr("PATH"));
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"), Text::tr("Only runs of this profile id."), Text::tr("ID"));
    const QCommandLineOption showOpt(
        QStringLiteral("show"), Text::tr("Render the run with this id as a report."), Text::tr("ID"));
    const QCommandLineOption formatOpt(
        QStringLiteral("format"), Text::tr("With --show: pdf, html, json, txt or md."), Text::tr("FORMAT"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Text::tr("With --show: where to write."), Text::tr("FILE"));
    const QCommandLineOption noRedactOpt(QStringLiteral("no-redact"), Text::tr("With --show: keep private details."));
    parser.addOptions({limitOpt, jsonOpt, dbOpt, profileOpt, showOpt, formatOpt, outOpt, noRedactOpt});
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    int limit = 20;
    if (parser.isSet(limitOpt)) {
        bool ok = false;
        limit = parser.value(limitOpt).toInt(&ok);
        if (!ok || limit <= 0)
            return usageError(Text::tr("--limit takes a positive number, got \"%1\"").arg(parser.value(limitOpt)));
    }

    HistoryStore store;
    QString why;
    if (!store.open(parser.value(dbOpt), &why))
        return parser.isSet(dbOpt) ? usageError(why) : internalError(why);

    if (parser.isSet(showOpt)) {
        bool ok = false;
        const qint64 id = parser.value(showOpt).toLongLong(&ok);
        if (!ok)
            return usageError(Text::tr("--show takes a run id, got \"%1\"").arg(parser.value(showOpt)));
        const auto stored = store.run(id, &why);
        if (!stored)
            return usageError(why);
        const ProfileRegistry registry;
        VendorProfile profile = registry.find(stored->summary.profileId).value_or(VendorProfile {});
        if (profile.id.isEmpty())
            profile.id = stored->summary.profileId;
        ReportOptions options;
        options.redact = !parser.isSet(noRedactOpt);
        const Report report = buildReport(stored->evidence, stored->diagnosis, profile,
            UserNote::fromJson(stored->userNote), options, stored->network);
        auto format = parser.isSet(jsonOpt) ? std::optional(ReportFormat::Json) : std::optional(ReportFormat::Text);
        if (parser.isSet(formatOpt) && !(format = reportFormatFromName(parser.value(formatOpt))))
            return usageError(
                Text::tr("--format takes pdf, html, json, txt or md, got \"%1\"").arg(parser.value(formatOpt)));
        if (parser.isSet(outOpt)) {
            if (!parser.isSet(formatOpt) && !parser.isSet(jsonOpt))
                format = reportFormatForPath(parser.value(outOpt)).value_or(ReportFormat::Text);
            if (!writeReport(report, *format, parser.value(outOpt), &why))
                return internalError(why);
            return ExitNoProblem;
        }
        if (*format == ReportFormat::Pdf)
            return usageError(Text::tr("a PDF needs --out FILE"));
        out() << (*format == ReportFormat::Json     ? QString::fromUtf8(renderJson(report))
                : *format == ReportFormat::Html     ? renderHtml(report)
                : *format == ReportFormat::Markdown ? renderMarkdown(report)
                                                    : renderText(report));
        out().flush();
        return ExitNoProblem;
    }

    const QList<RunSummary> runs = store.runs(limit, parser.value(profileOpt));
    if (!store.lastError().isEmpty())
        return internalError(store.lastError());
    if (parser.isSet(jsonOpt)) {
        QJsonArray list;
        for (const RunSummary &r : runs)
            list.append(summaryJson(r));
        const QJsonObject doc {{QStringLiteral("history"), QDir::toNativeSeparators(store.path())},
            {QStringLiteral("total_runs"), store.runCount()}, {QStringLiteral("runs"), list}};
        out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else if (runs.isEmpty()) {
        out() << Text::tr("No runs in the history %1 yet.\n").arg(QDir::toNativeSeparators(store.path()));
    } else {
        out() << listText(runs);
    }
    out().flush();
    return ExitNoProblem;
}

} // namespace gatecheck::cli
