// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/LocalDnsServers.h"

#include "env/FileRead.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QtEndian>

namespace gatecheck::env {

namespace {

QString hexToAddress(const QString &hex)
{
    if (hex.size() == 8) {
        bool ok = false;
        const quint32 v = hex.toUInt(&ok, 16);
        return ok ? QHostAddress(qbswap(v)).toString() : QString();
    }
    if (hex.size() == 32) {
        // Four 32-bit words, each printed as a native (little-endian) integer.
        Q_IPV6ADDR a {};
        for (int w = 0; w < 4; ++w) {
            bool ok = false;
            const quint32 v = hex.mid(w * 8, 8).toUInt(&ok, 16);
            if (!ok)
                return {};
            const quint32 be = qbswap(v);
            for (int b = 0; b < 4; ++b)
                a.c[w * 4 + b] = quint8(be >> (24 - 8 * b));
        }
        return QHostAddress(a).toString();
    }
    return {};
}

QString readText(const QString &path, qint64 max = 64 * 1024)
{
    const auto data = readCapped(path, max);
    return data ? QString::fromUtf8(*data) : QString();
}

} // namespace

QList<ProcSocket> parseProcNetSockets(const QString &text)
{
    QList<ProcSocket> sockets;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.size() < 10 || !f.at(0).endsWith(QLatin1Char(':')))
            continue;
        const QString local = f.at(1);
        const qsizetype colon = local.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        ProcSocket s;
        s.address = hexToAddress(local.left(colon));
        bool ok = false;
        s.port = quint16(local.mid(colon + 1).toUInt(&ok, 16));
        if (s.address.isEmpty() || !ok)
            continue;
        s.uid = f.at(7).toInt();
        s.inode = f.at(9).toULongLong();
        sockets << s;
    }
    return sockets;
}

QList<LocalDnsServer> findLocalDnsServers(const QString &nameserver, const QString &procRoot)
{
    const QHostAddress wanted(nameserver);
    QHash<quint64, QString> inodes; // socket inode -> listening address
    for (const char *file : {"net/udp", "net/udp6"}) {
        for (const ProcSocket &s :
            parseProcNetSockets(readText(procRoot + QLatin1Char('/') + QString::fromLatin1(file), 16 * 1024 * 1024))) {
            if (s.port != 53 || s.inode == 0)
                continue;
            const QHostAddress bound(s.address);
            const bool wildcard = bound == QHostAddress::AnyIPv4 || bound == QHostAddress::AnyIPv6;
            if (wildcard || bound.isEqual(wanted, QHostAddress::ConvertV4MappedToIPv4))
                inodes.insert(s.inode, s.address);
        }
    }
    QList<LocalDnsServer> servers;
    if (inodes.isEmpty())
        return servers;
    static const QRegularExpression socketLink(QStringLiteral("^socket:\\[(\\d+)\\]$"));
    const QStringList pids = QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        const int pidValue = pid.toInt(&numeric);
        if (!numeric)
            continue;
        const QDir fds(procRoot + QLatin1Char('/') + pid + QLatin1String("/fd"));
        for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
            const auto m = socketLink.match(QFile::symLinkTarget(fds.filePath(fd)).section(QLatin1Char('/'), -1));
            if (!m.hasMatch() || !inodes.contains(m.captured(1).toULongLong()))
                continue;
            LocalDnsServer server;
            server.pid = pidValue;
            server.program = readText(procRoot + QLatin1Char('/') + pid + QLatin1String("/comm")).trimmed();
            server.address = inodes.value(m.captured(1).toULongLong());
            server.commandLine = readText(procRoot + QLatin1Char('/') + pid + QLatin1String("/cmdline"))
                                     .split(QChar(0), Qt::SkipEmptyParts);
            const bool known = std::any_of(
                servers.cbegin(), servers.cend(), [&](const LocalDnsServer &s) { return s.pid == server.pid; });
            if (!known)
                servers << server;
            break;
        }
    }
    return servers;
}

} // namespace gatecheck::env
