// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for tst_historykill: adds runs to a history database as fast as it can and prints
// "committed <id> <seq>" after each commit, until it is killed. Each run carries a large payload
// so that most of the time is spent inside a write transaction.
#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <cstdio>

using namespace gatecheck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: history_writer DB FIRST_SEQ\n");
        return 2;
    }
    HistoryStore store;
    QString error;
    if (!store.open(args.at(1), &error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 3;
    }
    Evidence evidence;
    evidence.targetUrl = QStringLiteral("https://go.xero.com/");
    evidence.profileId = QStringLiteral("xero");
    evidence.environment.collected = true;
    evidence.environment.notes = {QString(256 * 1024, QLatin1Char('x'))}; // 256 KiB per run
    Diagnosis diagnosis;
    diagnosis.verdict = {QStringLiteral("ok"), WhoFixes::None, QStringLiteral("fine"), {}};
    const int first = args.at(2).toInt();
    QElapsedTimer clock;
    clock.start();
    // A safety net: the test kills it long before this.
    for (int seq = first; clock.elapsed() < 120000; ++seq) {
        evidence.startedAt = QDateTime::currentDateTimeUtc();
        const qint64 id =
            store.addRun(evidence, diagnosis, {}, true, QJsonObject {{QStringLiteral("seq"), seq}}, &error);
        if (id == 0) {
            std::fprintf(stderr, "add: %s\n", qPrintable(error));
            return 3;
        }
        std::printf("committed %lld %d\n", static_cast<long long>(id), seq);
        std::fflush(stdout);
    }
    return 0;
}
