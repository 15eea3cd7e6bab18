// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"
#include "net/HttpProbe.h"
#include "net/NetErrors.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>

class QNetworkAccessManager;
class QNetworkReply;

namespace gatecheck {

// One bounded HTTP(S) GET with QNetworkAccessManager, shared by the HTTP and Statuspage
// probes: proxy per path, an address pinned with SNI/Host kept, redirects followed by hand
// and counted, TLS judged against the system roots like a browser, the body read up to a
// cap. Has no deadline of its own: the probe owning it calls abort().
class HttpFetch : public QObject
{
    Q_OBJECT
public:
    // Reads at most `maxBodyBytes` of the body (then stops and marks it truncated) and keeps
    // the first `keepBodyBytes` of it in body().
    HttpFetch(HttpRequestSpec spec, qint64 maxBodyBytes, qint64 keepBodyBytes, QObject *parent = nullptr);
    ~HttpFetch() override;

    void start();
    // Stops at once and records `why` (keeping whatever was already observed); done() is
    // not emitted.
    void abort(const ProbeError &why);

    bool isDone() const { return m_done; }
    const HttpObservation &observation() const { return m_observation; }
    const QByteArray &body() const { return m_body; }

signals:
    void done();

private:
    void sendRequest(const QUrl &url);
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    bool followRedirect();
    void finish(const ProbeError &error);
    void dropReply();
    void captureIssuer();

    HttpRequestSpec m_spec;
    qint64 m_maxBodyBytes;
    qint64 m_keepBodyBytes;
    HttpObservation m_observation;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    QUrl m_currentUrl; // the logical URL of the current hop (its host, not a pinned address)
    ReplyRoute m_route = ReplyRoute::Direct;
    QElapsedTimer m_clock;
    QByteArray m_body;
    QByteArray m_titleScan;
    qint64 m_bodyRead = 0;
    QStringList m_sslErrors;
    bool m_headersSeen = false;
    bool m_done = false;
};

} // namespace gatecheck
