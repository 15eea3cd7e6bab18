// SPDX-License-Identifier: GPL-3.0-or-later
// The c-ares probe against real resolvers on loopback: dnsmasq (answers, NXDOMAIN, REFUSED,
// hijack, truncation), unbound behind it (a real SERVFAIL), a silent port, a closed port
// and a deliberately hostile server. Every case checks what came back and that it came
// back within the deadline, once. Upper time bounds allow the deadline plus 10 %: the
// deadline timer is a coarse QTimer, and the machine is shared with other builds.
#include "Dnsmasq.h"
#include "HostileDns.h"
#include "SilentDnsServer.h"
#include "net/CaresResolverProbe.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::rig;
using namespace std::chrono_literals;
using Transport = CaresResolverProbe::Transport;

Q_DECLARE_METATYPE(gatecheck::CaresResolverProbe::Transport)

namespace {

struct Outcome
{
    DnsObservation obs;
    int finishedCount = 0;
};

// Runs one probe to its end (generous wait: the probe's own deadline is what is tested).
Outcome resolve(
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

QStringList addressesOf(const DnsObservation &obs)
{
    QStringList out;
    for (const DnsAddress &a : obs.addresses)
        out << QStringLiteral("%1/%2").arg(a.address).arg(a.ttl);
    return out;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

int openFileDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

// The standard zone most cases use; unknown names are REFUSED (dnsmasq has no upstream).
bool startStandardDnsmasq(Dnsmasq &dns, QString *error)
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

} // namespace

class TestCaresResolverProbe : public QObject
{
    Q_OBJECT
private slots:
    void answers_data()
    {
        QTest::addColumn<Transport>("transport");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("expected"); // address/ttl, in answer order
        QTest::addColumn<QStringList>("cnames");
        for (const auto &[transport, tag] : {std::pair {Transport::Udp, "udp"}, std::pair {Transport::Tcp, "tcp"}}) {
            QTest::addRow("%s: A and AAAA with their TTLs", tag)
                << transport << "ok.test" << strings({"192.0.2.10/300", "2001:db8::10/300"}) << QStringList {};
            QTest::addRow("%s: two A records", tag)
                << transport << "multi.test" << strings({"192.0.2.11/120", "192.0.2.12/120"}) << QStringList {};
            QTest::addRow("%s: IPv4 only (AAAA is NODATA)", tag)
                << transport << "v4only.test" << strings({"192.0.2.20/60"}) << QStringList {};
            QTest::addRow("%s: a stale answer is reported as given", tag)
                << transport << "stale.test" << strings({"198.51.100.99/86400"}) << QStringList {};
            QTest::addRow("%s: CNAME, TTL capped by the CNAME's", tag)
                << transport << "alias.test" << strings({"192.0.2.10/30", "2001:db8::10/30"}) << strings({"ok.test"});
            QTest::addRow("%s: upper case name", tag)
                << transport << "OK.Test" << strings({"192.0.2.10/300", "2001:db8::10/300"}) << QStringList {};
        }
    }
    void answers()
    {
        RIG_REQUIRE_PROGRAM("dnsmasq");
        RIG_REQUIRE_PROGRAM("unbound");
        QFETCH(Transport, transport);
        QFETCH(QString, host);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, cnames);
        Dnsmasq dns;
        QString error;
        QVERIFY2(startStandardDnsmasq(dns, &error), qPrintable(error));
        const Outcome out = resolve(host, dns.endpoint(), transport, 4s);
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(!out.obs.error.isError(), qPrintable(out.obs.error.message));
        QCOMPARE(addressesOf(out.obs), expected);
        QCOMPARE(out.obs.cnames, cnames);
        QCOMPARE(out.obs.rcode, QStringLiteral("NOERROR"));
        QCOMPARE(out.obs.resolver, dns.endpoint().toString());
        QCOMPARE(out.obs.method, transport == Transport::Udp ? QStringLiteral("udp") : QStringLiteral("tcp"));
        QVERIFY(out.obs.elapsedMs >= 0 && out.obs.elapsedMs < 4000);
        // Both questions went to the server (A and AAAA), in one probe.
        const QStringList asked = dns.queries();
        QVERIFY2(asked.contains(QStringLiteral("A ") + host.toLower()), qPrintable(asked.join(QLatin1Char(','))));
        QVERIFY2(asked.contains(QStringLiteral("AAAA ") + host.toLower()), qPrintable(asked.join(QLatin1Char(','))));
    }

    void serverErrors_data()
    {
        QTest::addColumn<Transport>("transport");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("rcode");
        for (const auto &[transport, tag] : {std::pair {Transport::Udp, "udp"}, std::pair {Transport::Tcp, "tcp"}}) {
            QTest::addRow("%s: NXDOMAIN", tag) << transport << "nx.test" << ErrorCode::NxDomain << "NXDOMAIN";
            QTest::addRow("%s: NXDOMAIN below the name", tag)
                << transport << "www.nx.test" << ErrorCode::NxDomain << "NXDOMAIN";
            QTest::addRow("%s: SERVFAIL (from unbound, passed on)", tag)
                << transport << "sf.test" << ErrorCode::ServFail << "SERVFAIL";
            QTest::addRow("%s: REFUSED for a name it does not serve", tag)
                << transport << "elsewhere.example" << ErrorCode::Refused << "REFUSED";
            QTest::addRow("%s: name exists, no address", tag)
                << transport << "txt.test" << ErrorCode::NoData << "NOERROR";
        }
    }
    void serverErrors()
    {
        RIG_REQUIRE_PROGRAM("dnsmasq");
        RIG_REQUIRE_PROGRAM("unbound");
        QFETCH(Transport, transport);
        QFETCH(QString, host);
        QFETCH(QString, code);
        QFETCH(QString, rcode);
        Dnsmasq dns;
        QString error;
        QVERIFY2(startStandardDnsmasq(dns, &error), qPrintable(error));
        const Outcome out = resolve(host, dns.endpoint(), transport, 4s);
        QCOMPARE(out.finishedCount, 1);
        QCOMPARE(out.obs.error.code, code);
        QCOMPARE(out.obs.rcode, rcode);
        QVERIFY(out.obs.addresses.isEmpty());
        QVERIFY2(out.obs.error.message.contains(host), qPrintable(out.obs.error.message));
        // The server's own answer, not c-ares trying again elsewhere: well inside the deadline.
        QVERIFY2(out.obs.elapsedMs < 2000, qPrintable(QString::number(out.obs.elapsedMs)));
    }

    void wildcardHijackAnswersEverything()
    {
        RIG_REQUIRE_PROGRAM("dnsmasq");
        Dnsmasq dns(QStringLiteral("127.0.0.53"));
        dns.hijackAll(QStringLiteral("127.0.0.66"));
        QString error;
        QVERIFY2(dns.start(&error), qPrintable(error));
        const Outcome out = resolve(QStringLiteral("does-not-exist.example"), dns.endpoint(), Transport::Udp);
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(!out.obs.error.isError(), qPrintable(out.obs.error.message));
        QCOMPARE(addressesOf(out.obs), QStringList {QStringLiteral("127.0.0.66/0")});
        QCOMPARE(out.obs.resolver, QStringLiteral("127.0.0.53:%1").arg(dns.port()));
    }

    void truncatedAnswerFallsBackToTcp_data()
    {
        QTest::addColumn<Transport>("transport");
        QTest::addColumn<int>("queriesForA"); // UDP then TCP, or TCP only
        QTest::newRow("udp: truncated, asked again over TCP") << Transport::Udp << 2;
        QTest::newRow("tcp only: asked once") << Transport::Tcp << 1;
    }
    void truncatedAnswerFallsBackToTcp()
    {
        RIG_REQUIRE_PROGRAM("dnsmasq");
        RIG_REQUIRE_PROGRAM("unbound");
        QFETCH(Transport, transport);
        QFETCH(int, queriesForA);
        Dnsmasq dns;
        QString error;
        QVERIFY2(startStandardDnsmasq(dns, &error), qPrintable(error));
        const Outcome out = resolve(QStringLiteral("big.test"), dns.endpoint(), transport);
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(!out.obs.error.isError(), qPrintable(out.obs.error.message));
        QCOMPARE(out.obs.addresses.size(), 60); // all of them, not the 30 that fit in UDP
        QCOMPARE(dns.queries().count(QStringLiteral("A big.test")), queriesForA);
    }

    void tcpOnlyNeverUsesUdp()
    {
        RIG_REQUIRE_PROGRAM("python3");
        HostileDns server(QStringLiteral("ok"));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const Outcome out = resolve(QStringLiteral("anything.test"), server.endpoint(), Transport::Tcp);
        QVERIFY2(!out.obs.error.isError(), qPrintable(out.obs.error.message));
        QCOMPARE(addressesOf(out.obs), QStringList {QStringLiteral("192.0.2.1/60")});
        QVERIFY2(server.log().contains(QLatin1String("REQUEST tcp")), qPrintable(server.log()));
        QVERIFY2(!server.log().contains(QLatin1String("REQUEST udp")), qPrintable(server.log()));
    }

    void ipv6Server()
    {
        RIG_REQUIRE_PROGRAM("dnsmasq");
        Dnsmasq dns(QStringLiteral("::1"));
        dns.addHost(QStringLiteral("ok.test"), {QStringLiteral("192.0.2.10")}, 300);
        QString error;
        if (!dns.start(&error))
            QSKIP("no IPv6 loopback here");
        const Outcome out = resolve(QStringLiteral("ok.test"), dns.endpoint(), Transport::Udp);
        QVERIFY2(!out.obs.error.isError(), qPrintable(out.obs.error.message));
        QCOMPARE(addressesOf(out.obs), QStringList {QStringLiteral("192.0.2.10/300")});
        QCOMPARE(out.obs.resolver, QStringLiteral("[::1]:%1").arg(dns.port()));
    }

    void silentServerTimesOut_data()
    {
        QTest::addColumn<Transport>("transport");
        QTest::newRow("udp") << Transport::Udp;
        QTest::newRow("tcp (connection accepted, never answered)") << Transport::Tcp;
    }
    void silentServerTimesOut()
    {
        QFETCH(Transport, transport);
        SilentDnsServer silent;
        QVERIFY(silent.start());
        const Outcome out = resolve(QStringLiteral("ok.test"), silent.endpoint(), transport, 1500ms);
        QCOMPARE(out.finishedCount, 1);
        QCOMPARE(out.obs.error.code, ErrorCode::Timeout);
        QVERIFY(out.obs.addresses.isEmpty());
        QVERIFY(out.obs.rcode.isEmpty());
        // c-ares gives up on its own inside the deadline, after really waiting.
        QVERIFY2(out.obs.elapsedMs >= 700 && out.obs.elapsedMs <= 1650, qPrintable(QString::number(out.obs.elapsedMs)));
    }

    void closedPortIsRefused_data()
    {
        QTest::addColumn<Transport>("transport");
        QTest::newRow("udp (ICMP port unreachable)") << Transport::Udp;
        QTest::newRow("tcp (RST)") << Transport::Tcp;
    }
    void closedPortIsRefused()
    {
        QFETCH(Transport, transport);
        const quint16 closed = freeTcpPort();
        const Outcome out = resolve(QStringLiteral("ok.test"), {QStringLiteral("127.0.0.1"), closed}, transport, 3s);
        QCOMPARE(out.finishedCount, 1);
        QCOMPARE(out.obs.error.code, ErrorCode::ConnectionRefused);
        QVERIFY2(out.obs.elapsedMs < 2500, qPrintable(QString::number(out.obs.elapsedMs)));
    }

    void hostileServer_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<Transport>("transport");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("baseline: the script's correct answer is accepted")
            << "ok" << Transport::Udp << QString() << QString();
        QTest::newRow("junk bytes") << "junk" << Transport::Udp << ErrorCode::DnsMalformed << "replied";
        QTest::newRow("wrong transaction ID") << "wrong-id" << Transport::Udp << ErrorCode::DnsMalformed << "wrong ID";
        QTest::newRow("header cut at 7 bytes")
            << "short-header" << Transport::Udp << ErrorCode::DnsMalformed << "replied";
        QTest::newRow("compression pointer loop")
            << "pointer-loop" << Transport::Udp << ErrorCode::DnsMalformed << "cannot be decoded";
        QTest::newRow("65535 records announced")
            << "huge-counts" << Transport::Udp << ErrorCode::DnsMalformed << "cannot be decoded";
        QTest::newRow("pointer loop over TCP")
            << "pointer-loop" << Transport::Tcp << ErrorCode::DnsMalformed << "cannot be decoded";
        QTest::newRow("TC bit, then a pointer loop over TCP")
            << "tc-hostile-tcp" << Transport::Udp << ErrorCode::DnsMalformed << "cannot be decoded";
        QTest::newRow("TC bit, then 65535 bytes promised over TCP and 40 sent")
            << "tc-junk-tcp" << Transport::Udp << ErrorCode::DnsMalformed << "Over TCP";
        QTest::newRow("TC bit, then TCP closed without answer")
            << "tc-close" << Transport::Udp << ErrorCode::ConnectionRefused << "closed without an answer";
    }
    void hostileServer()
    {
        RIG_REQUIRE_PROGRAM("python3");
        QFETCH(QString, mode);
        QFETCH(Transport, transport);
        QFETCH(QString, code);
        QFETCH(QString, says);
        HostileDns server(mode);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const Outcome out = resolve(QStringLiteral("x.test"), server.endpoint(), transport, 2s);
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(server.requestCount() >= 1, qPrintable(server.log()));
        QCOMPARE(out.obs.error.code, code);
        QVERIFY2(out.obs.error.message.contains(says), qPrintable(out.obs.error.message));
        if (code.isEmpty())
            QCOMPARE(addressesOf(out.obs), QStringList {QStringLiteral("192.0.2.1/60")});
        else
            QVERIFY(out.obs.addresses.isEmpty());
        QVERIFY2(out.obs.elapsedMs <= 2200, qPrintable(QString::number(out.obs.elapsedMs)));
    }

    void answerAfterTheDeadlineIsIgnored()
    {
        RIG_REQUIRE_PROGRAM("python3");
        HostileDns server(QStringLiteral("slow"), 2500);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        CaresResolverProbe probe(QStringLiteral("x.test"), server.endpoint(), Transport::Udp, 800ms);
        QSignalSpy finished(&probe, &Probe::finished);
        probe.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(probe.observation().error.code, ErrorCode::Timeout);
        QVERIFY2(probe.observation().elapsedMs <= 900, qPrintable(QString::number(probe.observation().elapsedMs)));
        // The slow answers arrive (the server logs them sent); nothing changes.
        QTest::qWait(3000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(probe.observation().error.code, ErrorCode::Timeout);
        QVERIFY(probe.observation().addresses.isEmpty());
    }

    void deadlineIsAHardStop()
    {
        // A deadline shorter than c-ares' first try: the base class stops it, c-ares is
        // cancelled mid-query.
        SilentDnsServer silent;
        QVERIFY(silent.start());
        CaresResolverProbe probe(QStringLiteral("ok.test"), silent.endpoint(), Transport::Udp, 100ms);
        QSignalSpy finished(&probe, &Probe::finished);
        probe.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(probe.observation().error.code, ErrorCode::Timeout);
        QVERIFY(probe.observation().elapsedMs >= 95); // the deadline timer is coarse (±5 %)
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1);
    }

    void cancelMidQuery_data()
    {
        QTest::addColumn<Transport>("transport");
        QTest::newRow("udp") << Transport::Udp;
        QTest::newRow("tcp") << Transport::Tcp;
    }
    void cancelMidQuery()
    {
        QFETCH(Transport, transport);
        SilentDnsServer silent;
        QVERIFY(silent.start());
        CaresResolverProbe probe(QStringLiteral("ok.test"), silent.endpoint(), transport, 5s);
        QSignalSpy finished(&probe, &Probe::finished);
        probe.start();
        QTest::qWait(100); // the queries are out, sockets open
        probe.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(probe.observation().error.code, ErrorCode::Cancelled);
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1);
    }

    void destroyedMidQuery()
    {
        // Destroying a running probe tears c-ares down with it; ASan/UBSan watch this one.
        SilentDnsServer silent;
        QVERIFY(silent.start());
        auto *probe = new CaresResolverProbe(QStringLiteral("ok.test"), silent.endpoint(), Transport::Udp, 5s);
        probe->start();
        QTest::qWait(50);
        delete probe;
        QTest::qWait(200);
    }

    void deletedInsideItsFinishedSignal()
    {
        // Results come from the event loop, not from inside c-ares, so a receiver may
        // delete the probe right in its finished() handler.
        RIG_REQUIRE_PROGRAM("dnsmasq");
        Dnsmasq dns;
        dns.addHost(QStringLiteral("ok.test"), {QStringLiteral("192.0.2.10")}, 300);
        QString error;
        QVERIFY2(dns.start(&error), qPrintable(error));
        auto *probe = new CaresResolverProbe(QStringLiteral("ok.test"), dns.endpoint(), Transport::Udp, 4s);
        QStringList seen;
        connect(probe, &Probe::finished, this, [&seen, probe] {
            for (const DnsAddress &a : probe->observation().addresses)
                seen << a.address;
            delete probe;
        });
        probe->start();
        QTRY_COMPARE_WITH_TIMEOUT(seen, QStringList {QStringLiteral("192.0.2.10")}, 10000);
        QTest::qWait(200);
    }

    void manyConcurrentProbesLeakNoSockets()
    {
        RIG_REQUIRE_PROGRAM("dnsmasq");
        RIG_REQUIRE_PROGRAM("unbound");
        Dnsmasq dns;
        QString error;
        QVERIFY2(startStandardDnsmasq(dns, &error), qPrintable(error));
        SilentDnsServer silent;
        QVERIFY(silent.start());
        // Warm up what allocates descriptors once per process (c-ares, the event dispatcher).
        resolve(QStringLiteral("ok.test"), dns.endpoint(), Transport::Udp);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const int fdsBefore = openFileDescriptors();

        const QStringList hosts = {QStringLiteral("ok.test"), QStringLiteral("nx.test"), QStringLiteral("sf.test"),
            QStringLiteral("big.test"), QStringLiteral("elsewhere.example")};
        QList<CaresResolverProbe *> probes;
        for (int i = 0; i < 50; ++i) {
            const bool toSilent = i % 10 == 9; // some of them time out
            probes << new CaresResolverProbe(hosts[i % hosts.size()], toSilent ? silent.endpoint() : dns.endpoint(),
                i % 2 ? Transport::Tcp : Transport::Udp, toSilent ? 1s : 8s, this);
        }
        int finished = 0;
        for (CaresResolverProbe *p : std::as_const(probes)) {
            connect(p, &Probe::finished, this, [&finished] { ++finished; });
            p->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 50, 30000);
        QMap<QString, int> codes;
        for (CaresResolverProbe *p : std::as_const(probes)) {
            ++codes[p->observation().error.code.isEmpty() ? QStringLiteral("ok") : p->observation().error.code];
            delete p;
        }
        QCOMPARE(codes.value(QStringLiteral("timeout")), 5);
        QCOMPARE(codes.value(QStringLiteral("ok")), 20); // ok.test and big.test
        QCOMPARE(codes.value(ErrorCode::NxDomain), 10);
        QCOMPARE(codes.value(ErrorCode::ServFail), 10);
        QCOMPARE(codes.value(ErrorCode::Refused), 5); // the other five went to the silent server
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(openFileDescriptors(), fdsBefore);
    }
};

QTEST_GUILESS_MAIN(TestCaresResolverProbe)
#include "tst_caresresolverprobe.moc"
