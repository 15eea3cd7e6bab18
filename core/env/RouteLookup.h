// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace gatecheck::env {

// Addresses that stand for "anywhere on the internet" in a route lookup (documentation
// ranges, RFC 5737 / RFC 3849). Nothing is ever sent to them: connecting a UDP socket only
// asks the kernel which route and source address it would use.
inline constexpr const char *kInternetReferenceV4 = "198.51.100.1";
inline constexpr const char *kInternetReferenceV6 = "2001:db8::1";

// The local address the kernel would send from to reach `destination` (policy routing,
// VPN routes and all), found by connecting a UDP socket — which sends no packet. Null when
// there is no route; `error` then says why.
QHostAddress localAddressTowards(const QHostAddress &destination, QString *error = nullptr);

// One route from the kernel's table.
struct RouteEntry
{
    QString interfaceName;
    QString destination; // "0.0.0.0", "::"
    int prefixLength = 0;
    QString gateway;
    int metric = 0;
    bool reject = false; // unreachable/blackhole routes
};

// Linux /proc/net/route (IPv4, little-endian hex) and /proc/net/ipv6_route.
QList<RouteEntry> parseProcNetRoute(const QString &text);
QList<RouteEntry> parseProcNetIpv6Route(const QString &text);

// A route that takes all internet traffic: 0/0, or the two halves 0/1 + 128/1 that OpenVPN
// and others add to override the default route without replacing it.
bool isDefaultRoute(const RouteEntry &route);

} // namespace gatecheck::env
