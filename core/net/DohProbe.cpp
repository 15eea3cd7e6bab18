// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/DohProbe.h"

#include "net/DnsMessage.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace gatecheck {

namespace {

// Texts of the free functions below, in the probe's own lupdate context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatecheck::DohProbe)
};

const QByteArray DnsMessageType = QByteArrayLiteral("application/dns-message");

ProbeError networkError(QNetworkReply *reply, const QStringList &sslErrors)
{
    const QString detail = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return {ErrorCode::ConnectionRefused, Text::tr("The DoH server refused the connection: %1").arg(detail)};
    case QNetworkReply::RemoteHostClosedError:
        return {ErrorCode::ConnectionReset, Text::tr("The DoH server closed the connection: %1").arg(detail)};
    case QNetworkReply::TimeoutError:
        return {ErrorCode::Timeout, Text::tr("The DoH request timed out: %1").arg(detail)};
    case QNetworkReply::SslHandshakeFailedError:
        if (!sslErrors.isEmpty())
            return {ErrorCode::TlsVerifyFailed,
                Text::tr("The DoH server's certificate is not trusted: %1").arg(sslErrors.join(QStringLiteral("; ")))};
        return {
            ErrorCode::TlsHandshakeFailed, Text::tr("The TLS handshake with the DoH server failed: %1").arg(detail)};
    case QNetworkReply::HostNotFoundError:
        return {ErrorCode::Other, Text::tr("The DoH server's name could not be resolved: %1").arg(detail)};
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return {ErrorCode::ProtocolError, Text::tr("The DoH server broke the HTTP protocol: %1").arg(detail)};
    default:
        return {ErrorCode::Other, Text::tr("The DoH request failed: %1").arg(detail)};
    }
}

} // namespace

DohProbe::DohProbe(QString host, QUrl endpoint, Method method, const TrustAnchors &trust,
    std::chrono::milliseconds deadline, QObject *parent)
    : Probe(QStringLiteral("dns:doh:%1:%2").arg(endpoint.toString(), host), deadline, parent)
    , m_endpoint(std::move(endpoint))
    , m_method(method)
    , m_trust(trust)
{
    m_observation.id = id();
    m_observation.host = host;
    m_observation.method = QStringLiteral("doh");
    m_observation.resolver = m_endpoint.toString();
}

DohProbe::~DohProbe()
{
    abortAll();
}

void DohProbe::begin()
{
    if (m_endpoint.scheme() != QLatin1String("https") || m_endpoint.host().isEmpty()) {
        failNow({ErrorCode::Other, tr("\"%1\" is not an https:// DoH endpoint").arg(m_endpoint.toString())});
        return;
    }
    QString error;
    const QByteArray queryA = dns::buildQuery(m_observation.host, dns::RecordType::A, 0, &error);
    const QByteArray queryAaaa = dns::buildQuery(m_observation.host, dns::RecordType::AAAA, 0, &error);
    if (queryA.isEmpty() || queryAaaa.isEmpty()) {
        failNow({ErrorCode::Other, error});
        return;
    }
    m_nam = new QNetworkAccessManager(this);
    // DoH exists here to bypass whatever sits on the local path, so no proxy (and the
    // report says which path was used: method "doh", direct).
    m_nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    send(dns::RecordType::A, queryA);
    send(dns::RecordType::AAAA, queryAaaa);
}

void DohProbe::send(dns::RecordType type, const QByteArray &query)
{
    QUrl url = m_endpoint;
    if (m_method == Method::Get) {
        // RFC 8484 §4.1: base64url without padding, in the "dns" parameter.
        QUrlQuery params(url);
        params.addQueryItem(QStringLiteral("dns"),
            QString::fromLatin1(query.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        url.setQuery(params);
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", DnsMessageType);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_trust.systemRoots); // only these, no on-demand loading
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);

    QNetworkReply *reply = nullptr;
    if (m_method == Method::Post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, DnsMessageType);
        reply = m_nam->post(request, query);
    } else {
        reply = m_nam->get(request);
    }
    m_replies.append(reply);
    // Back-pressure: QNAM buffers no more than a DNS message's worth ahead of us.
    reply->setReadBufferSize(MaxResponseBytes + 1);
    m_state.insert(reply, Exchange {type, {}, {}, false, {}});
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        // Not ignored: an untrusted DoH server is a finding, and the reply fails.
        const auto it = m_state.find(reply);
        for (const QSslError &e : errors)
            if (it != m_state.end())
                it->sslErrors << e.errorString();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { checkHeaders(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { readBody(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void DohProbe::checkHeaders(QNetworkReply *reply)
{
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (declared > MaxResponseBytes)
        fail(reply,
            {ErrorCode::TooLarge,
                tr("The DoH server announced a %1-byte answer (more than %2 bytes)")
                    .arg(declared)
                    .arg(MaxResponseBytes)});
}

void DohProbe::readBody(QNetworkReply *reply)
{
    const auto it = m_state.find(reply);
    if (it == m_state.end() || it->done)
        return;
    it->body += reply->read(MaxResponseBytes + 1 - it->body.size());
    if (it->body.size() > MaxResponseBytes)
        fail(reply, {ErrorCode::TooLarge, tr("The DoH answer is larger than %1 bytes").arg(MaxResponseBytes)});
}

// Each branch ends with the one call that records the outcome: nothing here touches the
// exchange after it.
void DohProbe::onFinished(QNetworkReply *reply)
{
    readBody(reply);
    const auto it = m_state.constFind(reply);
    if (it == m_state.cend() || it->done)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        fail(reply, networkError(reply, it->sslErrors));
        return;
    }
    if (status != 200) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        QString message = tr("The DoH server answered HTTP %1 %2").arg(status).arg(reason).trimmed();
        const QString location = QString::fromUtf8(reply->rawHeader("Location"));
        if (!location.isEmpty())
            message += tr(" (redirect to %1, not followed)").arg(location);
        fail(reply, {ErrorCode::HttpError, message});
        return;
    }
    if (reply->error() != QNetworkReply::NoError) { // headers came, then the transfer broke
        fail(reply, networkError(reply, it->sslErrors));
        return;
    }
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (contentType.split(';').value(0).trimmed().toLower() != DnsMessageType) {
        fail(reply,
            {ErrorCode::DnsMalformed,
                tr("The DoH server answered with \"%1\", not a DNS message")
                    .arg(contentType.isEmpty() ? tr("no content type") : QString::fromLatin1(contentType))});
        return;
    }
    finishOne(reply, dns::parseAnswer(it->body, it->type, m_observation.host));
}

void DohProbe::fail(QNetworkReply *reply, const ProbeError &error)
{
    dns::Answer answer;
    answer.error = error;
    finishOne(reply, answer);
}

void DohProbe::finishOne(QNetworkReply *reply, const dns::Answer &answer)
{
    const auto it = m_state.find(reply);
    if (it == m_state.end() || it->done || isFinished())
        return;
    it->done = true;
    it->answer = answer;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
    for (const Exchange &e : std::as_const(m_state))
        if (!e.done)
            return;
    // Completed from the event loop, not from inside a reply's signal, so whoever receives
    // finished() may delete this probe on the spot.
    QMetaObject::invokeMethod(this, &DohProbe::finalize, Qt::QueuedConnection);
}

void DohProbe::finalize()
{
    if (isFinished() || m_state.isEmpty())
        return;
    dns::Answer a, aaaa;
    for (const Exchange &e : std::as_const(m_state))
        (e.type == dns::RecordType::A ? a : aaaa) = e.answer;
    dns::mergeInto(m_observation, a, aaaa);
    m_observation.elapsedMs = elapsedMs();
    m_state.clear();
    m_replies.clear();
    complete();
}

void DohProbe::failNow(const ProbeError &error)
{
    m_observation.error = error;
    m_observation.elapsedMs = elapsedMs();
    complete();
}

void DohProbe::abortAll()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (!reply)
            continue;
        reply->disconnect(this); // abort() emits finished() synchronously
        reply->abort();
        reply->deleteLater();
    }
    m_replies.clear();
    m_state.clear();
}

void DohProbe::stop(const ProbeError &why)
{
    abortAll();
    m_observation.error = why;
    m_observation.elapsedMs = elapsedMs();
}

} // namespace gatecheck
