// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/ProbeError.h"

#include <QAbstractSocket>
#include <QNetworkReply>

namespace gatecheck {

// Turns Qt's socket and reply errors into the stable codes rules match on. Qt reports both
// "host unreachable" and "network unreachable" as one NetworkError and tells them apart
// only in its (possibly translated) message, so that message is compared with Qt's own
// translation of it.
ProbeError probeErrorFromSocket(QAbstractSocket::SocketError error, const QString &qtMessage);

// How a request travelled. It changes what Qt's codes mean: for http:// through a proxy
// the only connection Qt makes is to the proxy, so "refused" is the proxy refusing; for
// https:// through a proxy Qt reports a CONNECT answered 503 (the proxy could not reach the
// server) as a refused connection, and 403/404 as access denied / host not found.
enum class ReplyRoute { Direct, ProxyForward, ProxyTunnel };

ProbeError probeErrorFromReply(QNetworkReply::NetworkError error, const QString &qtMessage, ReplyRoute route);

} // namespace gatecheck
