// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace gatecheck::env {

// One proxy server as written in a setting ("http://user:pw@proxy:3128/", "proxy:8080",
// "socks5h://127.0.0.1:1080"). Credentials are never kept, only the fact that there were some.
struct ProxyEndpoint
{
    QString scheme; // "http" | "https" | "socks4" | "socks5"
    QString host;
    quint16 port = 0;
    bool hadCredentials = false;

    QString hostPort() const; // "proxy:3128", "[::1]:3128"
    QString pacStyle() const; // "PROXY proxy:3128", "HTTPS p:443", "SOCKS5 p:1080"
};

std::optional<ProxyEndpoint> parseProxyUrl(const QString &text, const QString &defaultScheme = QStringLiteral("http"));

// Splits a list written with any of `separators` (e.g. ",; \t"), dropping empty items.
QStringList splitList(const QString &text, const QString &separators);

// How a bypass ("no proxy") list names hosts. The formats differ in small ways that matter:
// WinINet's "example.com" is that host only, the others' is the domain and its subdomains.
enum class BypassDialect {
    Env, // no_proxy: suffixes, "*", IPs and CIDRs (curl, Qt, Chrome on Linux)
    WinInet, // ProxyOverride: ';'-separated, '*' wildcards, "<local>" = names without a dot
    Domain, // GNOME ignore-hosts, macOS ExceptionsList, Firefox no_proxies_on, KDE NoProxyFor
};
bool bypassMatches(const QString &host, const QStringList &entries, BypassDialect dialect);

// WinINet's ProxyServer value: one "host:port" for every protocol, or per protocol
// "http=h:p;https=h:p;socks=h:p". Returns the proxy used for `scheme`, if any.
std::optional<ProxyEndpoint> winInetProxyFor(const QString &proxyServer, const QString &scheme);

// What the proxy environment variables say for `target` (source "env"), or nullopt when
// none is set. Qt's own proxy lookup on Linux reads only the lower-case names; other
// programs also read the upper-case ones, so both are reported.
std::optional<ProxySetting> envProxySetting(const QProcessEnvironment &env, const QUrl &target);

// The URL a browser hands to FindProxyForURL: https URLs lose path and query (Chrome and
// Firefox both strip them), http URLs are kept.
QUrl pacQueryUrl(const QUrl &target);

} // namespace gatecheck::env
