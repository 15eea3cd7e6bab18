// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RigProcess.h"
#include "net/ResolverEndpoint.h"

#include <memory>

namespace gatecheck::rig {

class Unbound;

// A real dnsmasq started per test on a 127.x address and an ephemeral port (or inside a
// namespace), with no upstream, no /etc/hosts and no cache: it answers only what the test
// told it, and REFUSED for every other name. Each scenario helper is one resolver
// behaviour the product must recognise.
class Dnsmasq
{
public:
    // `prefix` runs it inside a namespace (Netns::execPrefix()); `address` is where it
    // listens; `port` 0 picks a free one (inside a namespace, 53 is fine).
    explicit Dnsmasq(QString address = QStringLiteral("127.0.0.1"), QStringList prefix = {}, quint16 port = 0);
    ~Dnsmasq();

    // Correct (or wrong, or stale — the test decides what is right) answers: A and AAAA
    // records with a TTL. The name's other types answer NODATA, as a real zone would.
    void addHost(const QString &name, const QStringList &addresses, int ttl = 300);
    void addCname(const QString &alias, const QString &target, int ttl = 300);
    // The name exists (a TXT record) but has no address: NOERROR with no answer.
    void addNameWithoutAddress(const QString &name);
    // NXDOMAIN for the name and everything under it.
    void nxdomain(const QString &name);
    // A real SERVFAIL for the name. dnsmasq never makes one up itself (a dead upstream
    // only gives silence), so the name is forwarded to an unbound that fails it.
    void servfail(const QString &name);
    // Wildcard hijack: every name not otherwise known resolves to `address` (what a
    // "helpful" ISP resolver or a captive portal does with NXDOMAIN).
    void hijackAll(const QString &address);
    // Unknown names get REFUSED without any helper (there is no upstream).

    bool start(QString *error = nullptr);
    QString address() const { return m_address; }
    quint16 port() const { return m_port; }
    ResolverEndpoint endpoint() const { return {m_address, m_port}; }
    // The queries dnsmasq logged, as "A name" / "AAAA name", in arrival order.
    QStringList queries() const;
    QString log() const { return m_process.output(); }

private:
    QString m_address;
    QStringList m_prefix;
    quint16 m_port = 0;
    quint16 m_fixedPort = 0;
    QStringList m_lines;
    QStringList m_servfailNames;
    std::unique_ptr<Unbound> m_servfailUpstream;
    RigProcess m_process {QStringLiteral("dnsmasq")};
};

} // namespace gatecheck::rig
