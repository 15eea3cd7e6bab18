// SPDX-License-Identifier: GPL-3.0-or-later
// STUB: replaced by the real implementation. Records "not_supported" so the engine and CLI
// can run end to end before this probe exists.
#include "net/CaresResolverProbe.h"

namespace gatecheck {

class CaresResolverProbe::Channel {};
CaresResolverProbe::CaresResolverProbe(QString host, ResolverEndpoint server, Transport transport,
                                       std::chrono::milliseconds deadline, QObject *parent)
    : Probe(QStringLiteral("dns:%1:%2").arg(server.toString(), host), deadline, parent)
    , m_server(server)
    , m_transport(transport)
{
    m_observation.id = id();
    m_observation.host = host;
    m_observation.method = transport == Transport::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
    m_observation.resolver = server.toString();
}

CaresResolverProbe::~CaresResolverProbe() = default;

void CaresResolverProbe::begin()
{
    m_observation.error = {ErrorCode::NotSupported, QStringLiteral("CaresResolverProbe is not implemented yet")};
    complete();
}

void CaresResolverProbe::stop(const ProbeError &why)
{
    m_observation.error = why;
}

} // namespace gatecheck
