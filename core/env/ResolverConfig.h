// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gatecheck::env {

// /etc/resolv.conf (and /run/systemd/resolve/resolv.conf).
struct ResolvConf
{
    QStringList nameservers;
    QStringList search;
    QStringList options;
};
ResolvConf parseResolvConf(const QString &text);

// True for systemd-resolved's local stub listeners (127.0.0.53, and 127.0.0.54 in proxy mode).
bool isResolvedStub(const QString &nameserver);

// `resolvectl status` (systemd >= 239) or `systemd-resolve --status` (older): the global
// section and one section per link, with DNS servers, domains and the DefaultRoute flag.
struct ResolvedLink
{
    QString name; // "Global" or the interface name
    QStringList dnsServers;
    QString currentServer;
    QStringList domains; // "~corp.example" = routing-only domain (split DNS)
    bool defaultRoute = true;
};
QList<ResolvedLink> parseResolvectlStatus(const QString &text);

// The hosts file: each line "address name [aliases...]", '#' comments.
struct HostsEntry
{
    QString address;
    QString name;
    int line = 0;
};
QList<HostsEntry> parseHostsFile(const QString &text, int *skipped = nullptr);

// Entries that pin one of `hosts` or any name in their domains (e.g. a stale
// "203.0.113.9 login.xero.com" or "0.0.0.0 xero.com"). `domains` are derived from the hosts
// by dropping the first label while two labels remain.
QList<HostsOverride> hostsOverridesFor(const QList<HostsEntry> &entries, const QStringList &hosts, const QString &file);

} // namespace gatecheck::env
