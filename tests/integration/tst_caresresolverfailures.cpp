// SPDX-License-Identifier: GPL-3.0-or-later
// The c-ares probe when things go wrong: a silent port, a closed port, a deliberately
// hostile server, answers after the deadline, cancellation and destruction mid-query, and
// fifty probes at once without a leaked socket. Every case must end with a clear error,
// within the deadline, once. Upper time bounds allow the deadline plus 10 %: the deadline
// timer is a coarse QTimer, and the machine is shared with other builds.
#include "CaresTestSupport.h"
#include "HostileDns.h"
#include "SilentDnsServer.h"

using namespace gatecheck;
using namespace gatecheck::rig;
using namespace gatecheck::test;

class TestCaresResolverFailures : public QObject
{
    Q_OBJECT
private slots:
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

QTEST_GUILESS_MAIN(TestCaresResolverFailures)
#include "tst_caresresolverfailures.moc"
