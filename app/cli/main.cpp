// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"
#include "CompareCommand.h"
#include "DiagnoseCommand.h"
#include "EnvironmentCommand.h"
#include "FlushDnsCommand.h"
#include "HistoryCommand.h"
#include "ProfilesCommand.h"
#include "ReportCli.h"
#include "ReportCommand.h"

#include <QCoreApplication>

using namespace gatecheck::cli;

namespace {

const char *const kUsage =
    "Usage: gatecheck-cli <command> [options]\n"
    "\n"
    "Finds out why a cloud app (Xero, QuickBooks Online, ...) shows 502/503/504, and who has to act.\n"
    "\n"
    "Commands:\n"
    "  diagnose    Measure every path to the service and print the evidence and verdict\n"
    "  report      Render a saved report again (PDF, HTML, JSON, text, Markdown)\n"
    "  compare     What differs between two runs, the differences that explain a problem first\n"
    "  history     List the stored runs, or render one as a report\n"
    "  profiles    List the vendor profiles (xero, quickbooks, ...) diagnose --profile accepts\n"
    "  environment Show this computer's side: proxies, VPNs, extensions, trust roots, DNS settings\n"
    "  flush-dns   Flush the OS DNS cache and show the answers before and after\n"
    "\n"
    "Run 'gatecheck-cli <command> --help' for a command's options.\n";

} // namespace

int main(int argc, char *argv[])
{
    // A QGuiApplication only when a PDF may be rendered (fonts need it); see ReportCli.h.
    const auto app = createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatecheck"));
    QCoreApplication::setOrganizationName(QStringLiteral("Gatecheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATECHECK_VERSION));

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        out() << kUsage;
        out().flush();
        return args.size() < 2 ? ExitUsage : ExitNoProblem;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        out() << "gatecheck-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitNoProblem;
    }
    const QString command = args.takeAt(1);
    if (command == QLatin1String("diagnose"))
        return runDiagnose(args);
    if (command == QLatin1String("report"))
        return runReport(args);
    if (command == QLatin1String("compare"))
        return runCompare(args);
    if (command == QLatin1String("history"))
        return runHistory(args);
    if (command == QLatin1String("profiles"))
        return runProfiles(args);
    if (command == QLatin1String("environment"))
        return runEnvironment(args);
    if (command == QLatin1String("flush-dns"))
        return runFlushDns(args);
    return usageError(QStringLiteral("unknown command \"%1\" (try --help)").arg(command));
}
