// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"
#include "net/NetSettings.h"
#include "net/Probe.h"

#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace gatecheck {

// DNS-over-HTTPS (RFC 8484): the query is built and the answer parsed with c-ares; the
// transport is QNetworkAccessManager with no proxy, so it bypasses port-53 interception.
class DohProbe : public Probe
{
    Q_OBJECT
public:
    enum class Method { Get, Post };
    DohProbe(QString host, QUrl endpoint, Method method, const TrustAnchors &trust,
             std::chrono::milliseconds deadline, QObject *parent = nullptr);
    ~DohProbe() override;
    const DnsObservation &observation() const { return m_observation; }

protected:
    void begin() override;
    void stop(const ProbeError &why) override;

private:
    DnsObservation m_observation;
    QUrl m_endpoint;
    Method m_method;
    TrustAnchors m_trust;
    QNetworkAccessManager *m_nam = nullptr;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace gatecheck
