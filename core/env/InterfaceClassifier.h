// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace gatecheck::env {

// What a platform backend knows about one network interface, before classification.
struct InterfaceSample
{
    QString name; // kernel / system name: "eth0", "utun3", "ethernet_32777"
    QString displayName; // Windows friendly name ("Ethernet 2"); empty elsewhere
    QString description; // Windows adapter description, Linux driver/devtype
    QString hardwareKind; // from the OS: "ethernet" | "wifi" | "loopback" | "virtual" | "ppp" | "tunnel" | "unknown"
    bool up = false;
    bool pointToPoint = false;
    bool tunDevice = false; // Linux: a tun/tap device (has tun_flags)
    int mtu = 0;
    int index = 0;
    QStringList addresses; // textual, no scope suffix
    QStringList dnsServers;
};

// The data-driven table of VPN products (resources/env/vpn-products.json).
class VpnCatalog
{
public:
    // The table shipped with Gatecheck.
    static const VpnCatalog &builtIn();
    static VpnCatalog fromJson(const QJsonObject &o, QString *error = nullptr);

    // The product an interface belongs to ("" when none), matched by name then description.
    QString productFor(const QString &name, const QString &description) const;
    bool isGenericTunnelName(const QString &name) const;
    bool isVirtualNotVpn(const QString &name, const QString &description) const;
    int size() const { return int(m_products.size()); }

private:
    struct Product
    {
        QString name;
        QList<QRegularExpression> names;
        QList<QRegularExpression> descriptions;
    };
    QList<Product> m_products;
    QList<QRegularExpression> m_genericNames;
    QList<QRegularExpression> m_virtualNames;
    QList<QRegularExpression> m_virtualDescriptions;
};

// Turns samples into facts: kind, VPN or not, product. Route facts (default route, target
// traffic, tunnel mode) are filled in later from route lookups.
NetworkInterfaceInfo classifyInterface(
    const InterfaceSample &sample, const VpnCatalog &catalog = VpnCatalog::builtIn());

// "full" when a VPN carries the default route, "split" when a VPN is up but internet traffic
// does not go through it; applied to every VPN interface in the list.
void applyTunnelModes(QList<NetworkInterfaceInfo> &interfaces);

} // namespace gatecheck::env
