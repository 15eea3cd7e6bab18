// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CliCommon.h"
#include "ReportCli.h"
#include "profiles/ProfileRegistry.h"
#include "report/Redaction.h"

#include <QFileInfo>

namespace gatecheck::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

// Today's profile for the saved id when this Gatecheck knows it, else the one saved in the file.
VendorProfile profileFor(const Report &report, const QString &requested, QString *error)
{
    const ProfileRegistry registry;
    if (!requested.isEmpty()) {
        const auto p = registry.find(requested, error);
        return p ? *p : VendorProfile {};
    }
    if (const auto p = registry.find(report.profile.id))
        return *p;
    return report.profile;
}

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Renders a saved report (the JSON of a report, of `diagnose --json`, or bare evidence) as PDF,\n"
                 "HTML, JSON, plain text or Markdown. Private details are removed unless --no-redact is given.\n"
                 "Exit status: 0 written, 2 usage error or unreadable input, 3 internal error."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("saved"), Text::tr("The saved report (.json)."), Text::tr("SAVED.json"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
        Text::tr("pdf, html, json, txt or md (default: from --out, else txt)."), Text::tr("FORMAT"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
        Text::tr("Where to write (default: standard output; needed for pdf)."), Text::tr("FILE"));
    const QCommandLineOption rediagnoseOpt(
        QStringLiteral("rediagnose"), Text::tr("Diagnose the saved evidence again with today's rules."));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
        Text::tr("Profile for --rediagnose (default: the saved one)."), Text::tr("NAME|FILE"));
    parser.addOptions({formatOpt, outOpt, rediagnoseOpt, profileOpt});
    const ReportOptionSet shared = addReportOptions(parser);

    if (const auto exit =
            parseArguments(parser, arguments, 1, Text::tr("report takes exactly one saved report (try --help)")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    ReportRequest request;
    if (const auto exit = readReportOptions(parser, shared, request))
        return *exit;

    const QString outPath = parser.value(outOpt);
    std::optional<ReportFormat> format;
    if (parser.isSet(formatOpt)) {
        format = reportFormatFromName(parser.value(formatOpt));
        if (!format)
            return usageError(
                Text::tr("--format takes pdf, html, json, txt or md, got \"%1\"").arg(parser.value(formatOpt)));
    } else if (!outPath.isEmpty()) {
        format = reportFormatForPath(outPath);
        if (!format)
            return usageError(Text::tr("cannot tell the format from \"%1\": add --format").arg(outPath));
    } else {
        format = ReportFormat::Text;
    }
    if (*format == ReportFormat::Pdf && outPath.isEmpty())
        return usageError(Text::tr("a PDF needs --out FILE"));

    QString why;
    auto loaded = loadReport(positional.constFirst(), &why);
    if (!loaded)
        return usageError(why);
    Report report = std::move(*loaded);

    if (parser.isSet(rediagnoseOpt) || !report.hasDiagnosis()) {
        const VendorProfile profile = profileFor(report, parser.value(profileOpt), &why);
        if (parser.isSet(profileOpt) && profile.id.isEmpty())
            return usageError(why);
        report = rediagnose(report, profile);
    }
    if (request.audienceGiven)
        report.options.audience = request.options.audience;
    mergeNote(report.note, request.note);
    if (!request.networkLabel.isEmpty())
        report.network.label = request.networkLabel;
    report.options.includePublicIp = request.options.includePublicIp;
    if (request.redactGiven && report.redacted)
        err() << "gatecheck-cli: "
              << Text::tr("warning: %1 was saved redacted; what was removed cannot be restored")
                     .arg(positional.constFirst())
              << Qt::endl;
    if (!request.redactGiven) {
        report.options.redact = true;
        redactReport(report);
    }

    if (outPath.isEmpty()) {
        switch (*format) {
        case ReportFormat::Json:
            out() << QString::fromUtf8(renderJson(report));
            break;
        case ReportFormat::Html:
            out() << renderHtml(report);
            break;
        case ReportFormat::Markdown:
            out() << renderMarkdown(report);
            break;
        default:
            out() << renderText(report);
            break;
        }
        out().flush();
        return ExitNoProblem;
    }
    if (!writeReport(report, *format, outPath, &why))
        return internalError(why);
    return ExitNoProblem;
}

} // namespace gatecheck::cli
