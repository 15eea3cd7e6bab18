// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"
#include "net/DnsMessage.h"
#include "net/NetSettings.h"
#include "net/Probe.h"

#include <QHash>
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
    DohProbe(QString host, QUrl endpoint, Method method, const TrustAnchors &trust, std::chrono::milliseconds deadline,
        QObject *parent = nullptr);
    ~DohProbe() override;
    const DnsObservation &observation() const { return m_observation; }

    // A DNS message is at most 64 KiB; a bigger body is not an answer.
    static constexpr qint64 MaxResponseBytes = 64 * 1024;

protected:
    void begin() override;
    void stop(const ProbeError &why) override;

private:
    struct Exchange
    {
        dns::RecordType type = dns::RecordType::A;
        QByteArray body;
        QStringList sslErrors;
        bool done = false;
        dns::Answer answer;
    };
    void send(dns::RecordType type, const QByteArray &query);
    void checkHeaders(QNetworkReply *reply);
    void readBody(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void fail(QNetworkReply *reply, const ProbeError &error);
    void finishOne(QNetworkReply *reply, const dns::Answer &answer);
    void finalize();
    void failNow(const ProbeError &error);
    void abortAll();

    DnsObservation m_observation;
    QUrl m_endpoint;
    Method m_method;
    TrustAnchors m_trust;
    QNetworkAccessManager *m_nam = nullptr;
    QList<QPointer<QNetworkReply>> m_replies;
    QHash<QNetworkReply *, Exchange> m_state;
};

} // namespace gatecheck
