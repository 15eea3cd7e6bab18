// SPDX-License-Identifier: GPL-3.0-or-later
#include "Nginx.h"

#include "HostileHttp.h"
#include "Netns.h"
#include "NetnsScope.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace gatecheck::rig {

namespace {

QByteArray htmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// nginx string literal in single quotes.
QByteArray quoted(const QByteArray &text)
{
    QByteArray out = text;
    out.replace('\\', "\\\\").replace('\'', "\\'");
    return '\'' + out + '\'';
}

} // namespace

Nginx::Nginx(const Netns *ns)
    : m_ns(ns)
    , m_process(QStringLiteral("nginx"))
{ }

Nginx::~Nginx()
{
    stop();
}

void Nginx::setOriginPage(const QString &title, const QByteArray &body)
{
    m_title = title;
    m_body = body;
}

void Nginx::addOriginHeader(const QString &name, const QString &value)
{
    m_headers.append({name, value});
}

void Nginx::setCertificate(const QString &chainPath, const QString &keyPath)
{
    m_tls.chainPath = chainPath;
    m_tls.keyPath = keyPath;
}

int Nginx::addTlsServer(const QString &chainPath, const QString &keyPath)
{
    m_extraTls.append({chainPath, keyPath, 0});
    return int(m_extraTls.size()) - 1;
}

bool Nginx::writeFile(const QString &relative, const QByteArray &content) const
{
    return m_process.writeFile(QStringLiteral("www/") + relative, content);
}

QByteArray Nginx::locations() const
{
    const QByteArray origin = "<!DOCTYPE html>\n<html><head><title>" + htmlEscape(m_title)
        + "</title></head>\n<body><h1>" + htmlEscape(m_title) + "</h1>\n" + m_body + "\n</body></html>\n";
    QByteArray originHeaders;
    for (const auto &[name, value] : m_headers)
        originHeaders += "    add_header " + name.toUtf8() + ' ' + quoted(value.toUtf8()) + " always;\n";
    const QByteArray challenge = "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title></head>"
                                 "<body><noscript>Enable JavaScript and cookies to continue</noscript></body></html>";
    const QByteArray cloudflare = "    add_header cf-ray '8a1b2c3d4e5f6789-AMS' always;\n"
                                  "    add_header cf-mitigated challenge always;\n"
                                  "    add_header cf-cache-status DYNAMIC always;\n"
                                  "    default_type text/html;\n";
    const QByteArray portal = "<!DOCTYPE html><html><head><title>Wi-Fi Sign In</title></head>"
                              "<body>Accept the terms to continue</body></html>";

    QByteArray conf;
    conf += "root " + m_process.filePath(QStringLiteral("www")).toUtf8() + ";\n";
    conf +=
        "location = / {\n    default_type text/html;\n" + originHeaders + "    return 200 " + quoted(origin) + ";\n}\n";
    conf += "location /files/ { }\n";
    conf += "location /status/ { default_type application/json; }\n";
    conf += "location = /bad-gateway { proxy_pass http://127.0.0.1:" + QByteArray::number(m_deadPort) + "; }\n";
    conf += "location = /unavailable { add_header Retry-After 120 always; return 503; }\n";
    conf += "location = /gateway-timeout {\n    proxy_pass http://127.0.0.1:" + QByteArray::number(m_slowPort)
        + ";\n    proxy_connect_timeout 2s;\n    proxy_read_timeout 1s;\n}\n";
    conf += "location = /challenge {\n" + cloudflare + "    return 403 " + quoted(challenge) + ";\n}\n";
    conf += "location = /challenge-503 {\n" + cloudflare + "    return 503 " + quoted(challenge) + ";\n}\n";
    conf += "location = /portal { return 302 http://127.0.0.1:" + QByteArray::number(m_httpPort) + "/portal-login; }\n";
    conf += "location = /portal-login {\n    default_type text/html;\n    return 200 " + quoted(portal) + ";\n}\n";
    for (int i = 1; i <= 8; ++i)
        conf += "location = /chain/" + QByteArray::number(i) + " { return 302 "
            + (i < 8 ? "/chain/" + QByteArray::number(i + 1) : QByteArray("/")) + "; }\n";
    conf += "location = /loop { return 302 /loop; }\n";
    conf += "location = /set-cookie {\n    add_header Set-Cookie 'session=s3cret; Path=/; HttpOnly' always;\n"
            "    add_header Set-Cookie '__cf_bm=abc123; Secure' always;\n    default_type text/plain;\n"
            "    return 200 'cookies set\\n';\n}\n";
    conf += "location = /whoami {\n    default_type text/plain;\n"
            "    return 200 '$ssl_server_name|$host|$server_protocol\\n';\n}\n";
    return conf;
}

QByteArray Nginx::configuration() const
{
    const QByteArray dir = m_process.dir().toUtf8();
    QByteArray conf;
    // As root, nginx would switch its workers to "nobody", who cannot read the test's
    // private directory.
    if (::geteuid() == 0)
        conf += "user root;\n";
    conf += "daemon off;\nworker_processes 1;\npid " + dir + "/nginx.pid;\nerror_log " + dir
        + "/error.log info;\nevents { worker_connections 512; }\nhttp {\n";
    // Temp paths default to /var/lib/nginx, which a private instance must not touch.
    for (const char *kind : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        conf += QByteArray("    ") + kind + "_temp_path " + dir + "/tmp/" + kind + ";\n";
    conf += "    log_format gc '$server_port|$ssl_server_name|$host|$server_protocol|$request_uri|$status';\n"
            "    access_log "
        + dir
        + "/access.log gc;\n    types { text/html html; application/json json; text/plain txt; }\n"
          "    default_type application/octet-stream;\n    keepalive_timeout 5s;\n";
    const auto listen = [this](quint16 port, const QByteArray &flags) {
        QByteArray out;
        for (const QString &address : m_listen) {
            const QByteArray host =
                address.contains(QLatin1Char(':')) ? "[" + address.toLatin1() + "]" : address.toLatin1();
            out += "    listen " + host + ":" + QByteArray::number(port) + flags + ";\n";
        }
        if (m_listen.isEmpty())
            out += "    listen 127.0.0.1:" + QByteArray::number(port) + flags + ";\n";
        if (m_ipv6 && m_listen.isEmpty())
            out += "    listen [::1]:" + QByteArray::number(port) + flags + ";\n";
        return out;
    };
    const QByteArray include = "    include " + dir + "/locations.conf;\n";
    conf += "  server {\n" + listen(m_httpPort, {}) + include + "  }\n";
    const auto tlsServer = [&](const TlsListener &tls) {
        return "  server {\n" + listen(tls.port, " ssl http2") + "    ssl_certificate " + tls.chainPath.toUtf8()
            + ";\n    ssl_certificate_key " + tls.keyPath.toUtf8() + ";\n    ssl_protocols TLSv1.2 TLSv1.3;\n" + include
            + "  }\n";
    };
    if (m_httpsPort)
        conf += tlsServer(m_tls);
    for (const TlsListener &tls : m_extraTls)
        conf += tlsServer(tls);
    conf += "}\n";
    return conf;
}

bool Nginx::start(QString *error)
{
    m_httpPort = freeTcpPort();
    m_deadPort = freeTcpPort(); // never listened on: the upstream of /bad-gateway
    if (!m_tls.chainPath.isEmpty())
        m_httpsPort = m_tls.port = freeTcpPort();
    for (TlsListener &tls : m_extraTls)
        tls.port = freeTcpPort();

    // The slow upstream of /gateway-timeout: accepts and never answers.
    m_slowUpstream = std::make_unique<HostileHttp>(HostileHttp::Mode::Silent, m_ns);
    if (!m_slowUpstream->start(error))
        return false;
    m_slowPort = m_slowUpstream->port();

    for (const char *kind : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        QDir().mkpath(m_process.filePath(QStringLiteral("tmp/") + QLatin1String(kind)));
    QDir().mkpath(m_process.filePath(QStringLiteral("www/files")));
    QDir().mkpath(m_process.filePath(QStringLiteral("www/status")));
    if (!m_process.writeFile(QStringLiteral("locations.conf"), locations())
        || !m_process.writeFile(QStringLiteral("nginx.conf"), configuration())) {
        if (error)
            *error = QStringLiteral("cannot write nginx configuration in %1").arg(m_process.dir());
        return false;
    }
    const QStringList args {QStringLiteral("-p"), m_process.dir(), QStringLiteral("-e"), QStringLiteral("stderr"),
        QStringLiteral("-c"), m_process.filePath(QStringLiteral("nginx.conf"))};
    if (!m_process.start(findProgram(QStringLiteral("nginx")), args, m_ns ? m_ns->execPrefix() : QStringList())) {
        if (error)
            *error = m_process.lastError();
        return false;
    }
    QString waitError;
    for (quint16 port : {m_httpPort, m_httpsPort}) {
        if (port
            && !waitForTcpIn(m_ns, m_process,
                m_listen.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(m_listen.constFirst()), port,
                std::chrono::seconds(20), &waitError)) {
            if (error)
                *error = waitError + QLatin1Char('\n') + errorLog();
            return false;
        }
    }
    return true;
}

void Nginx::stop()
{
    m_process.stop();
    if (m_slowUpstream)
        m_slowUpstream->process().stop();
}

QStringList Nginx::accessLog() const
{
    QFile log(m_process.filePath(QStringLiteral("access.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString Nginx::errorLog() const
{
    QFile log(m_process.filePath(QStringLiteral("error.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll().right(16 * 1024));
}

} // namespace gatecheck::rig
