// SPDX-License-Identifier: GPL-3.0-or-later
// STUB: replaced by the real implementation. Records "not_supported" so the engine and CLI
// can run end to end before this probe exists.
#include "net/HttpProbe.h"

namespace gatecheck {

HttpProbe::HttpProbe(HttpRequestSpec spec, std::chrono::milliseconds deadline, QObject *parent)
    : Probe(QStringLiteral("http:%1:%2%3")
                .arg(spec.pathName, spec.url.toString(),
                     spec.pinnedAddress.isEmpty() ? QString() : QStringLiteral("@") + spec.pinnedAddress),
            deadline, parent)
    , m_spec(std::move(spec))
{
    m_observation.id = id();
    m_observation.url = m_spec.url.toString();
    m_observation.path = m_spec.pathName;
    m_observation.pinnedAddress = m_spec.pinnedAddress;
}

const QStringList &HttpProbe::hopHeaderNames()
{
    static const QStringList names{QStringLiteral("server"), QStringLiteral("via")};
    return names;
}

HttpProbe::~HttpProbe() = default;

void HttpProbe::begin()
{
    m_observation.error = {ErrorCode::NotSupported, QStringLiteral("HttpProbe is not implemented yet")};
    complete();
}

void HttpProbe::stop(const ProbeError &why)
{
    m_observation.error = why;
}

} // namespace gatecheck
