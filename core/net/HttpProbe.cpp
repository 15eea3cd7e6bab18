// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/HttpProbe.h"

#include "net/HttpEvidence.h"
#include "net/HttpFetch.h"

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
    return hopHeaderNamePatterns();
}

HttpProbe::~HttpProbe() = default;

void HttpProbe::begin()
{
    // The whole body up to the cap is read (its size is evidence); only its head is kept.
    m_fetch = new HttpFetch(m_spec, m_spec.limits.maxBodyBytes, m_spec.limits.bodyHeadBytes, this);
    connect(m_fetch, &HttpFetch::done, this, [this] {
        const QString id = m_observation.id;
        m_observation = m_fetch->observation();
        m_observation.id = id;
        complete();
    });
    m_fetch->start();
}

void HttpProbe::stop(const ProbeError &why)
{
    if (!m_fetch) {
        m_observation.error = why;
        return;
    }
    m_fetch->abort(why);
    const QString id = m_observation.id;
    m_observation = m_fetch->observation();
    m_observation.id = id;
}

} // namespace gatecheck
