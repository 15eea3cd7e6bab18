// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the c-ares probe tests share: running one probe to its end, the standard dnsmasq
// zone, and counting this process's open descriptors.

#include "Dnsmasq.h"
#include "net/CaresResolverProbe.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

namespace gatecheck::test {

using namespace std::chrono_literals;
using Transport = CaresResolverProbe::Transport;

struct Outcome
{
    DnsObservation obs;
    int finishedCount = 0;
};

// Runs one probe to its end (generous wait: the probe's own deadline is what is tested).
inline Outcome resolve(
    const QString &host, const ResolverEndpoint &server, Transport transport, std::chrono::milliseconds deadline = 4s)
{
    CaresResolverProbe probe(host, server, transport, deadline);
    QSignalSpy finished(&probe, &Probe::finished);
    probe.start();
    if (finished.isEmpty())
        finished.wait(int(deadline.count()) + 10000);
    QTest::qWait(20); // a second finished() would show up here
    return {probe.observation(), int(finished.count())};
}

inline QStringList addressesOf(const DnsObservation &obs)
{
    QStringList out;
    for (const DnsAddress &a : obs.addresses)
        out << QStringLiteral("%1/%2").arg(a.address).arg(a.ttl);
    return out;
}

inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

inline int openFileDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

// The standard zone most cases use; unknown names are REFUSED (dnsmasq has no upstream).
inline bool startStandardDnsmasq(rig::Dnsmasq &dns, QString *error)
{
    dns.addHost(QStringLiteral("ok.test"), {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::10")}, 300);
    dns.addHost(QStringLiteral("multi.test"), {QStringLiteral("192.0.2.11"), QStringLiteral("192.0.2.12")}, 120);
    dns.addHost(QStringLiteral("v4only.test"), {QStringLiteral("192.0.2.20")}, 60);
    dns.addHost(QStringLiteral("stale.test"), {QStringLiteral("198.51.100.99")}, 86400);
    dns.addCname(QStringLiteral("alias.test"), QStringLiteral("ok.test"), 30);
    dns.addNameWithoutAddress(QStringLiteral("txt.test"));
    dns.nxdomain(QStringLiteral("nx.test"));
    dns.servfail(QStringLiteral("sf.test"));
    QStringList many;
    for (int i = 1; i <= 60; ++i)
        many << QStringLiteral("198.51.100.%1").arg(i);
    dns.addHost(QStringLiteral("big.test"), many, 30); // 60 A records do not fit 512 bytes
    return dns.start(error);
}

} // namespace gatecheck::test

Q_DECLARE_METATYPE(gatecheck::CaresResolverProbe::Transport)
