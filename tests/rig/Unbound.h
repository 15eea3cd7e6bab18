// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RigProcess.h"
#include "net/ResolverEndpoint.h"

#include <QUrl>

#include <memory>

namespace gatecheck::rig {

// A real unbound, started per test on a 127.x address (or inside a namespace) with local
// data only: it never recurses — every name it has not been given is NXDOMAIN. It can also
// serve DNS-over-HTTPS (RFC 8484, HTTP/2, the certificate given) and give a real SERVFAIL.
class Unbound
{
public:
    // `prefix` runs it inside a namespace (Netns::execPrefix()); `address` is where it listens.
    explicit Unbound(QString address = QStringLiteral("127.0.0.1"), QStringList prefix = {});
    ~Unbound();

    // Scenario, before start(). Addresses may mix IPv4 and IPv6.
    void addHost(const QString &name, const QStringList &addresses, int ttl = 300);
    void nxdomain(const QString &name);
    void refuse(const QString &name);
    // SERVFAIL: the name is forwarded over TCP to a port where nothing listens, which
    // unbound answers with SERVFAIL at once.
    void servfail(const QString &name);
    // Serve DoH on its own port at /dns-query with this certificate chain and key.
    void enableDoh(const QString &certChainPath, const QString &keyPath);

    bool start(QString *error = nullptr);
    QString address() const { return m_address; }
    quint16 port() const { return m_port; }
    ResolverEndpoint endpoint() const { return {m_address, m_port}; }
    quint16 dohPort() const { return m_dohPort; }
    QUrl dohUrl() const; // https://ADDRESS:PORT/dns-query
    QString log() const { return m_process.output(); }

private:
    QByteArray config() const;

    QString m_address;
    QStringList m_prefix;
    QStringList m_serverLines;
    QStringList m_forwardZones;
    QString m_dohCert;
    QString m_dohKey;
    quint16 m_port = 0;
    quint16 m_dohPort = 0;
    RigProcess m_process {QStringLiteral("unbound")};
};

} // namespace gatecheck::rig
