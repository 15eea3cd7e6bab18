// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include <QCoreApplication>

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

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliCommon)
};
} // namespace

std::optional<int> parseArguments(
    QCommandLineParser &parser, const QStringList &arguments, int positionals, const QString &what)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return ExitNoProblem;
    }
    const QStringList given = parser.positionalArguments();
    if (positionals == 0 && !given.isEmpty())
        return usageError(Text::tr("unexpected argument \"%1\"").arg(given.constFirst()));
    if (positionals > 0 && given.size() != positionals)
        return usageError(what);
    return std::nullopt;
}

bool readSeconds(const QCommandLineParser &parser, const QCommandLineOption &option, std::chrono::milliseconds &target)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double seconds = parser.value(option).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600) {
        usageError(Text::tr("--%1 takes a number of seconds from 0 to 600").arg(option.names().constFirst()));
        return false;
    }
    target = std::chrono::milliseconds(static_cast<qint64>(seconds * 1000));
    return true;
}

} // namespace gatecheck::cli
