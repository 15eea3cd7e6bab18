// SPDX-License-Identifier: GPL-3.0-or-later
#include "RigCli.h"

#include <QJsonDocument>
#include <QProcess>

namespace gatecheck::rig {

QString CliResult::describe() const
{
    return QStringLiteral("exit %1%2\nstderr: %3\nstdout: %4")
        .arg(exitCode)
        .arg(finished ? QString() : QStringLiteral(" (did not finish)"), QString::fromUtf8(err.left(2000)),
            QString::fromUtf8(out.left(3000)));
}

CliResult runCli(const QString &program, const QStringList &arguments, const QStringList &prefix,
    const QMap<QString, QString> &environment, std::chrono::milliseconds timeout)
{
    CliResult result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    QStringList command = prefix;
    command << program << arguments;
    process.start(command.takeFirst(), command);
    if (!process.waitForStarted(10000))
        return result;
    result.finished = process.waitForFinished(int(timeout.count()));
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    const QJsonDocument doc = QJsonDocument::fromJson(result.out);
    if (doc.isObject())
        result.json = doc.object();
    return result;
}

} // namespace gatecheck::rig
