// SPDX-License-Identifier: GPL-3.0-or-later
#include "Netns.h"

#include "RigProcess.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace gatecheck::rig {

namespace {

QAtomicInt g_counter;

bool runCommand(const QStringList &command, const QByteArray &input, QString *output, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = command;
    const QString program = args.takeFirst();
    process.start(findProgram(program).isEmpty() ? program : findProgram(program), args);
    if (!process.waitForStarted(5000)) {
        if (error)
            *error = QStringLiteral("%1 did not start").arg(program);
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(30000);
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("`%1` failed: %2").arg(command.join(QLatin1Char(' ')), text.trimmed());
        return false;
    }
    return true;
}

} // namespace

Netns::Netns(const QString &purpose)
    // Short names: interface names derived from it must fit in 15 characters.
    : m_name(QStringLiteral("gc%1%2%3")
                 .arg(purpose.left(3))
                 .arg(QCoreApplication::applicationPid() % 100000)
                 .arg(g_counter.fetchAndAddRelaxed(1)))
{ }

Netns::~Netns()
{
    if (!m_created)
        return;
    // Kill anything still running inside, then remove the namespace and its /etc files.
    QString pids;
    if (runCommand({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("pids"), m_name}, {}, &pids, nullptr))
        for (const QString &pid : pids.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            runCommand({QStringLiteral("kill"), QStringLiteral("-9"), pid.trimmed()}, {}, nullptr, nullptr);
    runCommand({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("delete"), m_name}, {}, nullptr, nullptr);
    QDir(QStringLiteral("/etc/netns/") + m_name).removeRecursively();
}

bool Netns::create(QString *error)
{
    if (!runCommand({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("add"), m_name}, {}, nullptr, error))
        return false;
    m_created = true;
    return ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}, error);
}

QStringList Netns::execPrefix() const
{
    return {findProgram(QStringLiteral("ip")), QStringLiteral("netns"), QStringLiteral("exec"), m_name};
}

bool Netns::run(const QStringList &command, QString *output, QString *error) const
{
    return runCommand(execPrefix() + command, {}, output, error);
}

bool Netns::ip(const QStringList &args, QString *error) const
{
    return runCommand(QStringList {QStringLiteral("ip"), QStringLiteral("-n"), m_name} + args, {}, nullptr, error);
}

static bool writeEtcFile(const QString &ns, const QString &file, const QByteArray &content, QString *error)
{
    const QString dir = QStringLiteral("/etc/netns/") + ns;
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

bool Netns::setResolvConf(const QByteArray &content, QString *error)
{
    return writeEtcFile(m_name, QStringLiteral("resolv.conf"), content, error);
}

bool Netns::setHosts(const QByteArray &content, QString *error)
{
    return writeEtcFile(m_name, QStringLiteral("hosts"), content, error);
}

bool Netns::addAddress(const QString &device, const QString &cidr, QString *error) const
{
    return ip({QStringLiteral("addr"), QStringLiteral("add"), cidr, QStringLiteral("dev"), device}, error);
}

bool Netns::linkTo(Netns &peer, const QString &myCidr, const QString &peerCidr, QString *error)
{
    const QString mine = QStringLiteral("v%1a%2").arg(m_name.right(8)).arg(m_vethCount);
    const QString theirs = QStringLiteral("v%1b%2").arg(m_name.right(8)).arg(m_vethCount);
    ++m_vethCount;
    return runCommand({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("add"), mine,
                          QStringLiteral("netns"), m_name, QStringLiteral("type"), QStringLiteral("veth"),
                          QStringLiteral("peer"), QStringLiteral("name"), theirs, QStringLiteral("netns"), peer.name()},
               {}, nullptr, error)
        && addAddress(mine, myCidr, error) && peer.addAddress(theirs, peerCidr, error)
        && ip({QStringLiteral("link"), QStringLiteral("set"), mine, QStringLiteral("up")}, error)
        && peer.ip({QStringLiteral("link"), QStringLiteral("set"), theirs, QStringLiteral("up")}, error);
}

bool Netns::addTun(const QString &device, const QString &cidr, bool defaultRoute, QString *error) const
{
    if (!ip({QStringLiteral("tuntap"), QStringLiteral("add"), QStringLiteral("dev"), device, QStringLiteral("mode"),
                QStringLiteral("tun")},
            error)
        || !addAddress(device, cidr, error)
        || !ip({QStringLiteral("link"), QStringLiteral("set"), device, QStringLiteral("up")}, error))
        return false;
    return !defaultRoute
        || ip({QStringLiteral("route"), QStringLiteral("replace"), QStringLiteral("default"), QStringLiteral("dev"),
                  device},
            error);
}

bool Netns::nft(const QByteArray &ruleset, QString *error) const
{
    return runCommand(execPrefix() + QStringList {QStringLiteral("nft"), QStringLiteral("-f"), QStringLiteral("-")},
        ruleset, nullptr, error);
}

} // namespace gatecheck::rig
