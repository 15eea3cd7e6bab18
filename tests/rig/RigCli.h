// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>

namespace gatecheck::rig {

// What one run of the command-line program gave.
struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json; // stdout parsed as a JSON object, when it is one
    QString describe() const; // exit status, stderr and the start of stdout, for failure messages
};

// Runs `program` (the built gatecheck-cli) with `arguments`, optionally inside a namespace or
// another wrapper (`prefix`, e.g. Netns::execPrefix()), with extra environment variables.
// Waits up to `timeout`; stdout and stderr are kept apart so --json output stays parseable.
CliResult runCli(const QString &program, const QStringList &arguments, const QStringList &prefix = {},
    const QMap<QString, QString> &environment = {}, std::chrono::milliseconds timeout = std::chrono::seconds(90));

} // namespace gatecheck::rig
