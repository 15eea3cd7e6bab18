// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RigProcess.h"
#include "net/ResolverEndpoint.h"

#include <QUrl>

namespace gatecheck::rig {

// A DNS server that misbehaves on purpose (tests/rig/hostile_dns.py), one way per run:
//   ok             correct answer (the script's baseline: proves its answers are valid)
//   junk           random-looking bytes instead of a DNS message
//   wrong-id       a correct answer with another transaction ID
//   short-header   7 bytes, less than a DNS header
//   pointer-loop   an answer whose name is a compression pointer to itself
//   huge-counts    65535 answer/authority/additional records announced, one present
//   tc-hostile-tcp UDP says "truncated"; over TCP the answer has a pointer loop
//   tc-junk-tcp    UDP says "truncated"; over TCP a 65535-byte length, a few bytes, then silence
//   tc-close       UDP says "truncated"; over TCP the connection is closed without answer
//   slow           the correct answer, but only after `delayMs`
//   silent         takes every query, never answers
// With a certificate it is instead a hostile DNS-over-HTTPS server (HTTP/1.1):
//   doh-ok, doh-html (200 text/html), doh-junk (200 dns-message with junk), doh-huge
//   (a 200 KiB body), doh-huge-unannounced (the same without Content-Length), doh-status
//   (503), doh-redirect (302), doh-slow (correct, after delayMs).
class HostileDns
{
public:
    // `prefix` runs it inside a namespace; `port` 0 lets the kernel pick one (a system
    // resolver in a namespace needs 53).
    explicit HostileDns(QString mode, int delayMs = 0, QStringList prefix = {}, quint16 port = 0);
    bool start(QString *error = nullptr);
    // DoH variant, TLS with this certificate chain and key.
    bool startDoh(const QString &certChainPath, const QString &keyPath, QString *error = nullptr);

    quint16 port() const { return m_port; }
    ResolverEndpoint endpoint() const { return {QStringLiteral("127.0.0.1"), m_port}; }
    QUrl dohUrl() const; // https://127.0.0.1:PORT/dns-query
    // How many DNS queries (UDP + TCP) or HTTP requests reached it.
    int requestCount() const;
    QString log() const { return m_process.output(); }

private:
    bool run(const QStringList &extra, QString *error);

    QString m_mode;
    int m_delayMs;
    QStringList m_prefix;
    quint16 m_fixedPort;
    quint16 m_port = 0;
    RigProcess m_process {QStringLiteral("hostile-dns")};
};

} // namespace gatecheck::rig
