// SPDX-License-Identifier: GPL-3.0-or-later
// Live DNS scenarios: a stale system answer, NXDOMAIN from the system resolver only, a
// resolver that makes up answers, and port-53 interception that only DNS-over-HTTPS escapes.
#include "ScenarioTest.h"

using namespace gatecheck::rig;

class TestScenariosDns : public QObject
{
    Q_OBJECT
    qint64 lastElapsed = 0;

private slots:
    void initTestCase() { SCENARIO_REQUIRE(); }

    // The system resolver still gives an address where the vendor no longer is.
    void staleSystemAnswer()
    {
        Scenario s(QStringLiteral("stl"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error), qPrintable(error));
        s.answer(QStringLiteral("system"), QLatin1String(Scenario::VendorHost), {QLatin1String(Scenario::DeadIp)});
        QVERIFY2(s.start(&error), qPrintable(error));
        const CliResult r = s.diagnose();
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "dns_stale", "user");
        QVERIFY2(findingNamed(r.json, QStringLiteral("dns_stale"))
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QLatin1String(Scenario::DeadIp)),
            describeDiagnosis(r).constData());
    }

    void systemNxdomain()
    {
        Scenario s(QStringLiteral("nxd"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error), qPrintable(error));
        s.answer(QStringLiteral("system"), QLatin1String(Scenario::VendorHost), {});
        s.systemDns().nxdomain(QLatin1String(Scenario::VendorHost));
        QVERIFY2(s.start(&error), qPrintable(error));
        const CliResult r = s.diagnose();
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "dns_failure", "it");
        QCOMPARE(findingNamed(r.json, QStringLiteral("dns_failure")).value(QStringLiteral("severity")).toString(),
            QStringLiteral("problem"));
    }

    // An ISP-style resolver that answers every unknown name: the canary (a random name under
    // .invalid) gets an address. The vendor itself still works, so this is a warning for the
    // ISP next to an "ok" verdict...
    void nxdomainRewriting()
    {
        Scenario s(QStringLiteral("nxr"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error), qPrintable(error));
        s.systemDns().hijackAll(QStringLiteral("198.51.100.80"));
        QVERIFY2(s.start(&error), qPrintable(error));
        const CliResult r = s.diagnose();
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "ok", "none");
        const QJsonObject f = findingNamed(r.json, QStringLiteral("dns_hijack"));
        QVERIFY2(!f.isEmpty(), describeDiagnosis(r).constData());
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(f.value(QStringLiteral("who_fixes")).toString(), QStringLiteral("isp"));
        QVERIFY(f.value(QStringLiteral("detail")).toString().contains(QLatin1String("198.51.100.80")));
    }

    // ...and when the same resolver also sends the vendor's name to its private block page,
    // it is the verdict, for IT.
    void hijackedVendorName()
    {
        Scenario s(QStringLiteral("hij"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error), qPrintable(error));
        s.systemDns().hijackAll(QStringLiteral("10.66.0.1"));
        s.answer(QStringLiteral("system"), QLatin1String(Scenario::VendorHost), {QStringLiteral("10.66.0.1")});
        QVERIFY2(s.start(&error), qPrintable(error));
        const CliResult r = s.diagnose();
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "dns_hijack", "it");
    }

    // The system and the "public" resolver on port 53 both give the forged address; only
    // DNS-over-HTTPS gives the real one.
    void port53Interception()
    {
        Scenario s(QStringLiteral("p53"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error), qPrintable(error));
        s.answer(QStringLiteral("system"), QLatin1String(Scenario::VendorHost), {QLatin1String(Scenario::DeadIp)});
        s.answer(QStringLiteral("alt"), QLatin1String(Scenario::VendorHost), {QLatin1String(Scenario::DeadIp)});
        QVERIFY2(s.start(&error), qPrintable(error));
        const CliResult r = s.diagnose();
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "port53_intercepted", "it");
    }
};

QTEST_GUILESS_MAIN(TestScenariosDns)
#include "tst_scenarios_dns.moc"
