// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/StatuspageProbe.h"

#include "net/HttpFetch.h"

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
    m_fetchObservation.url = m_observation.url;
    m_fetchObservation.path = pathName;
}

StatuspageProbe::~StatuspageProbe() = default;

void StatuspageProbe::begin()
{
    HttpRequestSpec spec;
    spec.url = m_url;
    spec.pathName = m_observation.path;
    spec.proxyMode = m_proxyMode;
    spec.limits = m_limits;
    spec.trust = m_trust;
    // The whole document is needed for parsing, up to the cap; a longer one is refused.
    m_fetch = new HttpFetch(spec, m_limits.maxStatusJsonBytes, m_limits.maxStatusJsonBytes, this);
    connect(m_fetch, &HttpFetch::done, this, &StatuspageProbe::onFetched);
    m_fetch->start();
}

void StatuspageProbe::takeFetchObservation()
{
    m_fetchObservation = m_fetch->observation();
    m_fetchObservation.id = id() + QStringLiteral(":fetch");
}

void StatuspageProbe::onFetched()
{
    takeFetchObservation();
    m_observation.elapsedMs = elapsedMs();
    const HttpObservation &got = m_fetchObservation;
    if (got.error.isError()) {
        m_observation.error = got.error;
    } else if (got.bodyTruncated) {
        m_observation.error = {ErrorCode::TooLarge,
            tr("The status summary is larger than %1 bytes; not read further").arg(m_limits.maxStatusJsonBytes)};
    } else if (got.status < 200 || got.status > 299) {
        const QString server = got.headers.value(QStringLiteral("server"));
        m_observation.error = {ErrorCode::HttpError,
            server.isEmpty()
                ? tr("The status page answered HTTP %1 %2").arg(got.status).arg(got.reason)
                : tr("The status page answered HTTP %1 %2 (server: %3)").arg(got.status).arg(got.reason, server)};
    } else {
        // Only the fields the parser owns are taken from it; who/where/when stay ours.
        StatusObservation parsed = m_parser(m_fetch->body(), m_limits.maxStatusJsonBytes);
        parsed.id = m_observation.id;
        parsed.url = m_observation.url;
        parsed.path = m_observation.path;
        parsed.elapsedMs = m_observation.elapsedMs;
        m_observation = parsed;
    }
    complete();
}

void StatuspageProbe::stop(const ProbeError &why)
{
    m_observation.elapsedMs = elapsedMs();
    m_observation.error = why;
    if (m_fetch) {
        m_fetch->abort(why);
        takeFetchObservation();
    }
}

} // namespace gatecheck
