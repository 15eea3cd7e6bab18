// SPDX-License-Identifier: GPL-3.0-or-later
// The Statuspage summary parser reads documents shaped like the real ones (fixtures under
// tests/data/statuspage) and survives hostile ones with a clear error or a bounded result.
#include "net/StatuspageParser.h"

#include <QFile>
#include <QTest>

using namespace gatecheck;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(GATECHECK_TEST_DATA "/statuspage/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

const StatusComponent *component(const StatusObservation &s, const QString &name)
{
    for (const StatusComponent &c : s.components)
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace

class TestStatuspageParser : public QObject
{
    Q_OBJECT
private slots:
    void allGreen()
    {
        const StatusObservation s = parseStatuspageSummary(fixture(QStringLiteral("xero-all-green.json")));
        QVERIFY2(s.ok, qPrintable(s.error.message));
        QVERIFY(!s.error.isError());
        QCOMPARE(s.pageName, QStringLiteral("Xero"));
        QCOMPARE(s.pageUrl, QStringLiteral("https://status.xero.com"));
        QCOMPARE(s.indicator, QStringLiteral("none"));
        QCOMPARE(s.description, QStringLiteral("All Systems Operational"));
        QVERIFY(s.incidents.isEmpty());
        // 11 member components plus 3 ungrouped; the 3 groups only repeat their members.
        QCOMPARE(s.components.size(), 14);
        for (const StatusComponent &c : s.components)
            QCOMPARE(c.status, QStringLiteral("operational"));
        const StatusComponent *payroll = component(s, QStringLiteral("Payroll - Australia"));
        QVERIFY(payroll);
        QCOMPARE(payroll->groupName, QStringLiteral("Payroll"));
        QCOMPARE(payroll->id, QStringLiteral("m2n4b6v8c0xz"));
        const StatusComponent *api = component(s, QStringLiteral("Xero API"));
        QVERIFY(api);
        QVERIFY(api->groupName.isEmpty());
        QVERIFY(!component(s, QStringLiteral("Payroll"))); // the group itself is folded away
    }

    void partialOutageWithIncident()
    {
        const StatusObservation s = parseStatuspageSummary(fixture(QStringLiteral("xero-partial-outage-payroll.json")));
        QVERIFY(s.ok);
        QCOMPARE(s.indicator, QStringLiteral("minor"));
        QCOMPARE(s.description, QStringLiteral("Partial System Outage"));
        QCOMPARE(component(s, QStringLiteral("Payroll - Australia"))->status, QStringLiteral("partial_outage"));
        QCOMPARE(component(s, QStringLiteral("Payroll - New Zealand"))->status, QStringLiteral("operational"));
        QCOMPARE(s.incidents.size(), 1);
        const StatusIncident &i = s.incidents.constFirst();
        QCOMPARE(i.id, QStringLiteral("3t5kxq8wz1bn"));
        QCOMPARE(i.name, QStringLiteral("Some customers unable to post pay runs in Payroll - Australia"));
        QCOMPARE(i.status, QStringLiteral("identified"));
        QCOMPARE(i.impact, QStringLiteral("minor"));
        QCOMPARE(i.shortlink, QStringLiteral("https://stspg.io/k3x9d2m1"));
        QVERIFY(!i.isMaintenance);
        // The newest update, not the first one written.
        QVERIFY2(i.latestUpdate.startsWith(QStringLiteral("We have identified the cause")), qPrintable(i.latestUpdate));
        QCOMPARE(i.componentIds, QStringList {QStringLiteral("m2n4b6v8c0xz")});
        QCOMPARE(i.startedAt, QDateTime(QDate(2026, 11, 21), QTime(19, 55, 0), Qt::UTC));
        QCOMPARE(i.updatedAt, QDateTime(QDate(2026, 11, 21), QTime(20, 38, 40, 220), Qt::UTC));
    }

    void majorOutage()
    {
        const StatusObservation s = parseStatuspageSummary(fixture(QStringLiteral("quickbooks-major-outage.json")));
        QVERIFY(s.ok);
        QCOMPARE(s.pageName, QStringLiteral("QuickBooks"));
        QCOMPARE(s.indicator, QStringLiteral("critical"));
        QCOMPARE(component(s, QStringLiteral("Sign in"))->status, QStringLiteral("major_outage"));
        QCOMPARE(component(s, QStringLiteral("Sign in"))->groupName, QStringLiteral("QuickBooks Online"));
        QCOMPARE(
            component(s, QStringLiteral("Payroll Processing"))->groupName, QStringLiteral("QuickBooks Online Payroll"));
        QCOMPARE(s.incidents.size(), 1);
        const StatusIncident &i = s.incidents.constFirst();
        QCOMPARE(i.impact, QStringLiteral("critical"));
        // Component ids from the incident's own list and from every update's affected list.
        QCOMPARE(i.componentIds.size(), 4);
        QVERIFY(i.componentIds.contains(QStringLiteral("z5a6b7c8d9e0"))); // only in affected_components
        QVERIFY(i.latestUpdate.contains(QStringLiteral("502 or 503")));
    }

    void developerPage()
    {
        const StatusObservation s =
            parseStatuspageSummary(fixture(QStringLiteral("intuit-developer-api-degraded.json")));
        QVERIFY(s.ok);
        QCOMPARE(s.pageName, QStringLiteral("Intuit Developer"));
        QCOMPARE(s.components.size(), 5);
        QCOMPARE(component(s, QStringLiteral("Accounting API"))->groupName, QStringLiteral("QuickBooks Online APIs"));
        QCOMPARE(component(s, QStringLiteral("Accounting API"))->status, QStringLiteral("degraded_performance"));
        QCOMPARE(s.incidents.size(), 1);
        QCOMPARE(s.incidents.first().componentIds, QStringList {QStringLiteral("c1acct000001")});
    }

    void maintenanceInProgress()
    {
        const StatusObservation s =
            parseStatuspageSummary(fixture(QStringLiteral("xero-maintenance-in-progress.json")));
        QVERIFY(s.ok);
        QCOMPARE(s.indicator, QStringLiteral("maintenance"));
        // The resolved incident and the maintenance scheduled for next week are not current.
        QCOMPARE(s.incidents.size(), 1);
        const StatusIncident &m = s.incidents.constFirst();
        QVERIFY(m.isMaintenance);
        QCOMPARE(m.status, QStringLiteral("in_progress"));
        QCOMPARE(m.impact, QStringLiteral("maintenance"));
        QCOMPARE(m.id, QStringLiteral("5mkd8s1q0zpa"));
        QVERIFY(m.latestUpdate.startsWith(QStringLiteral("Scheduled maintenance is currently in progress")));
        QCOMPARE(m.componentIds, QStringList {QStringLiteral("lw4cq1zk7r2m")});
        QCOMPARE(component(s, QStringLiteral("Login and Dashboard"))->status, QStringLiteral("under_maintenance"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("html error page instead of JSON")
            << fixture(QStringLiteral("malformed.json")) << ErrorCode::Malformed << QStringLiteral("not valid JSON");
        QTest::newRow("truncated document")
            << fixture(QStringLiteral("truncated.json")) << ErrorCode::Malformed << QStringLiteral("cut short");
        QTest::newRow("wrong top-level types")
            << fixture(QStringLiteral("wrong-types.json")) << ErrorCode::Malformed << QStringLiteral("wrong type");
        QTest::newRow("empty body") << QByteArray() << ErrorCode::Malformed << QStringLiteral("empty");
        QTest::newRow("whitespace body") << QByteArray(" \r\n ") << ErrorCode::Malformed << QStringLiteral("empty");
        QTest::newRow("JSON array") << QByteArray("[1,2,3]") << ErrorCode::Malformed
                                    << QStringLiteral("not a JSON object");
        QTest::newRow("JSON but another document") << QByteArray("{\"data\":{\"ok\":true}}") << ErrorCode::Malformed
                                                   << QStringLiteral("not a Statuspage summary");
        QTest::newRow("deep nesting") << (QByteArray(100000, '[') + QByteArray(100000, ']')) << ErrorCode::Malformed
                                      << QStringLiteral("not valid JSON");
        QTest::newRow("NUL bytes") << QByteArray("{\"status\":\0\0\0}", 15) << ErrorCode::Malformed
                                   << QStringLiteral("not valid JSON");
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const StatusObservation s = parseStatuspageSummary(json);
        QVERIFY(!s.ok);
        QCOMPARE(s.error.code, code);
        QVERIFY2(s.error.message.contains(mentions), qPrintable(s.error.message));
        QVERIFY(s.components.isEmpty());
        QVERIFY(s.incidents.isEmpty());
    }

    void sizeCap()
    {
        const QByteArray doc = fixture(QStringLiteral("xero-all-green.json"));
        const StatusObservation s = parseStatuspageSummary(doc, doc.size() - 1);
        QVERIFY(!s.ok);
        QCOMPARE(s.error.code, ErrorCode::TooLarge);
        QVERIFY(parseStatuspageSummary(doc, doc.size()).ok);
    }

    void oddEntriesAreSkippedNotFatal()
    {
        const StatusObservation s = parseStatuspageSummary(fixture(QStringLiteral("odd-entries.json")));
        QVERIFY2(s.ok, qPrintable(s.error.message));
        QVERIFY(s.pageName.isEmpty()); // a number is not a name
        QVERIFY(s.description.isEmpty());
        QCOMPARE(s.indicator, QStringLiteral("minor"));
        QCOMPARE(s.components.size(), 2);
        QCOMPARE(s.components.at(0).name, QStringLiteral("Payroll"));
        QVERIFY(s.components.at(0).groupName.isEmpty()); // group_id 99 is not a group id
        QVERIFY(s.components.at(1).name.isEmpty());
        QCOMPARE(s.incidents.size(), 1);
        QCOMPARE(s.incidents.at(0).componentIds, QStringList {QStringLiteral("c1")});
        QVERIFY(!s.incidents.at(0).startedAt.isValid()); // "yesterday" is not a date
        QVERIFY(s.incidents.at(0).latestUpdate.isEmpty());
    }

    void fiftyThousandComponentsAreBounded()
    {
        QByteArray doc =
            "{\"status\":{\"indicator\":\"minor\",\"description\":\"Partial System Outage\"},\"components\":[";
        for (int i = 0; i < 50000; ++i) {
            if (i)
                doc += ',';
            doc += "{\"id\":\"c" + QByteArray::number(i) + "\",\"name\":\"Component " + QByteArray::number(i)
                + "\",\"status\":\"major_outage\"}";
        }
        doc += "]}";
        const StatusObservation s = parseStatuspageSummary(doc, 8 * 1024 * 1024);
        QVERIFY(s.ok);
        QCOMPARE(s.components.size(), StatuspageLimits::maxComponents);
        QCOMPARE(s.error.code, ErrorCode::TooLarge);
        QVERIFY2(s.error.message.contains(QStringLiteral("49000")), qPrintable(s.error.message));
        // ...and the default 2 MiB cap refuses the same document outright.
        QCOMPARE(parseStatuspageSummary(doc).error.code, ErrorCode::TooLarge);
        QVERIFY(!parseStatuspageSummary(doc).ok);
    }

    void hugeStringsAreCut()
    {
        const QByteArray big(500000, 'A');
        const QByteArray doc = "{\"page\":{\"name\":\"" + big
            + "\"},\"status\":{\"indicator\":\"major\",\"description\":\"" + big
            + "\"},\"incidents\":[{\"id\":\"i\",\"name\":\"n\",\"status\":\"investigating\",\"incident_updates\":[{"
              "\"body\":\""
            + big + "\"}]}]}";
        const StatusObservation s = parseStatuspageSummary(doc);
        QVERIFY(s.ok);
        QVERIFY(s.pageName.size() <= StatuspageLimits::maxNameLength + 1);
        QVERIFY(s.description.size() <= StatuspageLimits::maxNameLength + 1);
        QVERIFY(s.incidents.at(0).latestUpdate.size() <= StatuspageLimits::maxUpdateLength + 1);
        QVERIFY(s.incidents.at(0).latestUpdate.startsWith(QStringLiteral("AAAA")));
    }

    void statusJsonOnly()
    {
        // /api/v2/status.json has the same page and status, no components: still useful.
        const StatusObservation s = parseStatuspageSummary(
            "{\"page\":{\"id\":\"x\",\"name\":\"Xero\",\"url\":\"https://"
            "status.xero.com\"},\"status\":{\"indicator\":\"major\",\"description\":\"Partial System Outage\"}}");
        QVERIFY(s.ok);
        QCOMPARE(s.indicator, QStringLiteral("major"));
        QVERIFY(s.components.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatuspageParser)
#include "tst_statuspageparser.moc"
