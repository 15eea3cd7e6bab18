// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QUrl>

#include <optional>

namespace gatecheck {

// The proxy this computer's applications would use for one URL.
struct ProxyChoice
{
    QNetworkProxy proxy {QNetworkProxy::NoProxy};
    QString source; // "env:https_proxy", "env:no_proxy", "system", ...
    QString note; // why a setting was ignored, in plain words (may be empty)
};

// On Linux and other Unix desktops the proxy environment variables are the convention
// command-line tools and Chrome follow; Qt 6.4 does not follow it faithfully (Debian's
// build asks libproxy, which ignores all_proxy and scheme-less values and sends https:// to
// http_proxy when https_proxy is unset; Qt's own fallback reads lower-case names only). So
// there the variables are applied here, and only when none is set does Qt's system lookup
// (libproxy: desktop settings, PAC) decide. On Windows and macOS, where applications follow
// the OS settings rather than the environment, Qt's lookup decides (WinHTTP/IE, CFNetwork).
ProxyChoice systemProxyFor(const QUrl &url);

// The environment convention alone (curl, wget, Go, Python, Chrome on Linux):
//  * http:// uses http_proxy, https:// uses https_proxy (lower case first, then upper
//    case); neither falls back to the other; then all_proxy / ALL_PROXY.
//  * a value without a scheme is an HTTP proxy; socks5:// and socks5h:// are SOCKS5; a
//    missing port means 1080 (curl); https:// and socks4:// proxies are not supported by Qt
//    and are reported in `note`.
//  * no_proxy / NO_PROXY: comma- or space-separated; "*" matches everything; a name matches
//    itself and its subdomains (a leading "." or "*." is optional); an IP literal or CIDR
//    matches addresses; "name:port" only that port.
// Returns nullopt when no proxy variable is set at all (nothing configured); once one is,
// a URL no variable covers goes direct.
std::optional<ProxyChoice> proxyFromEnvironment(const QUrl &url, const QProcessEnvironment &env);

// "http://host:port", "socks5://host:port", or "" for a direct connection. Never the
// credentials a proxy URL may carry.
QString describeProxy(const QNetworkProxy &proxy);

} // namespace gatecheck
