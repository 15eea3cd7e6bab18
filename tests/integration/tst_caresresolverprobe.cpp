// SPDX-License-Identifier: GPL-3.0-or-later
// The c-ares probe against real resolvers on loopback, when they answer: dnsmasq (records
// with TTLs, CNAMEs, NXDOMAIN, REFUSED, NODATA, a wildcard hijack, a truncated answer), and
// unbound behind it (a real SERVFAIL), over UDP and TCP. Each case checks exactly what came
// back, and what went on the wire (dnsmasq's query log).
#include "CaresTestSupport.h"
#include "HostileDns.h"

using namespace gatecheck;
using namespace gatecheck::rig;
using namespace gatecheck::test;

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
};

QTEST_GUILESS_MAIN(TestCaresResolverProbe)
#include "tst_caresresolverprobe.moc"
