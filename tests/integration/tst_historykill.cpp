// SPDX-License-Identifier: GPL-3.0-or-later
// A process killed (SIGKILL) while it writes to the history leaves the database readable with
// every run it had committed: a helper writes in a loop, is killed at a random moment, and
// the database is reopened and checked, several times over on the same file.
#include "history/HistoryStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck;

class TestHistoryKill : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is a Unix signal");
#endif
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        int acknowledged = 0; // runs the writers said were committed, over all rounds
        for (int round = 0; round < 8; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(HISTORY_WRITER), {db, QString::number(acknowledged + 1)});
            QVERIFY2(writer.waitForStarted(30000), qPrintable(writer.errorString()));
            // Kill after a random number of commits, while it is busy with the next one.
            const int target = acknowledged + 3 + static_cast<int>(QRandomGenerator::global()->bounded(12));
            int lastSeq = acknowledged;
            QByteArray pending;
            while (lastSeq < target) {
                QVERIFY2(writer.state() == QProcess::Running || writer.bytesAvailable() > 0,
                    writer.readAllStandardError().constData());
                if (!writer.waitForReadyRead(60000) && writer.bytesAvailable() == 0)
                    QFAIL("the writer stopped reporting commits");
                pending += writer.readAllStandardOutput();
                qsizetype nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    const QList<QByteArray> parts = pending.left(nl).split(' ');
                    pending.remove(0, nl + 1);
                    if (parts.size() == 3 && parts.at(0) == "committed")
                        lastSeq = parts.at(2).toInt();
                }
            }
            writer.kill(); // SIGKILL: no cleanup, no rollback, no checkpoint
            QVERIFY(writer.waitForFinished(30000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            // What it printed between our last read and the kill was committed too.
            pending += writer.readAllStandardOutput();
            for (const QByteArray &line : pending.split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts.at(0) == "committed")
                    lastSeq = parts.at(2).toInt();
            }
            acknowledged = lastSeq;

            HistoryStore store;
            QString error;
            QVERIFY2(store.open(db, &error), qPrintable(error));
            const int count = store.runCount();
            QVERIFY2(count >= acknowledged,
                qPrintable(QStringLiteral("%1 runs < %2 acknowledged").arg(count).arg(acknowledged)));
            QVERIFY(count <= acknowledged + 1); // at most the one it was writing got through
            const QList<RunSummary> runs = store.runs(count + 10);
            QCOMPARE(runs.size(), count);
            QList<int> seqs;
            for (const RunSummary &s : runs) {
                const auto run = store.run(s.id, &error);
                QVERIFY2(run, qPrintable(error));
                QCOMPARE(run->evidence.environment.notes.constFirst().size(), 256 * 1024);
                seqs << run->userNote.value(QStringLiteral("seq")).toInt();
            }
            std::sort(seqs.begin(), seqs.end());
            for (int i = 0; i < seqs.size(); ++i)
                QCOMPARE(seqs.at(i), i + 1); // nothing earlier lost, nothing duplicated
            acknowledged = count; // the next writer continues the sequence
            store.close();

            QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            check.setDatabaseName(db);
            QVERIFY(check.open());
            {
                QSqlQuery q(check);
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            }
            check.close();
            check = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryKill)
#include "tst_historykill.moc"
