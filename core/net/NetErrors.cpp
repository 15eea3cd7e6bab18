// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/NetErrors.h"

#include <QCoreApplication>

#include <optional>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NetErrors)
};

bool saysUnreachable(const QString &message, const char *qtText)
{
    // Qt's QNativeSocketEngine strings, as Qt itself would show them in this locale.
    return message.contains(QCoreApplication::translate("QNativeSocketEngine", qtText), Qt::CaseInsensitive)
        || message.contains(QLatin1String(qtText), Qt::CaseInsensitive);
}

ProbeError unreachableOr(const QString &message, const QString &fallbackCode)
{
    if (saysUnreachable(message, "Host unreachable"))
        return {ErrorCode::HostUnreachable, message};
    if (saysUnreachable(message, "Network unreachable"))
        return {ErrorCode::NetworkUnreachable, message};
    if (saysUnreachable(message, "Connection timed out"))
        return {ErrorCode::Timeout, message};
    return {fallbackCode, message};
}

bool saysQt(const QString &message, const char *context, const char *qtText)
{
    return message.contains(QCoreApplication::translate(context, qtText), Qt::CaseInsensitive)
        || message.contains(QLatin1String(qtText), Qt::CaseInsensitive);
}

// Qt's HTTP channel passes socket errors it has no code for (those of the proxy engines
// under an https:// request) as UnknownNetworkError with the engine's message.
std::optional<ProbeError> proxyEngineError(const QString &message)
{
    if (saysQt(message, "QHttpSocketEngine", "Proxy connection refused")
        || saysQt(message, "QSocks5SocketEngine", "Connection to proxy refused"))
        return ProbeError {ErrorCode::ProxyConnectionRefused, message};
    if (saysQt(message, "QHttpSocketEngine", "Authentication required")
        || saysQt(message, "QSocks5SocketEngine", "Proxy authentication failed"))
        return ProbeError {ErrorCode::ProxyAuthRequired, message};
    static const char *const httpTexts[] = {"Did not receive HTTP response from proxy",
        "Error parsing authentication request from proxy", "Proxy denied connection",
        "Error communicating with HTTP proxy", "Proxy server not found", "Proxy connection closed prematurely",
        "Proxy server connection timed out"};
    for (const char *text : httpTexts)
        if (saysQt(message, "QHttpSocketEngine", text))
            return ProbeError {ErrorCode::ProxyError, message};
    static const char *const socksTexts[] = {"Connection to proxy closed prematurely", "Proxy host not found",
        "Connection to proxy timed out", "SOCKS version 5 protocol error", "General SOCKSv5 server failure",
        "Connection not allowed by SOCKSv5 server"};
    for (const char *text : socksTexts)
        if (saysQt(message, "QSocks5SocketEngine", text))
            return ProbeError {ErrorCode::ProxyError, message};
    return std::nullopt;
}

} // namespace

ProbeError probeErrorFromSocket(QAbstractSocket::SocketError error, const QString &qtMessage)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return {ErrorCode::ConnectionRefused, qtMessage};
    case QAbstractSocket::RemoteHostClosedError:
        return {ErrorCode::ConnectionReset, qtMessage};
    case QAbstractSocket::SocketTimeoutError:
        return {ErrorCode::Timeout, qtMessage};
    case QAbstractSocket::HostNotFoundError:
        return {ErrorCode::NxDomain, qtMessage};
    case QAbstractSocket::NetworkError:
        return unreachableOr(qtMessage, ErrorCode::Other);
    case QAbstractSocket::SslHandshakeFailedError:
        return {ErrorCode::TlsHandshakeFailed, qtMessage};
    case QAbstractSocket::ProxyConnectionRefusedError:
        return {ErrorCode::ProxyConnectionRefused, qtMessage};
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return {ErrorCode::ProxyAuthRequired, qtMessage};
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return {ErrorCode::ProxyError, qtMessage};
    default:
        return unreachableOr(qtMessage, ErrorCode::Other);
    }
}

ProbeError probeErrorFromReply(QNetworkReply::NetworkError error, const QString &qtMessage, ReplyRoute route)
{
    const bool tunnel = route == ReplyRoute::ProxyTunnel;
    switch (error) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        if (route == ReplyRoute::ProxyForward)
            return {ErrorCode::ProxyConnectionRefused, qtMessage};
        if (tunnel)
            return {ErrorCode::ProxyError,
                Text::tr("The proxy could not open a connection to the server (%1)").arg(qtMessage)};
        return {ErrorCode::ConnectionRefused, qtMessage};
    case QNetworkReply::RemoteHostClosedError:
        return {ErrorCode::ConnectionReset, qtMessage};
    case QNetworkReply::ProxyConnectionClosedError:
        // For a tunnel this is also "CONNECT answered something Qt did not expect".
        return {ErrorCode::ProxyError, qtMessage};
    case QNetworkReply::HostNotFoundError:
        if (tunnel)
            return {ErrorCode::ProxyError, Text::tr("The proxy could not find the server (%1)").arg(qtMessage)};
        return {ErrorCode::NxDomain, qtMessage};
    case QNetworkReply::TimeoutError:
        return {ErrorCode::Timeout, qtMessage};
    case QNetworkReply::OperationCanceledError:
        return {ErrorCode::Cancelled, qtMessage};
    case QNetworkReply::SslHandshakeFailedError:
        return {ErrorCode::TlsHandshakeFailed, qtMessage};
    case QNetworkReply::ProxyConnectionRefusedError:
        return {ErrorCode::ProxyConnectionRefused, qtMessage};
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return {ErrorCode::ProxyAuthRequired, qtMessage};
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return {ErrorCode::ProxyError, qtMessage};
    case QNetworkReply::ContentAccessDenied:
        if (tunnel) // CONNECT answered 403/405
            return {ErrorCode::ProxyError, Text::tr("The proxy refused to open a tunnel (%1)").arg(qtMessage)};
        return {ErrorCode::HttpError, qtMessage};
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return {ErrorCode::ProtocolError, qtMessage};
    case QNetworkReply::UnknownNetworkError:
        if (route != ReplyRoute::Direct)
            if (auto proxyError = proxyEngineError(qtMessage))
                return *proxyError;
        return unreachableOr(qtMessage, ErrorCode::Other);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return unreachableOr(qtMessage, ErrorCode::Other);
    default:
        // Remaining codes are HTTP statuses (4xx/5xx) Qt reports as errors; the status itself
        // is the evidence, the caller keeps it.
        return {ErrorCode::HttpError, qtMessage};
    }
}

} // namespace gatecheck
