// SPDX-License-Identifier: GPL-3.0-or-later
// STUB: replaced by the real implementation. Records "not_supported" so the engine and CLI
// can run end to end before this probe exists.
#include "net/DohProbe.h"

namespace gatecheck {

DohProbe::DohProbe(QString host, QUrl endpoint, Method method, const TrustAnchors &trust,
                   std::chrono::milliseconds deadline, QObject *parent)
    : Probe(QStringLiteral("dns:doh:%1:%2").arg(endpoint.toString(), host), deadline, parent)
    , m_endpoint(std::move(endpoint))
    , m_method(method)
    , m_trust(trust)
{
    m_observation.id = id();
    m_observation.host = host;
    m_observation.method = QStringLiteral("doh");
    m_observation.resolver = m_endpoint.toString();
}

DohProbe::~DohProbe() = default;

void DohProbe::begin()
{
    m_observation.error = {ErrorCode::NotSupported, QStringLiteral("DohProbe is not implemented yet")};
    complete();
}

void DohProbe::stop(const ProbeError &why)
{
    m_observation.error = why;
}

} // namespace gatecheck
