// SPDX-License-Identifier: GPL-3.0-or-later
// "This network vs that one" on recorded runs: the difference that explains the problem comes
// first, in words that name both sides; identical runs show no difference.
#include "ReportTestData.h"
#include "report/Compare.h"

#include <QJsonArray>
#include <QTest>

using namespace gatecheck;

namespace {

ComparedRun side(const QString &fixture, const QString &label)
{
    return ComparedRun::fromReport(testdata::loadFixture(fixture), label);
}

QStringList codes(const RunComparison &c)
{
    QStringList out;
    for (const Difference &d : c.differences)
        out << d.code;
    return out;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void interceptedOfficeVersusHotspot()
    {
        const RunComparison c =
            compareRuns(side(QStringLiteral("xero-intercepted-office.json"), QStringLiteral("Office Wi-Fi")),
                side(QStringLiteral("xero-hotspot-clean.json"), QStringLiteral("Phone hotspot")));
        QVERIFY2(c.differences.size() >= 4, qPrintable(codes(c).join(QLatin1Char(','))));
        const Difference &first = c.differences.constFirst();
        QCOMPARE(first.code, QStringLiteral("tls_issuer"));
        QVERIFY(first.explains);
        QCOMPARE(first.problemSide, 1);
        QVERIFY2(first.left.contains(QLatin1String("Zscaler")), qPrintable(first.left));
        QVERIFY2(first.right.contains(QLatin1String("DigiCert")), qPrintable(first.right));
        QVERIFY(first.sentence.contains(QStringLiteral("\u201cOffice Wi-Fi\u201d")));
        QVERIFY(first.sentence.contains(QLatin1String("inspects encrypted traffic")));
        // the proxy (a cause) comes before the 502 itself (a symptom) and the verdict
        const QStringList order = codes(c);
        QVERIFY(order.indexOf(QStringLiteral("proxy")) > 0);
        QVERIFY(order.indexOf(QStringLiteral("proxy")) < order.indexOf(QStringLiteral("path_result")));
        QVERIFY(order.indexOf(QStringLiteral("path_result")) < order.indexOf(QStringLiteral("verdict")));
        QVERIFY(order.contains(QStringLiteral("trust_roots")));
        QVERIFY(order.contains(QStringLiteral("network")));
        QVERIFY(!c.sameNetwork);
        QVERIFY(c.headline.contains(QLatin1String("Zscaler")));
        // the explaining ones come before all others
        bool seenOther = false;
        for (const Difference &d : c.differences) {
            QVERIFY2(!(d.explains && seenOther), qPrintable(d.code));
            seenOther = seenOther || !d.explains;
        }
    }

    void staleDnsVersusFlushed()
    {
        const RunComparison c =
            compareRuns(side(QStringLiteral("xero-stale-dns.json"), QStringLiteral("Before flushing DNS")),
                side(QStringLiteral("xero-dns-flushed.json"), QStringLiteral("After flushing DNS")));
        const Difference &first = c.differences.constFirst();
        QCOMPARE(first.code, QStringLiteral("system_dns"));
        QVERIFY(first.explains);
        QCOMPARE(first.problemSide, 1);
        QCOMPARE(first.left, QStringLiteral("192.0.2.10"));
        QCOMPARE(first.right, QStringLiteral("203.0.113.20"));
        QVERIFY2(first.sentence.contains(QLatin1String("stale or wrong DNS entry")), qPrintable(first.sentence));
        QVERIFY(first.sentence.contains(QStringLiteral("\u201cBefore flushing DNS\u201d")));
        QVERIFY(codes(c).contains(QStringLiteral("path_result")));
        QVERIFY(codes(c).contains(QStringLiteral("verdict")));
        QVERIFY(!codes(c).contains(QStringLiteral("network"))); // same machine, same network
        QVERIFY(c.sameNetwork);
    }

    void orderDoesNotDependOnSides()
    {
        const RunComparison c = compareRuns(side(QStringLiteral("xero-dns-flushed.json"), QStringLiteral("after")),
            side(QStringLiteral("xero-stale-dns.json"), QStringLiteral("before")));
        QCOMPARE(c.differences.constFirst().code, QStringLiteral("system_dns"));
        QCOMPARE(c.differences.constFirst().problemSide, 2);
    }

    void vendorOutageShowsOnTheStatusPage()
    {
        const RunComparison c = compareRuns(side(QStringLiteral("xero-vendor-outage.json"), QStringLiteral("09:35")),
            side(QStringLiteral("xero-hotspot-clean.json"), QStringLiteral("09:41")));
        QCOMPARE(c.differences.constFirst().code, QStringLiteral("status_page"));
        QVERIFY(c.differences.constFirst().explains);
        QVERIFY(c.differences.constFirst().left.contains(QLatin1String("Partial System Outage")));
    }

    void identicalRunsShowNoDifference()
    {
        const ComparedRun a = side(QStringLiteral("xero-hotspot-clean.json"), QStringLiteral("this PC"));
        const ComparedRun b = side(QStringLiteral("xero-hotspot-clean.json"), QStringLiteral("a colleague's PC"));
        const RunComparison c = compareRuns(a, b);
        QVERIFY2(c.isEmpty(), qPrintable(codes(c).join(QLatin1Char(','))));
        QVERIFY(c.headline.contains(QLatin1String("same")));
    }

    void renderedAsTextAndJson()
    {
        const RunComparison c =
            compareRuns(side(QStringLiteral("xero-intercepted-office.json"), QStringLiteral("Office Wi-Fi")),
                side(QStringLiteral("xero-hotspot-clean.json"), QStringLiteral("Phone hotspot")));
        const QString text = renderComparisonText(c);
        QVERIFY(text.contains(QStringLiteral("Comparing \u201cOffice Wi-Fi\u201d")));
        QVERIFY(text.indexOf(QLatin1String("1. Certificate (explains the problem)")) > 0);
        QVERIFY(text.indexOf(QLatin1String("Certificate")) < text.indexOf(QLatin1String("Verdict")));
        const QJsonObject json = toJson(c);
        QCOMPARE(json.value(QStringLiteral("comparison_schema_version")).toInt(), 1);
        const QJsonArray list = json.value(QStringLiteral("differences")).toArray();
        QCOMPARE(list.size(), c.differences.size());
        QCOMPARE(list.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("tls_issuer"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("problem_side")).toString(), QStringLiteral("left"));
    }

    void proxyOnlyOnOneSide()
    {
        const ComparedRun office = side(QStringLiteral("quickbooks-proxy-502.json"), QStringLiteral("Office"));
        ComparedRun home = office;
        home.label = QStringLiteral("Home");
        home.evidence.http[0] = home.evidence.http[1]; // the browser goes direct at home, and works
        home.evidence.http[0].path = QStringLiteral("as-browser");
        home.evidence.environment.proxies.clear();
        home.diagnosis = testdata::loadFixture(QStringLiteral("xero-hotspot-clean.json")).diagnosis;
        const RunComparison c = compareRuns(office, home);
        QCOMPARE(c.differences.constFirst().code, QStringLiteral("proxy"));
        QVERIFY(c.differences.constFirst().explains);
        QVERIFY(c.differences.constFirst().sentence.contains(QLatin1String("proxy.acme.local:3128")));
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
