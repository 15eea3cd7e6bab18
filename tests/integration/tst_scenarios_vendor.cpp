// SPDX-License-Identifier: GPL-3.0-or-later
// Live scenarios where the vendor's side decides: healthy, the vendor's own 502/503/504, an
// outage on its status page, and its bot protection answering instead of the app.
#include "ScenarioTest.h"

using namespace gatecheck::rig;

class TestScenariosVendor : public QObject
{
    Q_OBJECT
    qint64 lastElapsed = 0;

private slots:
    void initTestCase() { SCENARIO_REQUIRE(); }

    void healthy()
    {
        Scenario s(QStringLiteral("ok"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error) && s.start(&error), qPrintable(error));
        const CliResult r = s.diagnose();
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "ok", "none");
        QVERIFY2(findingCodes(r.json).contains(QStringLiteral("browser_side")), describeDiagnosis(r).constData());
        for (const QString &code : findingCodes(r.json))
            QVERIFY2(
                findingNamed(r.json, code).value(QStringLiteral("severity")).toString() != QLatin1String("problem"),
                describeDiagnosis(r).constData());
    }

    void vendorError_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("status");
        QTest::newRow("502") << "/bad-gateway"
                             << "502";
        QTest::newRow("503") << "/unavailable"
                             << "503";
        QTest::newRow("504") << "/gateway-timeout"
                             << "504";
    }

    void vendorError()
    {
        QFETCH(QString, path);
        QFETCH(QString, status);
        Scenario s(QStringLiteral("ve"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error) && s.start(&error), qPrintable(error));
        const CliResult r = s.diagnose({QStringLiteral("--url"), s.vendorUrl(path).toString()});
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "vendor_error", "vendor");
        const QJsonObject f = findingNamed(r.json, QStringLiteral("vendor_error"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("problem"));
        QVERIFY2(f.value(QStringLiteral("detail")).toString().contains(status), describeDiagnosis(r).constData());
        QVERIFY(!findingCodes(r.json).contains(QStringLiteral("vendor_outage")));
    }

    void vendorOutage()
    {
        Scenario s(QStringLiteral("out"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error), qPrintable(error));
        QFile outage(QStringLiteral(GATECHECK_TEST_DATA "/statuspage/xero-partial-outage-payroll.json"));
        QVERIFY(outage.open(QIODevice::ReadOnly));
        s.setStatusSummary(outage.readAll());
        QVERIFY2(s.start(&error), qPrintable(error));
        const CliResult r =
            s.diagnose({QStringLiteral("--url"), s.vendorUrl(QStringLiteral("/bad-gateway")).toString()});
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "vendor_outage", "vendor");
        QVERIFY2(findingNamed(r.json, QStringLiteral("vendor_outage"))
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QLatin1String("Payroll")),
            describeDiagnosis(r).constData());
    }

    void wafChallenge_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("403 challenge") << "/challenge";
        QTest::newRow("503 challenge") << "/challenge-503";
    }

    void wafChallenge()
    {
        QFETCH(QString, path);
        Scenario s(QStringLiteral("waf"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error) && s.start(&error), qPrintable(error));
        const CliResult r = s.diagnose({QStringLiteral("--url"), s.vendorUrl(path).toString()});
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "waf_challenge", "user");
        QVERIFY(!findingCodes(r.json).contains(QStringLiteral("vendor_error")));
    }
};

QTEST_GUILESS_MAIN(TestScenariosVendor)
#include "tst_scenarios_vendor.moc"
