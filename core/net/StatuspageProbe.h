// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"
#include "net/HttpProbe.h"
#include "net/StatuspageParser.h"

#include <QByteArray>

namespace gatecheck {

// Fetches a vendor's Statuspage summary over one path and parses it.
class StatuspageProbe : public Probe
{
    Q_OBJECT
public:
    StatuspageProbe(QUrl summaryUrl, QString pathName, ProxyMode proxyMode, const TrustAnchors &trust,
                    std::chrono::milliseconds deadline, QObject *parent = nullptr);
    ~StatuspageProbe() override;
    const StatusObservation &observation() const { return m_observation; }

protected:
    void begin() override;
    void stop(const ProbeError &why) override;

private:
    StatusObservation m_observation;
    QUrl m_url;
    ProxyMode m_proxyMode;
    TrustAnchors m_trust;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
};

} // namespace gatecheck
