// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/RouteLookup.h"

#include <QRegularExpression>
#include <QUdpSocket>
#include <QtEndian>

namespace gatecheck::env {

QHostAddress localAddressTowards(const QHostAddress &destination, QString *error)
{
    QUdpSocket socket;
    socket.connectToHost(destination, 443);
    // For UDP "connecting" is a local route lookup; it finishes at once or fails at once.
    if (socket.state() != QAbstractSocket::ConnectedState && !socket.waitForConnected(1000)) {
        if (error)
            *error = socket.errorString();
        return {};
    }
    QHostAddress local = socket.localAddress();
    local.setScopeId(QString());
    return local;
}

QList<RouteEntry> parseProcNetRoute(const QString &text)
{
    QList<RouteEntry> routes;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList f = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.size() < 8 || f.at(0) == QLatin1String("Iface"))
            continue;
        bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
        const quint32 dest = f.at(1).toUInt(&ok1, 16);
        const quint32 gateway = f.at(2).toUInt(&ok2, 16);
        const uint flags = f.at(3).toUInt(&ok3, 16);
        const quint32 mask = f.at(7).toUInt(&ok4, 16);
        if (!ok1 || !ok2 || !ok3 || !ok4)
            continue;
        RouteEntry r;
        r.interfaceName = f.at(0);
        // The kernel prints each address as a native integer; these fixtures and every Linux PC
        // are little-endian, so the bytes are swapped back into network order.
        r.destination = QHostAddress(qbswap(dest)).toString();
        r.gateway = QHostAddress(qbswap(gateway)).toString();
        r.prefixLength = qPopulationCount(mask);
        r.metric = f.at(6).toInt();
        r.reject = (flags & 0x0200) != 0; // RTF_REJECT
        routes << r;
    }
    return routes;
}

QList<RouteEntry> parseProcNetIpv6Route(const QString &text)
{
    QList<RouteEntry> routes;
    const auto toAddress = [](const QString &hex) {
        Q_IPV6ADDR a {};
        for (int i = 0; i < 16; ++i)
            a.c[i] = quint8(hex.mid(i * 2, 2).toUInt(nullptr, 16));
        return QHostAddress(a).toString();
    };
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.size() < 10 || f.at(0).size() != 32 || f.at(4).size() != 32)
            continue;
        bool ok = false;
        const int prefix = f.at(1).toInt(&ok, 16);
        if (!ok || prefix < 0 || prefix > 128)
            continue;
        RouteEntry r;
        r.destination = toAddress(f.at(0));
        r.prefixLength = prefix;
        r.gateway = toAddress(f.at(4));
        r.metric = int(f.at(5).toUInt(nullptr, 16));
        r.reject = (f.at(8).toUInt(nullptr, 16) & 0x0200) != 0;
        r.interfaceName = f.at(9);
        routes << r;
    }
    return routes;
}

bool isDefaultRoute(const RouteEntry &route)
{
    if (route.reject)
        return false;
    if (route.prefixLength == 0)
        return true;
    if (route.prefixLength == 1)
        return route.destination == QLatin1String("0.0.0.0") || route.destination == QLatin1String("128.0.0.0")
            || route.destination == QLatin1String("::") || route.destination == QLatin1String("8000::");
    return false;
}

} // namespace gatecheck::env
