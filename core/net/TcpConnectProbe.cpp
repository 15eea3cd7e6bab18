// SPDX-License-Identifier: GPL-3.0-or-later
// STUB: replaced by the real implementation. Records "not_supported" so the engine and CLI
// can run end to end before this probe exists.
#include "net/TcpConnectProbe.h"

namespace gatecheck {

TcpConnectProbe::TcpConnectProbe(QString host, QString address, quint16 port,
                                 std::chrono::milliseconds deadline, QObject *parent)
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
    m_observation.error = {ErrorCode::NotSupported, QStringLiteral("TcpConnectProbe is not implemented yet")};
    complete();
}

void TcpConnectProbe::stop(const ProbeError &why)
{
    m_observation.error = why;
}

} // namespace gatecheck
