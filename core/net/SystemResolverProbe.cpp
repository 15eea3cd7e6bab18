// SPDX-License-Identifier: GPL-3.0-or-later
// STUB: replaced by the real implementation. Records "not_supported" so the engine and CLI
// can run end to end before this probe exists.
#include "net/SystemResolverProbe.h"

namespace gatecheck {

struct SystemResolverProbe::Pending {};
SystemResolverProbe::SystemResolverProbe(QString host, std::chrono::milliseconds deadline, QObject *parent)
    : Probe(QStringLiteral("dns:system:") + host, deadline, parent)
{
    m_observation.id = id();
    m_observation.host = host;
    m_observation.method = QStringLiteral("system");
    m_observation.resolver = QStringLiteral("system");
}

SystemResolverProbe::~SystemResolverProbe() = default;

void SystemResolverProbe::begin()
{
    m_observation.error = {ErrorCode::NotSupported, QStringLiteral("SystemResolverProbe is not implemented yet")};
    complete();
}

void SystemResolverProbe::stop(const ProbeError &why)
{
    m_observation.error = why;
}

} // namespace gatecheck
