// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gatecheck {

// What kind of address a string is, for privacy decisions (redaction, network identity).
// QHostAddress::isGlobal() counts RFC 1918 space as global, so the ranges are checked here.
enum class AddressScope {
    NotAnAddress,
    Loopback, // 127.0.0.0/8, ::1
    Private, // 10/8, 172.16/12, 192.168/16, 100.64/10 (carrier-grade NAT), fc00::/7, fec0::/10
    LinkLocal, // 169.254/16, fe80::/10
    Public, // everything else that is unicast
    Special, // unspecified, multicast, broadcast, reserved
};

// Accepts "192.168.1.5", "fe80::1%eth0", "10.0.0.2/24" (a prefix length is ignored).
AddressScope addressScope(const QString &text);

} // namespace gatecheck
