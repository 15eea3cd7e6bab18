// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareCommand.h"

#include "CliCommon.h"
#include "ReportCli.h"
#include "report/Compare.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace gatecheck::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)
};

struct Side
{
    ComparedRun run;
    QString fallbackLabel;
};

// A saved report file, or "history:ID" from the history database.
std::optional<Side> loadSide(const QString &spec, HistoryStore &store, const QString &dbPath, QString *error)
{
    if (spec.startsWith(QLatin1String("history:"))) {
        bool ok = false;
        const qint64 id = spec.mid(8).toLongLong(&ok);
        if (!ok || id <= 0) {
            *error = Text::tr("\"%1\": history:ID needs a run number").arg(spec);
            return std::nullopt;
        }
        if (!store.isOpen() && !store.open(dbPath, error))
            return std::nullopt;
        const auto stored = store.run(id, error);
        if (!stored)
            return std::nullopt;
        return Side {ComparedRun::fromStoredRun(*stored), Text::tr("run %1").arg(id)};
    }
    const auto report = loadReport(spec, error);
    if (!report)
        return std::nullopt;
    return Side {ComparedRun::fromReport(*report), QFileInfo(spec).completeBaseName()};
}

} // namespace

int runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Compares two runs - office Wi-Fi and a phone hotspot, before and after flushing DNS, this PC and a\n"
        "colleague's - and lists what differs, the differences that explain a problem first.\n"
        "A run is a saved report (.json) or history:ID from the history.\n"
        "Exit status: 0 no differences, 1 differences found, 2 usage error or unreadable input, 3 internal error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("a"), Text::tr("The first run."), Text::tr("A.json|history:ID"));
    parser.addPositionalArgument(QStringLiteral("b"), Text::tr("The second run."), Text::tr("B.json|history:ID"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Text::tr("Print JSON instead of text."));
    const QCommandLineOption labelA(QStringLiteral("label-a"), Text::tr("A name for the first run."), Text::tr("NAME"));
    const QCommandLineOption labelB(
        QStringLiteral("label-b"), Text::tr("A name for the second run."), Text::tr("NAME"));
    const QCommandLineOption dbOpt(
        QStringLiteral("db"), Text::tr("History database for history:ID."), Text::tr("PATH"));
    parser.addOptions({jsonOpt, labelA, labelB, dbOpt});
    if (const auto exit = parseArguments(parser, arguments, 2, Text::tr("compare takes exactly two runs (try --help)")))
        return *exit;
    const QStringList positional = parser.positionalArguments();

    HistoryStore store;
    QString why;
    auto a = loadSide(positional.at(0), store, parser.value(dbOpt), &why);
    if (!a)
        return usageError(why);
    auto b = loadSide(positional.at(1), store, parser.value(dbOpt), &why);
    if (!b)
        return usageError(why);
    // Network names tell the sides apart only when they differ.
    if (a->run.label == b->run.label || a->run.network.label.isEmpty() || b->run.network.label.isEmpty()) {
        a->run.label = a->fallbackLabel;
        b->run.label = b->fallbackLabel;
    }
    if (parser.isSet(labelA))
        a->run.label = parser.value(labelA);
    if (parser.isSet(labelB))
        b->run.label = parser.value(labelB);
    if (a->run.label == b->run.label) {
        a->run.label = Text::tr("%1 (A)").arg(a->run.label);
        b->run.label = Text::tr("%1 (B)").arg(b->run.label);
    }

    const RunComparison comparison = compareRuns(a->run, b->run);
    if (parser.isSet(jsonOpt))
        out() << QString::fromUtf8(QJsonDocument(toJson(comparison)).toJson(QJsonDocument::Indented));
    else
        out() << renderComparisonText(comparison);
    out().flush();
    return comparison.isEmpty() ? ExitNoProblem : ExitProblemFound;
}

} // namespace gatecheck::cli
