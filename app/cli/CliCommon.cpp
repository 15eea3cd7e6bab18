// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include <cstdio>

namespace gatecheck::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << "gatecheck-cli: " << message << Qt::endl;
    return ExitUsage;
}

} // namespace gatecheck::cli
