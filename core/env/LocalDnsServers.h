// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace gatecheck::env {

// A socket from /proc/net/udp or /proc/net/udp6.
struct ProcSocket
{
    QString address; // local address, textual
    quint16 port = 0;
    quint64 inode = 0;
    int uid = -1;
};
// Parses /proc/net/udp (IPv4) or /proc/net/udp6 (IPv6) text (little-endian hex fields).
QList<ProcSocket> parseProcNetSockets(const QString &text);

// A process that answers DNS on this computer.
struct LocalDnsServer
{
    int pid = 0;
    QString program; // "dnsmasq", "unbound", "systemd-resolve", "named", ...
    QString address; // where it listens
    QStringList commandLine;
};

// Linux: which processes listen on UDP port 53 at `nameserver` (or the wildcard address),
// found through /proc/net/udp* and /proc/<pid>/fd. Needs to see the other processes' file
// descriptors, i.e. root or the same user; others are simply not found.
QList<LocalDnsServer> findLocalDnsServers(const QString &nameserver, const QString &procRoot = QStringLiteral("/proc"));

} // namespace gatecheck::env
