// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace gatecheck {

// An alternate DNS server given as "IP", "IP:PORT", "[IPv6]" or "[IPv6]:PORT".
struct ResolverEndpoint
{
    QString address;
    quint16 port = 53;

    QString toString() const; // "1.1.1.1:53", "[::1]:5353"
    static std::optional<ResolverEndpoint> parse(const QString &text, QString *error = nullptr);
    bool operator==(const ResolverEndpoint &o) const { return address == o.address && port == o.port; }
};

} // namespace gatecheck
