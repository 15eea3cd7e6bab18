// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/InterfaceClassifier.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

namespace gatecheck::env {

namespace {

QList<QRegularExpression> compile(const QJsonValue &list, bool wholeName)
{
    QList<QRegularExpression> out;
    for (const QJsonValue &v : list.toArray()) {
        const QString pattern = wholeName ? QStringLiteral("^(?:%1)$").arg(v.toString()) : v.toString();
        QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        if (re.isValid())
            out << re;
    }
    return out;
}

bool anyMatch(const QList<QRegularExpression> &patterns, const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QRegularExpression &re : patterns)
        if (re.match(text).hasMatch())
            return true;
    return false;
}

bool hasRoutableAddress(const QStringList &addresses)
{
    for (const QString &text : addresses) {
        const QHostAddress a(text);
        if (!a.isNull() && !a.isLoopback() && !a.isLinkLocal())
            return true;
    }
    return false;
}

} // namespace

const VpnCatalog &VpnCatalog::builtIn()
{
    static const VpnCatalog catalog = [] {
        QFile file(QStringLiteral(":/gatecheck/env/vpn-products.json"));
        if (!file.open(QIODevice::ReadOnly))
            return VpnCatalog {};
        return fromJson(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return catalog;
}

VpnCatalog VpnCatalog::fromJson(const QJsonObject &o, QString *error)
{
    VpnCatalog c;
    for (const QJsonValue &v : o.value(QStringLiteral("products")).toArray()) {
        const QJsonObject p = v.toObject();
        Product product {p.value(QStringLiteral("product")).toString(), compile(p.value(QStringLiteral("names")), true),
            compile(p.value(QStringLiteral("descriptions")), false)};
        if (product.name.isEmpty())
            continue;
        c.m_products << product;
    }
    c.m_genericNames =
        compile(o.value(QStringLiteral("generic_tunnels")).toObject().value(QStringLiteral("names")), true);
    const QJsonObject virt = o.value(QStringLiteral("virtual_not_vpn")).toObject();
    c.m_virtualNames = compile(virt.value(QStringLiteral("names")), true);
    c.m_virtualDescriptions = compile(virt.value(QStringLiteral("descriptions")), false);
    if (c.m_products.isEmpty() && error)
        *error = QStringLiteral("the VPN product table has no products");
    return c;
}

QString VpnCatalog::productFor(const QString &name, const QString &description) const
{
    for (const Product &p : m_products)
        if (anyMatch(p.names, name))
            return p.name;
    for (const Product &p : m_products)
        if (anyMatch(p.descriptions, description))
            return p.name;
    return {};
}

bool VpnCatalog::isGenericTunnelName(const QString &name) const
{
    return anyMatch(m_genericNames, name);
}

bool VpnCatalog::isVirtualNotVpn(const QString &name, const QString &description) const
{
    return anyMatch(m_virtualNames, name) || anyMatch(m_virtualDescriptions, description);
}

NetworkInterfaceInfo classifyInterface(const InterfaceSample &s, const VpnCatalog &catalog)
{
    NetworkInterfaceInfo info;
    info.name = s.displayName.isEmpty() || s.displayName == s.name
        ? s.name
        : QStringLiteral("%1 (%2)").arg(s.displayName, s.name);
    info.description = s.description;
    info.addresses = s.addresses;
    info.mtu = s.mtu;
    info.up = s.up;
    info.dnsServers = s.dnsServers;

    const bool virtualNotVpn =
        catalog.isVirtualNotVpn(s.name, s.description) || catalog.isVirtualNotVpn(s.displayName, QString());
    QString product = virtualNotVpn ? QString() : catalog.productFor(s.name, s.description);
    if (product.isEmpty() && !virtualNotVpn && !s.displayName.isEmpty())
        product = catalog.productFor(s.displayName, QString());
    const bool genericTunnel =
        catalog.isGenericTunnelName(s.name) || s.tunDevice || s.hardwareKind == QLatin1String("tunnel");

    if (s.hardwareKind == QLatin1String("loopback"))
        info.kind = QStringLiteral("loopback");
    else if (virtualNotVpn)
        info.kind = QStringLiteral("virtual");
    else if (s.hardwareKind == QLatin1String("ppp") || s.name.startsWith(QLatin1String("ppp")))
        info.kind = QStringLiteral("ppp");
    else if (genericTunnel || s.pointToPoint || (!product.isEmpty() && s.hardwareKind == QLatin1String("virtual")))
        info.kind = QStringLiteral("tunnel");
    else if (s.hardwareKind == QLatin1String("wifi") || s.hardwareKind == QLatin1String("ethernet"))
        info.kind = s.hardwareKind;
    else if (s.hardwareKind == QLatin1String("virtual"))
        info.kind = QStringLiteral("virtual");
    else
        info.kind = QStringLiteral("unknown");

    // A VPN is a recognised product or an unnamed tunnel that is up with a routable address
    // (macOS keeps idle utun0..3 with link-local addresses only; those are not VPNs).
    info.vpnProduct = product;
    const bool candidate = !product.isEmpty() || (genericTunnel && info.kind != QLatin1String("loopback"))
        || info.kind == QLatin1String("ppp");
    info.isVpn = candidate && s.up && hasRoutableAddress(s.addresses);
    return info;
}

void applyTunnelModes(QList<NetworkInterfaceInfo> &interfaces)
{
    for (NetworkInterfaceInfo &i : interfaces) {
        if (!i.isVpn)
            i.tunnelMode.clear();
        else
            i.tunnelMode = i.carriesDefaultRoute ? QStringLiteral("full") : QStringLiteral("split");
    }
}

} // namespace gatecheck::env
