// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/NetworkIdentity.h"

#include "history/AddressScope.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NetworkIdentity)
};

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("wifi"))
        return Text::tr("Wi-Fi");
    if (kind == QLatin1String("ethernet"))
        return Text::tr("Wired network");
    if (kind == QLatin1String("ppp"))
        return Text::tr("Dial-up or mobile connection");
    if (kind == QLatin1String("tunnel"))
        return Text::tr("VPN");
    return Text::tr("Network");
}

// The interface that carries the default route; a physical one is preferred, because the
// network a run was made on is where the computer sits, not the VPN it tunnels through.
const NetworkInterfaceInfo *defaultRouteInterface(const EnvironmentFacts &environment)
{
    const NetworkInterfaceInfo *fallback = nullptr;
    for (const NetworkInterfaceInfo &i : environment.interfaces) {
        if (!i.carriesDefaultRoute && i.gateway.isEmpty())
            continue;
        if (!i.isVpn && i.kind != QLatin1String("tunnel"))
            return &i;
        if (!fallback)
            fallback = &i;
    }
    return fallback;
}

const NetworkInterfaceInfo *activeVpn(const EnvironmentFacts &environment)
{
    for (const NetworkInterfaceInfo &i : environment.interfaces)
        if (i.isVpn && (i.carriesDefaultRoute || i.carriesTargetTraffic))
            return &i;
    return nullptr;
}

QString saltedHash(const QByteArray &salt, const QString &value)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(value.trimmed().toLower().toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

// Without a gateway, the interface's own IPv4 network is the next best sign of "which network".
QString subnetOf(const NetworkInterfaceInfo &i)
{
    for (const QString &a : i.addresses) {
        const auto subnet = QHostAddress::parseSubnet(a);
        if (subnet.first.protocol() == QAbstractSocket::IPv4Protocol && subnet.second > 0) {
            const quint32 mask = subnet.second >= 32 ? 0xffffffffu : ~(0xffffffffu >> subnet.second);
            return QStringLiteral("%1/%2")
                .arg(QHostAddress(subnet.first.toIPv4Address() & mask).toString())
                .arg(subnet.second);
        }
    }
    return {};
}

QString firstPublicAddress(const EnvironmentFacts &environment)
{
    for (const NetworkInterfaceInfo &i : environment.interfaces)
        for (const QString &a : i.addresses)
            if (addressScope(a) == AddressScope::Public)
                return a.section(QLatin1Char('/'), 0, 0);
    return {};
}

} // namespace

bool NetworkIdentity::isEmpty() const
{
    return label.isEmpty() && interfaceKind.isEmpty() && gatewayHash.isEmpty() && ssid.isEmpty()
        && publicIpPrefix.isEmpty();
}

bool NetworkIdentity::sameNetworkAs(const NetworkIdentity &other) const
{
    if (gatewayHash.isEmpty() || gatewayHash != other.gatewayHash)
        return false;
    return ssid.isEmpty() || other.ssid.isEmpty() || ssid == other.ssid;
}

QJsonObject NetworkIdentity::toJson() const
{
    return {{QStringLiteral("label"), label}, {QStringLiteral("interface_kind"), interfaceKind},
        {QStringLiteral("gateway_hash"), gatewayHash}, {QStringLiteral("ssid"), ssid},
        {QStringLiteral("public_ip_prefix"), publicIpPrefix}};
}

NetworkIdentity NetworkIdentity::fromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("label")).toString(), o.value(QStringLiteral("interface_kind")).toString(),
        o.value(QStringLiteral("gateway_hash")).toString(), o.value(QStringLiteral("ssid")).toString(),
        o.value(QStringLiteral("public_ip_prefix")).toString()};
}

QString publicIpPrefix(const QString &address)
{
    QHostAddress a;
    if (!a.setAddress(address.trimmed().section(QLatin1Char('/'), 0, 0)))
        return {};
    if (a.protocol() == QAbstractSocket::IPv4Protocol)
        return QStringLiteral("%1/24").arg(QHostAddress(a.toIPv4Address() & 0xffffff00u).toString());
    Q_IPV6ADDR bytes = a.toIPv6Address();
    for (int i = 6; i < 16; ++i)
        bytes[i] = 0;
    return QStringLiteral("%1/48").arg(QHostAddress(bytes).toString());
}

NetworkIdentity networkIdentityFromEnvironment(
    const EnvironmentFacts &environment, const NetworkIdentityOptions &options)
{
    NetworkIdentity id;
    const NetworkInterfaceInfo *primary = defaultRouteInterface(environment);
    const NetworkInterfaceInfo *vpn = activeVpn(environment);
    if (primary) {
        id.interfaceKind = primary->kind;
        id.ssid = primary->ssid;
        const QString where = primary->gateway.isEmpty() ? subnetOf(*primary) : primary->gateway;
        if (!where.isEmpty())
            id.gatewayHash = saltedHash(options.salt, where);
    }
    if (options.includePublicIp) {
        const QString address = options.publicIp.isEmpty() ? firstPublicAddress(environment) : options.publicIp;
        if (addressScope(address) == AddressScope::Public)
            id.publicIpPrefix = publicIpPrefix(address);
    }

    if (!options.label.isEmpty()) {
        id.label = options.label;
    } else if (primary) {
        id.label = primary->ssid.isEmpty() ? Text::tr("%1 (%2)").arg(kindLabel(primary->kind), primary->name)
                                           : Text::tr("%1 \u201c%2\u201d").arg(kindLabel(primary->kind), primary->ssid);
        if (vpn && vpn != primary)
            id.label = Text::tr("%1 + VPN (%2)").arg(id.label, vpn->vpnProduct.isEmpty() ? vpn->name : vpn->vpnProduct);
    } else if (environment.collected) {
        id.label = Text::tr("Unknown network");
    }
    return id;
}

} // namespace gatecheck
