// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCli.h"

#include "CliCommon.h"
#include "history/HistoryStore.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonObject>

namespace gatecheck::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

bool mayRenderPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((i == 1 && (arg == "report" || arg == "history")) || arg.startsWith("--pdf") || arg.startsWith("--report"))
            return true;
    }
    return false;
}

QtMessageHandler previousHandler = nullptr;

// The offscreen platform asks for the runtime directory, which servers and containers often
// lack; Qt then warns on every run although nothing of it is used. Everything else passes.
void quietOffscreenHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    if (!mayRenderPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // A command line tool never opens a window: do not depend on a display server.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietOffscreenHandler);
    }
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

int internalError(const QString &message)
{
    err() << "gatecheck-cli: " << message << Qt::endl;
    return ExitInternal;
}

ReportOptionSet addReportOptions(QCommandLineParser &parser)
{
    ReportOptionSet s {
        {QStringLiteral("audience"),
            Text::tr("Who the report is for: it (your IT team, default) or vendor (the service's support desk)."),
            Text::tr("it|vendor")},
        {QStringLiteral("no-redact"),
            Text::tr(
                "Keep private details (cookies, tokens, user and computer names, local addresses) in the report.")},
        {QStringLiteral("include-public-ip"), Text::tr("Keep this computer's public IP address in the report.")},
        {QStringLiteral("note"), Text::tr("What went wrong, in your words."), Text::tr("TEXT")},
        {{QStringLiteral("organisation"), QStringLiteral("organization")},
            Text::tr("Your organisation's name, for the vendor's support desk."), Text::tr("NAME")},
        {QStringLiteral("started"), Text::tr("When the problem started."), Text::tr("WHEN")},
        {QStringLiteral("others-affected"), Text::tr("Whether others are affected: yes, no, unknown, or your words."),
            Text::tr("TEXT")},
        {QStringLiteral("feature"), Text::tr("The feature in use (payroll, bank feeds, ...)."), Text::tr("NAME")},
        {QStringLiteral("fact"),
            Text::tr("Another fact the vendor's support asks for, e.g. region=Australia (repeatable)."),
            Text::tr("KEY=VALUE")},
        {QStringLiteral("network-label"), Text::tr("A name for the network this ran on (\"Office Wi-Fi\")."),
            Text::tr("NAME")},
    };
    parser.addOptions({s.audience, s.noRedact, s.includePublicIp, s.note, s.organisation, s.started, s.othersAffected,
        s.feature, s.fact, s.networkLabel});
    return s;
}

std::optional<int> readReportOptions(
    const QCommandLineParser &parser, const ReportOptionSet &set, ReportRequest &request)
{
    if (parser.isSet(set.audience)) {
        const auto audience = audienceFromString(parser.value(set.audience));
        if (!audience)
            return usageError(Text::tr("--audience takes it or vendor, got \"%1\"").arg(parser.value(set.audience)));
        request.options.audience = *audience;
        request.audienceGiven = true;
    }
    request.redactGiven = parser.isSet(set.noRedact);
    request.options.redact = !request.redactGiven;
    request.options.includePublicIp = parser.isSet(set.includePublicIp);
    request.note.whatHappened = parser.value(set.note);
    request.note.organisation = parser.value(set.organisation);
    request.note.startedAt = parser.value(set.started);
    request.note.othersAffected = parser.value(set.othersAffected);
    request.note.feature = parser.value(set.feature);
    for (const QString &fact : parser.values(set.fact)) {
        const qsizetype eq = fact.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(Text::tr("--fact takes KEY=VALUE, got \"%1\"").arg(fact));
        request.note.vendorFacts.insert(fact.left(eq).trimmed(), fact.mid(eq + 1).trimmed());
    }
    request.networkLabel = parser.value(set.networkLabel);
    return std::nullopt;
}

void mergeNote(UserNote &note, const UserNote &given)
{
    const auto take = [](QString &target, const QString &value) {
        if (!value.isEmpty())
            target = value;
    };
    take(note.whatHappened, given.whatHappened);
    take(note.organisation, given.organisation);
    take(note.startedAt, given.startedAt);
    take(note.othersAffected, given.othersAffected);
    take(note.feature, given.feature);
    for (auto it = given.vendorFacts.cbegin(); it != given.vendorFacts.cend(); ++it)
        note.vendorFacts.insert(it.key(), it.value());
}

DiagnoseReportOptionSet addDiagnoseReportOptions(QCommandLineParser &parser)
{
    DiagnoseReportOptionSet s {
        addReportOptions(parser),
        {QStringLiteral("report"),
            Text::tr("Also write a report; the format follows the extension: .pdf, .html, .json, .txt, .md."),
            Text::tr("FILE")},
        {QStringLiteral("pdf"), Text::tr("Also write a PDF report (same as --report FILE.pdf)."), Text::tr("FILE")},
        {QStringLiteral("no-history"), Text::tr("Do not store this run in the history.")},
        {QStringLiteral("db"), Text::tr("History database to store the run in (default: the app's data folder)."),
            Text::tr("PATH")},
    };
    parser.addOptions({s.report, s.pdf, s.noHistory, s.db});
    return s;
}

std::optional<int> readDiagnoseReportOptions(
    const QCommandLineParser &parser, const DiagnoseReportOptionSet &set, ReportRequest &request)
{
    if (const auto exit = readReportOptions(parser, set.shared, request))
        return exit;
    if (parser.isSet(set.report) && parser.isSet(set.pdf))
        return usageError(Text::tr("give either --report or --pdf, not both"));
    if (parser.isSet(set.pdf)) {
        request.path = parser.value(set.pdf);
        request.format = ReportFormat::Pdf;
    } else if (parser.isSet(set.report)) {
        request.path = parser.value(set.report);
        const auto format = reportFormatForPath(request.path);
        if (!format)
            return usageError(Text::tr("--report needs a file ending in .pdf, .html, .json, .txt or .md, got \"%1\"")
                                  .arg(request.path));
        request.format = *format;
    }
    if (parser.isSet(set.noHistory) && parser.isSet(set.db))
        return usageError(Text::tr("--db and --no-history contradict each other"));
    request.history = !parser.isSet(set.noHistory);
    request.historyPath = parser.value(set.db);
    return std::nullopt;
}

int finishDiagnose(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile,
    const ReportRequest &request, int exitSoFar)
{
    NetworkIdentity network;
    if (request.history) {
        HistoryStore store;
        QString why;
        if (store.open(request.historyPath, &why)) {
            network = store.networkIdentityFor(evidence.environment, request.options.includePublicIp);
            if (!request.networkLabel.isEmpty())
                network.label = request.networkLabel;
            if (store.addRun(evidence, diagnosis, network, false,
                    request.note.isEmpty() ? QJsonObject() : request.note.toJson(), &why)
                == 0)
                err() << "gatecheck-cli: " << Text::tr("warning: the run was not stored in the history: %1").arg(why)
                      << Qt::endl;
            store.prune();
        } else {
            // The diagnosis itself succeeded: a history that cannot be opened only costs the record.
            err() << "gatecheck-cli: " << Text::tr("warning: %1").arg(why) << Qt::endl;
        }
    }
    if (request.path.isEmpty())
        return exitSoFar;
    if (network.isEmpty()) {
        NetworkIdentityOptions options;
        options.label = request.networkLabel;
        network = networkIdentityFromEnvironment(evidence.environment, options);
        network.gatewayHash.clear(); // unsalted, it would give the gateway away
    }
    const Report report = buildReport(evidence, diagnosis, profile, request.note, request.options, network);
    QString why;
    if (!writeReport(report, request.format, request.path, &why))
        return internalError(why);
    return exitSoFar;
}

} // namespace gatecheck::cli
