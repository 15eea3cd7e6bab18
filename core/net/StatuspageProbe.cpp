// SPDX-License-Identifier: GPL-3.0-or-later
// STUB: replaced by the real implementation. Records "not_supported" so the engine and CLI
// can run end to end before this probe exists.
#include "net/StatuspageProbe.h"

namespace gatecheck {

StatuspageProbe::StatuspageProbe(QUrl summaryUrl, QString pathName, ProxyMode proxyMode, const TrustAnchors &trust,
                                 std::chrono::milliseconds deadline, QObject *parent)
    : Probe(QStringLiteral("status:%1:%2").arg(pathName, summaryUrl.toString()), deadline, parent)
    , m_url(std::move(summaryUrl))
    , m_proxyMode(proxyMode)
    , m_trust(trust)
{
    m_observation.id = id();
    m_observation.url = m_url.toString();
    m_observation.path = pathName;
}

StatuspageProbe::~StatuspageProbe() = default;

void StatuspageProbe::begin()
{
    m_observation.error = {ErrorCode::NotSupported, QStringLiteral("StatuspageProbe is not implemented yet")};
    complete();
}

void StatuspageProbe::stop(const ProbeError &why)
{
    m_observation.error = why;
}

} // namespace gatecheck
