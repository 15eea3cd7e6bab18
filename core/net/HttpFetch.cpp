// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/HttpFetch.h"

#include "net/CertificateInspector.h"
#include "net/HttpEvidence.h"
#include "net/SystemProxy.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace gatecheck {

namespace {

// Enough of an HTML document to find its <title> even after a long <head>.
constexpr qsizetype TitleScanBytes = 32 * 1024;
// Qt's socket buffer for this reply: the body is pulled through in steps this size, so an
// endless body costs this much memory, not what the peer sends.
constexpr qint64 ReadBufferBytes = 64 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Qt reports HTTP statuses >= 400 as reply errors; those are answers, not failures.
bool isStatusError(QNetworkReply::NetworkError error, int status)
{
    return (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError)
        || (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError)
        || (error == QNetworkReply::ProtocolInvalidOperationError && status == 400);
}

} // namespace

HttpFetch::HttpFetch(HttpRequestSpec spec, qint64 maxBodyBytes, qint64 keepBodyBytes, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_maxBodyBytes(qMax<qint64>(0, maxBodyBytes))
    , m_keepBodyBytes(qBound<qint64>(0, keepBodyBytes, m_maxBodyBytes))
{
    m_observation.url = m_spec.url.toString();
    m_observation.path = m_spec.pathName;
    m_observation.pinnedAddress = m_spec.pinnedAddress;
}

HttpFetch::~HttpFetch()
{
    dropReply();
}

void HttpFetch::start()
{
    if (m_nam || m_done)
        return;
    m_clock.start();
    const QString scheme = m_spec.url.scheme().toLower();
    if (!m_spec.url.isValid() || m_spec.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        finish({ErrorCode::Other, tr("Not an http:// or https:// URL: %1").arg(m_spec.url.toString())});
        return;
    }
    if (!m_spec.pinnedAddress.isEmpty() && QHostAddress(m_spec.pinnedAddress).isNull()) {
        finish({ErrorCode::Other, tr("\"%1\" is not an IP address").arg(m_spec.pinnedAddress)});
        return;
    }
    // One manager per fetch: its proxy and connection cache belong to this path alone.
    m_nam = new QNetworkAccessManager(this);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(false);
    sendRequest(m_spec.url);
}

void HttpFetch::sendRequest(const QUrl &url)
{
    m_currentUrl = url;
    m_headersSeen = false;
    m_observation.status = 0;
    m_observation.reason.clear();
    m_observation.httpVersion.clear();
    m_observation.headers.clear();
    m_observation.bodyTruncated = false;
    m_body.clear();
    m_titleScan.clear();
    m_bodyRead = 0;
    m_sslErrors.clear();

    // The proxy is chosen per hop, as a browser does after a redirect to another host.
    QNetworkProxy proxy(QNetworkProxy::NoProxy);
    if (m_spec.proxyMode == ProxyMode::System)
        proxy = systemProxyFor(url).proxy;
    else if (m_spec.proxyMode == ProxyMode::Explicit)
        proxy = m_spec.explicitProxy;
    m_nam->setProxy(proxy);
    m_observation.proxy = describeProxy(proxy);
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (m_observation.proxy.isEmpty())
        m_route = ReplyRoute::Direct;
    else
        m_route =
            (https || proxy.type() == QNetworkProxy::Socks5Proxy) ? ReplyRoute::ProxyTunnel : ReplyRoute::ProxyForward;
    const bool pinned = !m_spec.pinnedAddress.isEmpty();
    m_observation.remoteAddress.clear();
    if (pinned)
        m_observation.remoteAddress = m_spec.pinnedAddress;
    else if (!m_observation.proxy.isEmpty())
        m_observation.remoteAddress = proxy.hostName();
    else if (!QHostAddress(url.host()).isNull())
        m_observation.remoteAddress = url.host();

    QNetworkRequest request;
    if (pinned) {
        // Connect to the pinned address; SNI, the certificate name check and Host stay the
        // URL's host (Qt sends SNI = peerVerifyName and keeps a Host header set here).
        QUrl addressUrl = url;
        addressUrl.setHost(m_spec.pinnedAddress);
        request.setUrl(addressUrl);
        request.setPeerVerifyName(url.host(QUrl::FullyEncoded));
        request.setRawHeader("Host", url.authority(QUrl::RemoveUserInfo | QUrl::FullyEncoded).toLatin1());
        // Qt's HTTP/2 sends :authority from the URL and drops a Host header, which would
        // name the address instead of the host: pinned requests stay on HTTP/1.1.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    } else {
        request.setUrl(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    }
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("User-Agent", "Mozilla/5.0 (compatible; Gatecheck/" GATECHECK_VERSION ")");
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8");
    // No compression: the body size is what came over the wire, and no decompression bomb.
    request.setRawHeader("Accept-Encoding", "identity");
    if (https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // Like a browser: the OS store (plus roots the user added). An empty list means
        // "not given", and Qt's own system store stays in place.
        if (!m_spec.trust.systemRoots.isEmpty())
            tls.setCaCertificates(m_spec.trust.systemRoots);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }

    m_reply = m_nam->get(request);
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::requestSent, this, [this, https] {
        if (!https) // for https the connection time is hidden inside Qt; tlsMs says more
            m_observation.timings.connectMs = m_clock.elapsed();
    });
    connect(m_reply, &QNetworkReply::encrypted, this, &HttpFetch::onEncrypted);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpFetch::onSslErrors);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpFetch::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetch::onFinished);
}

void HttpFetch::captureIssuer()
{
    if (!m_reply)
        return;
    const QList<QSslCertificate> chain = m_reply->sslConfiguration().peerCertificateChain();
    if (!chain.isEmpty())
        m_observation.tlsIssuer = certificateIssuerLine(chain.constFirst());
}

void HttpFetch::onEncrypted()
{
    m_observation.timings.tlsMs = m_clock.elapsed();
    captureIssuer();
}

void HttpFetch::onSslErrors(const QList<QSslError> &errors)
{
    // Not ignored: this path is judged as the browser would judge it. The chain is kept
    // for the issuer name, which tells an inspecting middlebox from the real server.
    for (const QSslError &e : errors)
        if (!m_sslErrors.contains(e.errorString()))
            m_sslErrors << e.errorString();
    captureIssuer();
}

void HttpFetch::onMetaData()
{
    if (!m_reply || m_done || m_headersSeen)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_headersSeen = true;
    m_observation.timings.firstByteMs = m_clock.elapsed();
    m_observation.status = status.toInt();
    m_observation.reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const bool http2 = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    m_observation.httpVersion = http2 ? QStringLiteral("2") : QStringLiteral("1.1");
    const auto pairs = m_reply->rawHeaderPairs();
    m_observation.headers = hopHeaders(pairs);
    captureIssuer();

    // Qt 6.4 collects an HTTP/1 header block byte by byte without a size limit (only the
    // probe's deadline bounds it) and, when it has more than 100 fields or a field over
    // 8 KiB, silently drops every header (even Content-Length). A response with no headers
    // at all is that case: stop here rather than read a body whose end we can no longer
    // know. Header blocks Qt did keep are held to maxHeaderBytes below.
    if (!http2 && pairs.isEmpty()) {
        finish({ErrorCode::ProtocolError,
            tr("The response's header block could not be read (more than 100 header fields or one over "
               "8 KiB); the headers were discarded")});
        return;
    }
    qint64 headerBytes = 0;
    for (const auto &[name, value] : pairs)
        headerBytes += name.size() + value.size() + 4; // "name: value\r\n"
    if (headerBytes > m_spec.limits.maxHeaderBytes) {
        finish({ErrorCode::TooLarge,
            tr("The response's headers take %1 bytes, more than the %2 allowed")
                .arg(headerBytes)
                .arg(m_spec.limits.maxHeaderBytes)});
        return;
    }
    if (m_observation.status == 407) {
        finish({ErrorCode::ProxyAuthRequired, tr("The proxy asks for a login (407 %1)").arg(m_observation.reason)});
        return;
    }
    if (isRedirect(m_observation.status))
        followRedirect();
}

bool HttpFetch::followRedirect()
{
    const QByteArray location = m_reply->rawHeader("Location").trimmed();
    if (location.isEmpty())
        return false;
    const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location));
    m_observation.redirects.append({m_observation.status, target.toString()});
    if (m_observation.redirects.size() > m_spec.limits.maxRedirects) {
        finish({ErrorCode::TooManyRedirects,
            tr("More than %1 redirects; the last went to %2").arg(m_spec.limits.maxRedirects).arg(target.toString())});
        return true;
    }
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || target.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return false; // not somewhere we can follow: the redirect itself is the answer
    // A pinned path measures one address for one host; a redirect elsewhere is its answer.
    if (!m_spec.pinnedAddress.isEmpty() && target.host().compare(m_spec.url.host(), Qt::CaseInsensitive) != 0)
        return false;
    dropReply();
    sendRequest(target);
    return true;
}

void HttpFetch::onReadyRead()
{
    while (m_reply && !m_done && m_reply->bytesAvailable() > 0) {
        // Read one byte past the cap: it tells "there was more" from "exactly the cap".
        const qint64 room = m_maxBodyBytes + 1 - m_bodyRead;
        const QByteArray chunk = m_reply->read(qMin(room, ReadBufferBytes));
        if (chunk.isEmpty())
            break;
        if (m_body.size() < m_keepBodyBytes)
            m_body += chunk.left(m_keepBodyBytes - m_body.size());
        if (m_titleScan.size() < TitleScanBytes)
            m_titleScan += chunk.left(TitleScanBytes - m_titleScan.size());
        m_bodyRead += chunk.size();
        if (m_bodyRead > m_maxBodyBytes) {
            m_bodyRead = m_maxBodyBytes;
            m_observation.bodyTruncated = true;
            finish({});
            return;
        }
    }
}

void HttpFetch::onFinished()
{
    if (!m_reply || m_done || sender() != m_reply)
        return;
    onReadyRead();
    if (m_done)
        return;
    const QNetworkReply::NetworkError error = m_reply->error();
    ProbeError outcome;
    if (error != QNetworkReply::NoError && !(m_headersSeen && isStatusError(error, m_observation.status))) {
        if (!m_sslErrors.isEmpty())
            outcome = {ErrorCode::TlsVerifyFailed, m_sslErrors.join(QStringLiteral("; "))};
        else
            outcome = probeErrorFromReply(error, m_reply->errorString(), m_route);
    }
    finish(outcome);
}

void HttpFetch::abort(const ProbeError &why)
{
    if (m_done)
        return;
    m_done = true;
    m_observation.error = why;
    m_observation.bodyBytes = m_bodyRead;
    m_observation.bodyHead = m_body.left(m_spec.limits.bodyHeadBytes);
    m_observation.title =
        htmlTitle(m_titleScan, m_observation.headers.value(QStringLiteral("content-type")).toLatin1());
    m_observation.timings.totalMs = m_clock.isValid() ? m_clock.elapsed() : -1;
    dropReply();
}

void HttpFetch::finish(const ProbeError &error)
{
    if (m_done)
        return;
    abort(error);
    emit done();
}

void HttpFetch::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

} // namespace gatecheck
