// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace gatecheck::rig {

// A network namespace made by a test (needs root): its own loopback, addresses, routes,
// firewall and — through /etc/netns/NAME/ — its own resolv.conf and hosts file, which
// become the "system resolver" of anything run inside it with `ip netns exec`. Removed,
// with everything in it, when the object goes away. Traffic never leaves the namespaces
// the test made.
class Netns
{
public:
    explicit Netns(const QString &purpose = QStringLiteral("t"));
    ~Netns();
    Netns(const Netns &) = delete;
    Netns &operator=(const Netns &) = delete;

    bool create(QString *error = nullptr);
    const QString &name() const { return m_name; }
    // Put in front of a command to run it inside: {"ip", "netns", "exec", NAME}.
    QStringList execPrefix() const;

    // Runs a command inside the namespace and waits (30 s at most).
    bool run(const QStringList &command, QString *output = nullptr, QString *error = nullptr) const;
    // Shorthand for `ip -n NAME <args>`.
    bool ip(const QStringList &args, QString *error = nullptr) const;

    bool setResolvConf(const QByteArray &content, QString *error = nullptr);
    bool setHosts(const QByteArray &content, QString *error = nullptr);
    bool addAddress(const QString &device, const QString &cidr, QString *error = nullptr) const;
    // A veth pair between this namespace and `peer`, addressed on both ends and up.
    bool linkTo(Netns &peer, const QString &myCidr, const QString &peerCidr, QString *error = nullptr);
    // A tun device (like a VPN's), addressed and up; with `defaultRoute` it carries all traffic.
    bool addTun(const QString &device, const QString &cidr, bool defaultRoute, QString *error = nullptr) const;
    // Loads an nftables ruleset inside the namespace (e.g. drop or reject TCP to a port).
    bool nft(const QByteArray &ruleset, QString *error = nullptr) const;

private:
    QString m_name;
    bool m_created = false;
    int m_vethCount = 0;
};

} // namespace gatecheck::rig
