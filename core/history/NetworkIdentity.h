// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace gatecheck {

// Which network a run was made on, identified without secrets.
struct NetworkIdentity
{
    QString label; // user-facing: "Office Wi-Fi (eth0)", or a name the user gave
    QString interfaceKind; // "wifi" | "ethernet" | "tunnel" | ...
    QString gatewayHash; // a hash of the default gateway's address, not the address itself
    QString ssid; // when readable
    QString publicIpPrefix; // only when the user allowed it, e.g. "203.0.113.0/24"

    bool isEmpty() const;
    // Two runs were made on the same network: same gateway hash (and SSID when both have one).
    bool sameNetworkAs(const NetworkIdentity &other) const;
    QJsonObject toJson() const;
    static NetworkIdentity fromJson(const QJsonObject &o);
};

struct NetworkIdentityOptions
{
    QByteArray salt; // per installation (HistoryStore::salt()), so hashes cannot be linked across machines
    bool includePublicIp = false;
    QString publicIp; // this machine's public address as seen from outside, when known
    QString label; // a name the user gave; derived from the facts when empty
};

// Derives the identity from the environment facts of a run: the interface that carries the
// default route (VPN tunnels count), a salted SHA-256 of its gateway, the SSID where readable,
// and — only when allowed — the /24 (IPv4) or /48 (IPv6) of the public address.
NetworkIdentity networkIdentityFromEnvironment(
    const EnvironmentFacts &environment, const NetworkIdentityOptions &options = {});

// "203.0.113.77" -> "203.0.113.0/24", "2001:db8:1:2::5" -> "2001:db8:1::/48"; empty when not an address.
QString publicIpPrefix(const QString &address);

} // namespace gatecheck
