// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <chrono>
#include <optional>

namespace gatecheck::cli {

// Exit statuses are a stable contract (docs/cli.md).
enum ExitCode : int {
    ExitNoProblem = 0,
    ExitProblemFound = 1,
    ExitUsage = 2,
    ExitInternal = 3,
};

QTextStream &out();
QTextStream &err();

// Prints "gatecheck-cli: <message>" on stderr and returns ExitUsage.
int usageError(const QString &message);

// Parses a command's arguments; handles --help (prints it, ExitNoProblem) and errors
// (ExitUsage). With `positionals` = 0, any positional argument is an error; with N > 0,
// exactly N are required (`what` names them in the message). Returns an exit status when the
// command should end now, else nullopt.
std::optional<int> parseArguments(
    QCommandLineParser &parser, const QStringList &arguments, int positionals = 0, const QString &what = {});

// Reads a "seconds" option (0 < value <= 600) into `target`; leaves it alone when the option
// is not given. Returns false, after printing the usage error, when the value is bad.
bool readSeconds(const QCommandLineParser &parser, const QCommandLineOption &option, std::chrono::milliseconds &target);

} // namespace gatecheck::cli
