// SPDX-License-Identifier: GPL-3.0-or-later
// Live scenarios about the path: a firewall closing the vendor's port, broken IPv6, a wrong
// clock, a captive portal, nothing reachable at all, and a shipped profile on a machine with
// no network (inside an empty namespace, so no packet can leave).
#include "ScenarioTest.h"

#include <QElapsedTimer>

using namespace gatecheck::rig;

namespace {

QString libfaketime()
{
    for (const char *path : {"/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
             "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/faketime/libfaketime.so.1"})
        if (QFile::exists(QLatin1String(path)))
            return QLatin1String(path);
    return {};
}

} // namespace

class TestScenariosNetwork : public QObject
{
    Q_OBJECT
    qint64 lastElapsed = 0;

private slots:
    void initTestCase() { SCENARIO_REQUIRE(); }

    void firewallBlock_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("drop") << "drop";
        QTest::newRow("reject") << "reject with tcp reset";
    }

    // TCP to the vendor's address is blocked; its status page (another address) loads green.
    void firewallBlock()
    {
        RIG_REQUIRE_PROGRAM("nft");
        QFETCH(QString, action);
        Scenario s(QStringLiteral("fw"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error) && s.start(&error), qPrintable(error));
        QVERIFY2(s.ns().nft(QStringLiteral("table inet gcfw {\n chain out {\n  type filter hook output priority 0;\n"
                                           "  ip daddr %1 tcp dport %2 %3\n }\n}\n")
                                .arg(QLatin1String(Scenario::VendorIp))
                                .arg(s.vendor().httpsPort())
                                .arg(action)
                                .toUtf8(),
                     &error),
            qPrintable(error));
        const CliResult r = s.diagnose({QStringLiteral("--probe-timeout"), QStringLiteral("8")});
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "firewall_block", "it");
    }

    // The vendor's name has an AAAA record where nothing answers; IPv4 works.
    void brokenIpv6()
    {
        Scenario s(QStringLiteral("v6"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error), qPrintable(error));
        // A global IPv6 address in the namespace, so getaddrinfo (AI_ADDRCONFIG) returns AAAA
        // answers; nothing listens on the one the vendor's name points at.
        QVERIFY2(s.ns().ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("2001:db8::10/128"),
                               QStringLiteral("dev"), QStringLiteral("lo"), QStringLiteral("nodad")},
                     &error),
            qPrintable(error));
        s.answer(QString(), QLatin1String(Scenario::VendorHost),
            {QLatin1String(Scenario::VendorIp), QStringLiteral("2001:db8::10")});
        QVERIFY2(s.start(&error), qPrintable(error));
        const CliResult r = s.diagnose();
        lastElapsed = s.lastElapsedMs();
        const QJsonObject f = findingNamed(r.json, QStringLiteral("ipv6_broken"));
        QVERIFY2(!f.isEmpty(), describeDiagnosis(r).constData());
        QCOMPARE(f.value(QStringLiteral("who_fixes")).toString(), QStringLiteral("isp"));
        // The browser's path falls back to IPv4 and works: a warning, not the verdict.
        SCENARIO_EXPECT(r, "ok", "none");
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    }

    void clockSkew_data()
    {
        QTest::addColumn<QString>("offset");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("severity");
        QTest::newRow("+3 hours: warning") << "+3h"
                                           << "ok"
                                           << "none"
                                           << "warning";
        QTest::newRow("+2 days: problem") << "+2d"
                                          << "clock_skew"
                                          << "user"
                                          << "problem";
    }

    // The CLI runs under libfaketime; nginx's Date headers are right.
    void clockSkew()
    {
        QFETCH(QString, offset);
        QFETCH(QString, verdict);
        QFETCH(QString, who);
        QFETCH(QString, severity);
        const QString library = libfaketime();
        if (library.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("libfaketime missing in CI");
            QSKIP("libfaketime not installed");
        }
        Scenario s(QStringLiteral("clk"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error) && s.start(&error), qPrintable(error));
        const CliResult r = s.diagnose({},
            {{QStringLiteral("LD_PRELOAD"), library}, {QStringLiteral("FAKETIME"), offset},
                {QStringLiteral("FAKETIME_DISABLE_SHM"), QStringLiteral("1")},
                // Under the asan preset libfaketime comes before the ASan runtime; tell it that is fine.
                {QStringLiteral("ASAN_OPTIONS"),
                    qEnvironmentVariable("ASAN_OPTIONS") + QStringLiteral(":verify_asan_link_order=0")}});
        lastElapsed = s.lastElapsedMs();
        const QJsonObject f = findingNamed(r.json, QStringLiteral("clock_skew"));
        QVERIFY2(!f.isEmpty(), describeDiagnosis(r).constData());
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), severity);
        SCENARIO_EXPECT(r, qPrintable(verdict), qPrintable(who));
    }

    // A portal answers the connectivity check with a redirect to its sign-in page and takes
    // over plain-HTTP pages, the vendor's included.
    void captivePortal()
    {
        Scenario s(QStringLiteral("cap"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error) && s.start(&error), qPrintable(error));
        const QString portal = QStringLiteral("http://127.0.0.1:%1/portal").arg(s.vendor().httpPort());
        const QString vendorHttp =
            QStringLiteral("http://%1:%2/portal").arg(QLatin1String(Scenario::VendorHost)).arg(s.vendor().httpPort());
        const CliResult r = s.diagnose({QStringLiteral("--captive-url"), portal, QStringLiteral("--url"), vendorHttp});
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "captive_portal", "user");
    }

    // Nothing answers: only loopback, a resolver address where nothing listens.
    void noConnectivity()
    {
        Netns ns(QStringLiteral("nc"));
        QString error;
        QVERIFY2(ns.create(&error) && ns.setResolvConf("nameserver 127.0.0.1\n", &error)
                && ns.setHosts("127.0.0.1 localhost\n", &error),
            qPrintable(error));
        QTemporaryDir home;
        QElapsedTimer timer;
        timer.start();
        const CliResult r = runCli(QStringLiteral(SCENARIO_CLI),
            {QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--no-history"),
                QStringLiteral("--url"), QStringLiteral("https://go.vendor.test/"), QStringLiteral("--timeout"),
                QStringLiteral("30"), QStringLiteral("--probe-timeout"), QStringLiteral("10")},
            ns.execPrefix(), {{QStringLiteral("HOME"), home.path()}, {QStringLiteral("https_proxy"), QString()}},
            std::chrono::seconds(90));
        lastElapsed = timer.elapsed();
        SCENARIO_EXPECT(r, "no_connectivity", "isp");
    }

    // The shipped Xero profile on a machine without a network: an honest verdict within the
    // deadline, never a hang. The namespace has only loopback, so nothing leaves it.
    void xeroOffline()
    {
        Netns ns(QStringLiteral("xo"));
        QString error;
        QVERIFY2(ns.create(&error) && ns.setResolvConf("nameserver 127.0.0.1\n", &error)
                && ns.setHosts("127.0.0.1 localhost\n", &error),
            qPrintable(error));
        QTemporaryDir home;
        QElapsedTimer timer;
        timer.start();
        const CliResult r = runCli(QStringLiteral(SCENARIO_CLI),
            {QStringLiteral("diagnose"), QStringLiteral("--profile"), QStringLiteral("xero"),
                QStringLiteral("--no-history"), QStringLiteral("--json")},
            ns.execPrefix(), {{QStringLiteral("HOME"), home.path()}, {QStringLiteral("https_proxy"), QString()}},
            std::chrono::seconds(90));
        lastElapsed = timer.elapsed();
        // The CLI's default overall deadline is 25 s; allow start-up and a loaded machine.
        QVERIFY2(lastElapsed < 25000 + 15000, qPrintable(QString::number(lastElapsed)));
        SCENARIO_EXPECT(r, "no_connectivity", "isp");
    }
};

QTEST_GUILESS_MAIN(TestScenariosNetwork)
#include "tst_scenarios_network.moc"
