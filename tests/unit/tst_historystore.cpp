// SPDX-License-Identifier: GPL-3.0-or-later
// The history database: runs stored with their summary columns and read back whole, lists and
// charts, retention, two stores side by side, schema versioning, and damaged or foreign files
// refused with a reason instead of being overwritten.
#include "ReportTestData.h"
#include "evidence/EvidenceJson.h"
#include "history/HistorySchema.h"
#include "history/HistoryStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck;

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_counter)); }

    static Evidence evidenceAt(const QDateTime &start, const QString &profile = QStringLiteral("xero"))
    {
        Evidence e = testdata::loadFixture(QStringLiteral("xero-intercepted-office.json")).evidence;
        e.startedAt = start;
        e.finishedAt = start.addSecs(6);
        e.profileId = profile;
        return e;
    }

    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), data.size());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void storesAndReadsBackWholeRuns()
    {
        const Report office = testdata::loadFixture(QStringLiteral("xero-intercepted-office.json"));
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(freshPath(), &error), qPrintable(error));
        QVERIFY(store.isOpen());
        QCOMPARE(store.salt().size(), 32);
        const QJsonObject note = office.note.toJson();
        const qint64 id = store.addRun(office.evidence, office.diagnosis, office.network, true, note, &error);
        QVERIFY2(id > 0, qPrintable(error));

        const QList<RunSummary> list = store.runs();
        QCOMPARE(list.size(), 1);
        const RunSummary &s = list.constFirst();
        QCOMPARE(s.id, id);
        QCOMPARE(s.startedAt, office.evidence.startedAt);
        QCOMPARE(s.profileId, QStringLiteral("xero"));
        QCOMPARE(s.verdictCode, QStringLiteral("tls_interception"));
        QCOMPARE(s.whoFixes, QStringLiteral("it"));
        QCOMPARE(s.headline, office.diagnosis.verdict.headline);
        QCOMPARE(s.networkLabel, office.network.label);
        QCOMPARE(s.interfaceKind, QStringLiteral("wifi"));
        QVERIFY(s.watch);
        QVERIFY(s.hasNote);
        QCOMPARE(s.worstStatus, 502);
        QCOMPARE(s.asBrowserMs, 1480); // the browser's path answered (with a 502) after 1.48 s
        QCOMPARE(s.directMs, -1); // the direct path never answered: no latency, not 8 s

        QVERIFY(store.lastError().isEmpty());
        const auto run = store.run(id, &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(toJson(run->evidence), toJson(office.evidence));
        QCOMPARE(run->diagnosis.findings.size(), office.diagnosis.findings.size());
        QCOMPARE(run->diagnosis.verdict.summary, office.diagnosis.verdict.summary);
        QCOMPARE(run->network.toJson(), office.network.toJson());
        QCOMPARE(run->userNote, note);
        QVERIFY(!store.run(id + 100, &error));
        QVERIFY(error.contains(QString::number(id + 100)));

        QVERIFY(store.setUserNote(id, QJsonObject {{QStringLiteral("what_happened"), QStringLiteral("edited")}}));
        QCOMPARE(store.run(id)->userNote.value(QStringLiteral("what_happened")).toString(), QStringLiteral("edited"));
    }

    void persistsAcrossReopen()
    {
        const QString path = freshPath();
        QByteArray salt;
        {
            HistoryStore store;
            QVERIFY(store.open(path));
            salt = store.salt();
            QVERIFY(store.addRun(evidenceAt(QDateTime::currentDateTimeUtc()), {}, {}) > 0);
        }
        HistoryStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.runCount(), 1);
        QCOMPARE(again.salt(), salt); // network hashes stay comparable
    }

    void listsNewestFirstAndChartsOldestFirst()
    {
        HistoryStore store;
        QVERIFY(store.open(freshPath()));
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.addRun(
                        evidenceAt(t0.addSecs(i * 60), i % 2 ? QStringLiteral("quickbooks") : QStringLiteral("xero")),
                        {}, {})
                > 0);
        const QList<RunSummary> newest = store.runs(3);
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest.at(0).startedAt, t0.addSecs(240));
        QCOMPARE(newest.at(2).startedAt, t0.addSecs(120));
        QCOMPARE(store.runs(100, QStringLiteral("quickbooks")).size(), 2);
        const QList<RunSummary> since = store.runsSince(t0.addSecs(60));
        QCOMPARE(since.size(), 4);
        QCOMPARE(since.constFirst().startedAt, t0.addSecs(60));
        QCOMPARE(since.constLast().startedAt, t0.addSecs(240));
        QCOMPARE(store.runsSince(t0, QStringLiteral("xero")).size(), 3);
    }

    void retentionByAgeAndCount()
    {
        HistoryStore store;
        QVERIFY(store.open(freshPath()));
        const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        for (int day : {200, 120, 91, 89, 30, 1, 0})
            QVERIFY(store.addRun(evidenceAt(now.addDays(-day)), {}, {}) > 0);
        QCOMPARE(store.prune(now), 3); // older than 90 days
        QCOMPARE(store.runCount(), 4);
        QCOMPARE(store.prune(now, 90, 2), 2); // then only the newest two
        const QList<RunSummary> left = store.runs();
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).startedAt, now);
        QCOMPARE(left.at(1).startedAt, now.addDays(-1));
        QCOMPARE(store.prune(now, 0, 0), 0); // zero means "no limit"
        QVERIFY(store.removeRun(left.at(1).id));
        QVERIFY(!store.removeRun(left.at(1).id));
        QCOMPARE(store.runCount(), 1);
    }

    void twoStoresCoexist()
    {
        const QString path = freshPath();
        HistoryStore a, b, other;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        QVERIFY(other.open(freshPath()));
        QVERIFY(a.addRun(evidenceAt(QDateTime::currentDateTimeUtc()), {}, {}) > 0);
        QVERIFY(b.addRun(evidenceAt(QDateTime::currentDateTimeUtc()), {}, {}) > 0);
        QCOMPARE(a.runCount(), 2);
        QCOMPARE(b.runCount(), 2);
        QCOMPARE(other.runCount(), 0);
        QCOMPARE(a.salt(), b.salt()); // one file, one salt
        QVERIFY(a.salt() != other.salt());
        b.close();
        QVERIFY(!b.isOpen());
        QVERIFY(a.isOpen()); // closing one never closes the other
        QCOMPARE(a.runCount(), 2);
    }

    void usesWal()
    {
        const QString path = freshPath();
        HistoryStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.addRun(evidenceAt(QDateTime::currentDateTimeUtc()), {}, {}) > 0);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    }

    void damagedOrForeignFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("random bytes") << QByteArray(8192, '\x5a') << "not a Gatecheck history";
        QTest::newRow("a text file") << QByteArray("hello, this is not a database\n") << "not a Gatecheck history";
        QTest::newRow("a truncated SQLite header")
            << QByteArray("SQLite format 3\0\x10\0\x01\x01", 21) << "not a Gatecheck history";
    }

    void damagedOrForeignFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = freshPath();
        writeFile(path, content);
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(error.contains(path));
        QVERIFY(!store.isOpen());
        QCOMPARE(store.runs().size(), 0); // calls on a closed store fail softly
        QCOMPARE(store.addRun(Evidence {}, {}, {}, false, {}, &error), 0);
        QVERIFY(!store.run(1));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content); // never "repaired" by overwriting
    }

    void anotherProgramsDatabaseIsRefused()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("another program")), qPrintable(error));
    }

    void newerSchemaIsRefused()
    {
        const QString path = freshPath();
        {
            HistoryStore store;
            QVERIFY(store.open(path));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer Gatecheck")), qPrintable(error));
    }

    void damagedRunIsReportedNotFatal()
    {
        const QString path = freshPath();
        HistoryStore store;
        QVERIFY(store.open(path));
        const qint64 good = store.addRun(evidenceAt(QDateTime::currentDateTimeUtc()), {}, {});
        const qint64 bad = store.addRun(evidenceAt(QDateTime::currentDateTimeUtc()), {}, {});
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vandal"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE runs SET evidence_json = '{\"truncat' WHERE id = %1").arg(bad)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("vandal"));
        QString error;
        QVERIFY(!store.run(bad, &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QVERIFY(store.run(good));
        QCOMPARE(store.runs().size(), 2); // the list still shows both
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(HistoryStore::defaultPath().endsWith(QLatin1String("history.sqlite")));
        QVERIFY(
            HistoryStore::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void summaryColumns()
    {
        Evidence e;
        e.targetUrl = QStringLiteral("https://go.xero.com/");
        HttpObservation browser;
        browser.path = QStringLiteral("as-browser");
        browser.url = e.targetUrl;
        browser.status = 200;
        browser.timings.totalMs = 300;
        HttpObservation pinned = browser;
        pinned.path = QStringLiteral("alt-dns");
        pinned.status = 503;
        HttpObservation direct = browser;
        direct.path = QStringLiteral("direct");
        direct.status = 0;
        direct.timings.totalMs = 8000;
        e.http = {browser, pinned, direct};
        const RunSummary s = HistoryStore::summarize(e, {});
        QCOMPARE(s.worstStatus, 503);
        QCOMPARE(s.asBrowserMs, 300);
        QCOMPARE(s.directMs, -1);
        QVERIFY(s.startedAt.isValid()); // a run without a start time still sorts
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
