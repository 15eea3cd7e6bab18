// SPDX-License-Identifier: GPL-3.0-or-later
// The clock check from HTTP Date headers, and the DNS flush's bookkeeping: statuses, the
// before/after comparison through the system resolver probe, and its JSON.
#include "env/ClockSkew.h"
#include "env/DnsFlusher.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::env;

class TestEnvClockFlush : public QObject
{
    Q_OBJECT
private slots:
    void httpDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("IMF-fixdate") << "Sun, 06 Nov 1994 08:49:37 GMT"
                                     << "1994-11-06T08:49:37Z";
        QTest::newRow("RFC 850") << "Sunday, 06-Nov-94 08:49:37 GMT"
                                 << "1994-11-06T08:49:37Z";
        QTest::newRow("RFC 850, this century") << "Wednesday, 05-Jun-24 14:30:15 GMT"
                                               << "2024-06-05T14:30:15Z";
        QTest::newRow("asctime") << "Sun Nov  6 08:49:37 1994"
                                 << "1994-11-06T08:49:37Z";
        QTest::newRow("leap second") << "Sat, 31 Dec 2016 23:59:60 GMT"
                                     << "2016-12-31T23:59:59Z";
        QTest::newRow("no such day") << "Sun, 32 Nov 1994 08:49:37 GMT"
                                     << "";
        QTest::newRow("no such month") << "Sun, 06 Foo 1994 08:49:37 GMT"
                                       << "";
        QTest::newRow("not UTC") << "Sun, 06 Nov 1994 08:49:37 +0100"
                                 << "";
        QTest::newRow("words") << "yesterday"
                               << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("overlong") << QString(5000, QLatin1Char('1')) << "";
    }
    void httpDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const auto parsed = parseHttpDate(text);
        QCOMPARE(parsed ? parsed->toString(Qt::ISODate) : QString(), iso);
    }

    void clockOffsetIsTheMedianOverServers()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<ClockSample> samples {{QStringLiteral("a"), now.addSecs(-2), now}, // we are 2 s ahead of a
            {QStringLiteral("b"), now.addSecs(-3), now},
            {QStringLiteral("b"), now.addSecs(-900), now}, // same server again: ignored
            {QStringLiteral("c"), now.addSecs(-3600), now}, // one server with a wrong clock
            {QStringLiteral("d"), QDateTime(), now}}; // no usable Date
        const ClockEstimate e = estimateClockOffset(samples);
        QCOMPARE(e.samples, 3);
        QCOMPARE(e.offsetSeconds, qint64(3));
        // Behind by two hours everywhere: negative, and big.
        const ClockEstimate behind = estimateClockOffset(
            {{QStringLiteral("x"), now.addSecs(7200), now}, {QStringLiteral("y"), now.addSecs(7201), now}});
        QCOMPARE(behind.offsetSeconds, qint64(-7200));
        QCOMPARE(estimateClockOffset({}).samples, 0);
    }

    void flushStatuses()
    {
        const auto step = [](const char *outcome) {
            DnsFlushStep s;
            s.outcome = QString::fromLatin1(outcome);
            return s;
        };
        QCOMPARE(flushStatusOf({}), QStringLiteral("nothing_to_flush"));
        QCOMPARE(flushStatusOf({step("skipped")}), QStringLiteral("nothing_to_flush"));
        QCOMPARE(flushStatusOf({step("failed"), step("declined")}), QStringLiteral("declined"));
        QCOMPARE(flushStatusOf({step("failed")}), QStringLiteral("failed"));
        QCOMPARE(flushStatusOf({step("failed"), step("flushed")}), QStringLiteral("flushed"));
    }

    void flusherComparesBeforeAndAfter()
    {
        int calls = 0;
        DnsFlusher flusher({QStringLiteral("localhost"), QStringLiteral("ip6-localhost")}, std::chrono::seconds(10));
        flusher.setFlushFunction([&calls] {
            ++calls;
            DnsFlushStep s;
            s.cache = QStringLiteral("test cache");
            s.method = QStringLiteral("test");
            s.outcome = QStringLiteral("declined");
            return QList<DnsFlushStep> {s};
        });
        QSignalSpy spy(&flusher, &DnsFlusher::finished);
        flusher.start();
        QVERIFY(spy.count() == 1 || spy.wait(30000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(calls, 1);
        const DnsFlushResult &r = flusher.result();
        QCOMPARE(r.status, QStringLiteral("declined"));
        QVERIFY(r.summary.contains(QLatin1String("declined")));
        QCOMPARE(r.comparisons.size(), 2);
        QCOMPARE(r.comparisons.at(0).host, QStringLiteral("localhost"));
        QCOMPARE(r.comparisons.at(0).before.host, QStringLiteral("localhost"));
        QCOMPARE(r.comparisons.at(0).after.host, QStringLiteral("localhost"));
        QVERIFY(!r.comparisons.at(0).changed); // nothing was flushed: same answer (or same error)
        QVERIFY(r.browserAdvice.join(QLatin1Char(' ')).contains(QLatin1String("chrome://net-internals/#dns")));
        QVERIFY(r.browserAdvice.join(QLatin1Char(' ')).contains(QLatin1String("about:networking#dns")));
        const QJsonObject json = toJson(r);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("declined"));
        QCOMPARE(
            json.value(QStringLiteral("steps")).toArray().first().toObject().value(QStringLiteral("cache")).toString(),
            QStringLiteral("test cache"));
        QCOMPARE(json.value(QStringLiteral("comparisons")).toArray().size(), 2);
        QVERIFY(
            json.value(QStringLiteral("comparisons")).toArray().first().toObject().contains(QStringLiteral("before")));
    }

    void flusherWithoutHosts()
    {
        DnsFlusher flusher({}, std::chrono::seconds(5));
        flusher.setFlushFunction([] { return QList<DnsFlushStep> {}; });
        QSignalSpy spy(&flusher, &DnsFlusher::finished);
        flusher.start();
        QVERIFY(spy.count() == 1 || spy.wait(30000));
        QCOMPARE(flusher.result().status, QStringLiteral("nothing_to_flush"));
        QVERIFY(flusher.result().comparisons.isEmpty());
        QVERIFY(flusher.result().summary.contains(QLatin1String("no DNS cache")));
    }
};

QTEST_GUILESS_MAIN(TestEnvClockFlush)
#include "tst_env_clockflush.moc"
