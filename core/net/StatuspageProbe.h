// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"
#include "net/HttpProbe.h"
#include "net/StatuspageParser.h"

#include <QByteArray>

#include <functional>

namespace gatecheck {

class HttpFetch;

// Fetches a vendor's Statuspage summary over one path and parses it.
class StatuspageProbe : public Probe
{
    Q_OBJECT
public:
    StatuspageProbe(QUrl summaryUrl, QString pathName, ProxyMode proxyMode, const TrustAnchors &trust,
        std::chrono::milliseconds deadline, QObject *parent = nullptr);
    ~StatuspageProbe() override;
    const StatusObservation &observation() const { return m_observation; }

    // How the document travelled (status, headers that say who answered, size, TLS issuer,
    // proxy): tells "the status page failed the same way as the app" apart from a broken
    // document.
    const HttpObservation &fetch() const { return m_fetchObservation; }

    // Before start(): the size cap (maxStatusJsonBytes) and redirect bound; and the parser
    // the body is handed to (parseStatuspageSummary unless replaced).
    void setLimits(const NetLimits &limits) { m_limits = limits; }
    using Parser = std::function<StatusObservation(const QByteArray &json, qint64 maxBytes)>;
    void setParser(Parser parser) { m_parser = std::move(parser); }

protected:
    void begin() override;
    void stop(const ProbeError &why) override;

private:
    void onFetched();
    void takeFetchObservation();

    StatusObservation m_observation;
    HttpObservation m_fetchObservation;
    QUrl m_url;
    ProxyMode m_proxyMode;
    TrustAnchors m_trust;
    NetLimits m_limits;
    Parser m_parser = parseStatuspageSummary;
    HttpFetch *m_fetch = nullptr;
};

} // namespace gatecheck
