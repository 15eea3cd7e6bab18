// SPDX-License-Identifier: GPL-3.0-or-later
// TcpConnectProbe inside namespaces the test makes, where nftables plays the firewall: a
// refused port, a silently dropped SYN, ICMP "host unreachable", and no route at all are
// each told apart — the difference between "the server is down" and "something drops us".
#include "HostileHttp.h"
#include "Netns.h"
#include "NetnsScope.h"
#include "ProbeWait.h"
#include "net/TcpConnectProbe.h"

#include <QTest>

using namespace gatecheck;
using namespace gatecheck::rig;
using namespace std::chrono_literals;

namespace {

// Output hook rules on the namespace's own traffic: the firewall sits on this computer.
const QByteArray kFirewall = "table inet gatecheck {\n"
                             "  chain out {\n"
                             "    type filter hook output priority 0;\n"
                             "    tcp dport 9001 drop\n"
                             "    tcp dport 9002 reject with tcp reset\n"
                             "    tcp dport 9003 reject with icmp type host-unreachable\n"
                             "    tcp dport 9004 reject with icmp type net-unreachable\n"
                             "  }\n"
                             "}\n";

} // namespace

class TestTcpConnectProbe : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Netns> m_ns;
    std::unique_ptr<HostileHttp> m_listener;

private slots:
    void initTestCase()
    {
        RIG_REQUIRE_NETNS();
        RIG_REQUIRE_PROGRAM("nft");
        RIG_REQUIRE_PROGRAM("python3");
        m_ns = std::make_unique<Netns>(QStringLiteral("tcp"));
        QString error;
        QVERIFY2(m_ns->create(&error), qPrintable(error));
        QVERIFY2(m_ns->nft(kFirewall, &error), qPrintable(error));
        m_listener = std::make_unique<HostileHttp>(HostileHttp::Mode::Silent, m_ns.get());
        QVERIFY2(m_listener->start(&error), qPrintable(error));
    }

    void tellsFailuresApart_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("endsBeforeDeadline");
        QTest::newRow("listening") << "127.0.0.1" << -1 << true << "" << true;
        QTest::newRow("closed port: refused") << "127.0.0.1" << 9 << false << ErrorCode::ConnectionRefused << true;
        QTest::newRow("firewall resets: refused")
            << "127.0.0.1" << 9002 << false << ErrorCode::ConnectionRefused << true;
        QTest::newRow("firewall drops: timeout") << "127.0.0.1" << 9001 << false << ErrorCode::Timeout << false;
        QTest::newRow("ICMP host unreachable") << "127.0.0.1" << 9003 << false << ErrorCode::HostUnreachable << true;
        QTest::newRow("ICMP network unreachable")
            << "127.0.0.1" << 9004 << false << ErrorCode::NetworkUnreachable << true;
        // The namespace has no route but loopback: nothing can leave it.
        QTest::newRow("no route to the network")
            << "10.77.0.1" << 443 << false << ErrorCode::NetworkUnreachable << true;
        QTest::newRow("no route, IPv6") << "2001:db8::1" << 443 << false << ErrorCode::NetworkUnreachable << true;
        QTest::newRow("IPv6 loopback, closed") << "::1" << 9 << false << ErrorCode::ConnectionRefused << true;
    }

    void tellsFailuresApart()
    {
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(bool, connected);
        QFETCH(QString, error);
        QFETCH(bool, endsBeforeDeadline);
        const quint16 target = port < 0 ? m_listener->port() : quint16(port);
        // ICMP errors reach a SYN_SENT socket after a retransmission (~1-3 s), so the
        // deadline leaves room for them.
        const auto deadline = 8s;
        TcpConnectProbe probe(QStringLiteral("origin.test"), address, target, deadline);
        int finished = 0;
        qint64 took = 0;
        {
            const NetnsScope inside(*m_ns);
            QVERIFY2(inside.isActive(), qPrintable(inside.error()));
            took = testing::runProbe(probe, &finished);
        }
        QCOMPARE(finished, 1);
        const TcpObservation &t = probe.observation();
        QVERIFY2(t.error.code == error, qPrintable(t.error.code + QLatin1Char(' ') + t.error.message));
        QCOMPARE(t.connected, connected);
        QCOMPARE(t.address, address);
        QCOMPARE(t.port, target);
        QCOMPARE(t.host, QStringLiteral("origin.test"));
        QVERIFY(t.elapsedMs >= 0);
        if (endsBeforeDeadline)
            QVERIFY2(took < 8000, qPrintable(QString::number(took)));
        else
            QVERIFY2(t.elapsedMs >= 7500, qPrintable(QString::number(t.elapsedMs))); // a coarse timer may fire 5% early
    }

    void cancelWhileConnecting()
    {
        TcpConnectProbe probe(QStringLiteral("origin.test"), QStringLiteral("127.0.0.1"), 9001, 30s);
        QSignalSpy finished(&probe, &Probe::finished);
        const NetnsScope inside(*m_ns);
        QVERIFY2(inside.isActive(), qPrintable(inside.error()));
        probe.start();
        QVERIFY(probe.isRunning());
        probe.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(probe.observation().error.code, ErrorCode::Cancelled);
        QVERIFY(!probe.observation().connected);
    }

    void rejectsANameInsteadOfAnAddress()
    {
        TcpConnectProbe probe(QStringLiteral("origin.test"), QStringLiteral("origin.test"), 443, 5s);
        int finished = 0;
        testing::runProbe(probe, &finished);
        QCOMPARE(finished, 1);
        QCOMPARE(probe.observation().error.code, ErrorCode::Other);
    }

    void cleanupTestCase()
    {
        m_listener.reset();
        m_ns.reset();
    }
};

QTEST_GUILESS_MAIN(TestTcpConnectProbe)
#include "tst_tcpconnectprobe.moc"
