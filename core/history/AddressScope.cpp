// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/AddressScope.h"

#include <QHostAddress>

namespace gatecheck {

namespace {

bool inSubnet(const QHostAddress &address, const char *subnet)
{
    return address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet)));
}

} // namespace

AddressScope addressScope(const QString &text)
{
    QString bare = text.trimmed();
    const qsizetype slash = bare.indexOf(QLatin1Char('/'));
    if (slash > 0)
        bare.truncate(slash);
    QHostAddress address;
    if (bare.isEmpty() || !address.setAddress(bare))
        return AddressScope::NotAnAddress;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4)
        address = QHostAddress(v4);
    if (address.isLoopback())
        return AddressScope::Loopback;
    if (address.isLinkLocal())
        return AddressScope::LinkLocal;
    if (address.isNull() || address.isMulticast() || address.isBroadcast() || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6)
        return AddressScope::Special;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        if (inSubnet(address, "10.0.0.0/8") || inSubnet(address, "172.16.0.0/12") || inSubnet(address, "192.168.0.0/16")
            || inSubnet(address, "100.64.0.0/10"))
            return AddressScope::Private;
        if (inSubnet(address, "0.0.0.0/8") || inSubnet(address, "240.0.0.0/4"))
            return AddressScope::Special;
        return AddressScope::Public;
    }
    if (address.isUniqueLocalUnicast() || address.isSiteLocal())
        return AddressScope::Private;
    return AddressScope::Public;
}

} // namespace gatecheck
