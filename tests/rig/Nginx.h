// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RigProcess.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace gatecheck::rig {

class HostileHttp;
class Netns;

// A real nginx from a private configuration in the test's directory, on ephemeral ports of
// 127.0.0.1 (and [::1] when asked), inside `ns` when given. Every listener serves the same
// locations, so one server plays every part a test needs:
//
//   /                   the origin page (title, body and headers set by the test)
//   /files/..., /status/...   files the test wrote (status/ as application/json)
//   /bad-gateway        a real 502: proxy_pass to a closed port
//   /unavailable        503 with Retry-After: 120
//   /gateway-timeout    a real 504: proxy_read_timeout 1s in front of a server that never answers
//   /challenge          403 "Just a moment..." with Cloudflare-style cf-ray / cf-mitigated headers
//   /challenge-503      the same as a 503
//   /portal             a captive-portal-like 302 to another host (http://127.0.0.1:PORT/portal-login)
//   /chain/1 ... /chain/8   a chain of 302s ending at / (8 redirects from /chain/1)
//   /loop               302 to itself
//   /set-cookie         200 with two Set-Cookie headers
//   /whoami             "sni|host|protocol" as nginx saw them
//
// The access log records "port|sni|host|protocol|uri|status" per request.
class Nginx
{
public:
    explicit Nginx(const Netns *ns = nullptr);
    ~Nginx();

    // Configure before start().
    void setOriginPage(const QString &title, const QByteArray &body = {});
    void addOriginHeader(const QString &name, const QString &value);
    // Enables the HTTPS listener (HTTP/2 and HTTP/1.1) with this chain (leaf first) and key.
    void setCertificate(const QString &chainPath, const QString &keyPath);
    // Another HTTPS listener with its own certificate (an expired or wrong-name one);
    // returns its index for tlsServerPort().
    int addTlsServer(const QString &chainPath, const QString &keyPath);
    void setListenIpv6(bool on) { m_ipv6 = on; }
    // Listen on these addresses instead of 127.0.0.1 (and [::1]): inside a namespace a test can
    // give a "vendor" address of its own (e.g. 203.0.113.10 on the namespace's loopback).
    // The first address is the one start() waits on.
    void setListenAddresses(const QStringList &addresses) { m_listen = addresses; }

    bool start(QString *error = nullptr);
    void stop();

    quint16 httpPort() const { return m_httpPort; }
    quint16 httpsPort() const { return m_httpsPort; }
    quint16 tlsServerPort(int index) const { return m_extraTls.value(index).port; }
    // A file under the document root, served at /<relative> (e.g. "files/big.bin",
    // "status/green/api/v2/summary.json"). Can be written while nginx runs.
    bool writeFile(const QString &relative, const QByteArray &content) const;
    QStringList accessLog() const;
    QString errorLog() const;
    RigProcess &process() { return m_process; }

private:
    struct TlsListener
    {
        QString chainPath;
        QString keyPath;
        quint16 port = 0;
    };
    QByteArray configuration() const;
    QByteArray locations() const;

    const Netns *m_ns;
    RigProcess m_process;
    std::unique_ptr<HostileHttp> m_slowUpstream;
    QString m_title = QStringLiteral("Origin OK");
    QByteArray m_body;
    QList<QPair<QString, QString>> m_headers;
    TlsListener m_tls;
    QList<TlsListener> m_extraTls;
    bool m_ipv6 = false;
    QStringList m_listen;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    quint16 m_deadPort = 0;
    quint16 m_slowPort = 0;
};

} // namespace gatecheck::rig
