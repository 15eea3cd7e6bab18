// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

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

} // namespace gatecheck::cli
