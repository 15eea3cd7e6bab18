// SPDX-License-Identifier: GPL-3.0-or-later
// STUB: replaced by the real implementation. Records "not_supported" so the engine and CLI
// can run end to end before this probe exists.
#include "net/TlsProbe.h"

namespace gatecheck {

TlsProbe::TlsProbe(QString sni, QString address, quint16 port, const TrustAnchors &trust,
                   std::chrono::milliseconds deadline, QObject *parent)
    : Probe(QStringLiteral("tls:%1:%2:%3").arg(sni, address).arg(port), deadline, parent)
    , m_trust(trust)
{
    m_observation.id = id();
    m_observation.host = sni;
    m_observation.address = address;
    m_observation.port = port;
}

TlsProbe::~TlsProbe() = default;

void TlsProbe::begin()
{
    m_observation.error = {ErrorCode::NotSupported, QStringLiteral("TlsProbe is not implemented yet")};
    complete();
}

void TlsProbe::stop(const ProbeError &why)
{
    m_observation.error = why;
}

} // namespace gatecheck
