// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/TcpConnectProbe.h"

#include "net/NetErrors.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QTcpSocket>

namespace gatecheck {

TcpConnectProbe::TcpConnectProbe(
    QString host, QString address, quint16 port, std::chrono::milliseconds deadline, QObject *parent)
    : Probe(QStringLiteral("tcp:%1:%2").arg(address).arg(port), deadline, parent)
{
    m_observation.id = id();
    m_observation.host = host;
    m_observation.address = address;
    m_observation.port = port;
}

TcpConnectProbe::~TcpConnectProbe() = default;

void TcpConnectProbe::begin()
{
    const QHostAddress address(m_observation.address);
    if (address.isNull()) {
        m_observation.error = {ErrorCode::Other, tr("\"%1\" is not an IP address").arg(m_observation.address)};
        complete();
        return;
    }
    m_socket = new QTcpSocket(this);
    // The connection itself is the measurement: never through a proxy.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_observation.elapsedMs = elapsedMs();
        m_observation.connected = true;
        m_socket->abort();
        complete();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_observation.connected || isFinished())
            return;
        m_observation.elapsedMs = elapsedMs();
        m_observation.error = probeErrorFromSocket(error, m_socket->errorString());
        complete();
    });
    m_socket->connectToHost(address, m_observation.port);
}

void TcpConnectProbe::stop(const ProbeError &why)
{
    // A silently dropped SYN ends here, by the deadline: that is the "timeout" finding.
    m_observation.elapsedMs = elapsedMs();
    m_observation.error = why;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

} // namespace gatecheck
