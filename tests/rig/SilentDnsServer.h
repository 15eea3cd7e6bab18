// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ResolverEndpoint.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QUdpSocket>

namespace gatecheck::rig {

// A DNS server that never answers: a UDP port bound by the test whose datagrams are never
// read, and a TCP listener on the same port whose connections are accepted and left
// silent. What a firewall that drops port 53, or a dead resolver, looks like.
class SilentDnsServer
{
public:
    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_udp.localPort(); }
    ResolverEndpoint endpoint() const { return {m_udp.localAddress().toString(), port()}; }

private:
    QUdpSocket m_udp;
    QTcpServer m_tcp;
};

} // namespace gatecheck::rig
