// SPDX-License-Identifier: GPL-3.0-or-later
#include "RigProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUdpSocket>

#include <unistd.h>

namespace gatecheck::rig {

RigProcess::RigProcess(QString name)
    : m_name(std::move(name))
{
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("GATECHECK_KEEP_RIG"));
}

RigProcess::~RigProcess()
{
    stop();
}

bool RigProcess::writeFile(const QString &relative, const QByteArray &content) const
{
    QFile file(filePath(relative));
    QDir().mkpath(QFileInfo(file).absolutePath());
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

bool RigProcess::start(
    const QString &program, const QStringList &arguments, const QStringList &prefix, const QProcessEnvironment &env)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(filePath(m_name + QStringLiteral(".log")));
    m_process->setWorkingDirectory(dir());
    m_process->setProcessEnvironment(env);
    QStringList command = prefix;
    command << program << arguments;
    m_process->start(command.takeFirst(), command);
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(m_name, m_process->errorString());
        return false;
    }
    return true;
}

bool RigProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool RigProcess::waitForTcp(const QHostAddress &address, quint16 port, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        if (!isRunning()) {
            m_error = QStringLiteral("%1 exited early:\n%2").arg(m_name, output());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(address, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    m_error =
        QStringLiteral("%1 is not listening on %2:%3:\n%4").arg(m_name, address.toString()).arg(port).arg(output());
    return false;
}

bool RigProcess::waitForOutput(const QString &text, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        if (output().contains(text))
            return true;
        if (!isRunning()) {
            m_error = QStringLiteral("%1 exited early:\n%2").arg(m_name, output());
            return false;
        }
        QThread::msleep(50);
    }
    m_error = QStringLiteral("%1 never printed \"%2\":\n%3").arg(m_name, text, output());
    return false;
}

void RigProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

QString RigProcess::output() const
{
    QFile log(filePath(m_name + QStringLiteral(".log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll().right(64 * 1024));
}

quint16 freeTcpPort(const QHostAddress &address)
{
    QTcpServer server;
    return server.listen(address, 0) ? server.serverPort() : 0;
}

quint16 freeUdpPort(const QHostAddress &address)
{
    QUdpSocket socket;
    return socket.bind(address, 0) ? socket.localPort() : 0;
}

QString findProgram(const QString &name)
{
    const QString inPath = QStandardPaths::findExecutable(name);
    if (!inPath.isEmpty())
        return inPath;
    return QStandardPaths::findExecutable(
        name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin")});
}

bool canUseNetworkNamespaces()
{
    static const bool usable = [] {
        if (::geteuid() != 0 || findProgram(QStringLiteral("ip")).isEmpty())
            return false;
        QProcess probe;
        probe.start(findProgram(QStringLiteral("ip")), {QStringLiteral("netns"), QStringLiteral("list")});
        return probe.waitForFinished(5000) && probe.exitCode() == 0;
    }();
    return usable;
}

} // namespace gatecheck::rig
