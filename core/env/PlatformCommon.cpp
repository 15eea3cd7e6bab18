// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of the platform layer every OS shares.
#include "env/PlatformEnvironment.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QProcess>
#include <QStandardPaths>

namespace gatecheck::env::platform {

QList<InterfaceSample> qtInterfaceSamples()
{
    QList<InterfaceSample> samples;
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
        InterfaceSample s;
        s.name = i.name();
        if (i.humanReadableName() != i.name())
            s.displayName = i.humanReadableName();
        s.index = i.index();
        s.mtu = i.maximumTransmissionUnit();
        // Administratively up is what routing follows; a tunnel whose client is reconnecting
        // may briefly have no carrier and still take the traffic.
        s.up = i.flags().testFlag(QNetworkInterface::IsUp);
        s.pointToPoint = i.flags().testFlag(QNetworkInterface::IsPointToPoint);
        switch (i.type()) {
        case QNetworkInterface::Loopback:
            s.hardwareKind = QStringLiteral("loopback");
            break;
        case QNetworkInterface::Ethernet:
            s.hardwareKind = QStringLiteral("ethernet");
            break;
        case QNetworkInterface::Wifi:
            s.hardwareKind = QStringLiteral("wifi");
            break;
        case QNetworkInterface::Ppp:
            s.hardwareKind = QStringLiteral("ppp");
            break;
        case QNetworkInterface::Virtual:
            s.hardwareKind = QStringLiteral("virtual");
            break;
        default:
            s.hardwareKind = QStringLiteral("unknown");
            break;
        }
        for (const QNetworkAddressEntry &e : i.addressEntries()) {
            QHostAddress a = e.ip();
            a.setScopeId(QString());
            s.addresses << a.toString();
        }
        samples << s;
    }
    return samples;
}

std::optional<QString> runTool(const QString &program, const QStringList &arguments, int timeoutMs, int *exitCode)
{
    const QString path = QStandardPaths::findExecutable(program).isEmpty()
        ? QStandardPaths::findExecutable(program,
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin")})
        : QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return std::nullopt;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(path, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted(timeoutMs))
        return std::nullopt;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    if (exitCode)
        *exitCode = process.exitCode();
    if (process.exitStatus() != QProcess::NormalExit)
        return std::nullopt;
    // Tool output is small; 4 MiB bounds a misbehaving one.
    return QString::fromLocal8Bit(process.readAllStandardOutput().left(4 * 1024 * 1024));
}

} // namespace gatecheck::env::platform
