// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace gatecheck {

// Why a probe did not get the answer it wanted. `code` is a stable snake_case identifier
// that rules match on (never the localised message); `message` is for humans.
struct ProbeError
{
    QString code; // empty = no error. e.g. "timeout", "nxdomain", "connection_refused"
    QString message; // human-readable detail, may be localised
    bool isError() const { return !code.isEmpty(); }

    QJsonObject toJson() const;
    static ProbeError fromJson(const QJsonObject &o);
    static ProbeError none() { return {}; }
};

// Stable error codes shared by every probe, so rules can match on them.
namespace ErrorCode {
inline const QString Timeout = QStringLiteral("timeout");
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString NxDomain = QStringLiteral("nxdomain");
inline const QString NoData = QStringLiteral("no_data");
inline const QString ServFail = QStringLiteral("servfail");
inline const QString Refused = QStringLiteral("refused"); // DNS REFUSED rcode
inline const QString DnsMalformed = QStringLiteral("dns_malformed");
inline const QString ConnectionRefused = QStringLiteral("connection_refused");
inline const QString ConnectionReset = QStringLiteral("connection_reset");
inline const QString HostUnreachable = QStringLiteral("host_unreachable");
inline const QString NetworkUnreachable = QStringLiteral("network_unreachable");
inline const QString TlsHandshakeFailed = QStringLiteral("tls_handshake_failed");
inline const QString TlsVerifyFailed = QStringLiteral("tls_verify_failed");
inline const QString ProxyConnectionRefused = QStringLiteral("proxy_connection_refused");
inline const QString ProxyAuthRequired = QStringLiteral("proxy_auth_required");
inline const QString ProxyError = QStringLiteral("proxy_error");
inline const QString ProtocolError = QStringLiteral("protocol_error");
inline const QString TooLarge = QStringLiteral("too_large");
inline const QString TooManyRedirects = QStringLiteral("too_many_redirects");
inline const QString Malformed = QStringLiteral("malformed");
inline const QString HttpError = QStringLiteral("http_error");
inline const QString NotSupported = QStringLiteral("not_supported");
inline const QString Other = QStringLiteral("other");
} // namespace ErrorCode

} // namespace gatecheck
