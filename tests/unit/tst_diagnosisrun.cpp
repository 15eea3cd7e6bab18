// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's own promises: every planned probe is launched and recorded before the run
// ends, the run ends once, and never later than its overall deadline.
#include "RigProcess.h"
#include "engine/DiagnosisRun.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace gatecheck;
using namespace std::chrono_literals;

namespace {

DiagnosisOptions optionsFor(const QUrl &url)
{
    DiagnosisOptions o;
    o.profile = customProfile(url);
    o.targetUrl = url;
    o.collectEnvironment = false;
    o.probeTimeout = 3s;
    o.overallTimeout = 10s;
    return o;
}

} // namespace

class TestDiagnosisRun : public QObject
{
    Q_OBJECT
private slots:
    void recordsEveryInitialProbeEvenWhenTheyFailAtOnce()
    {
        // Port 1 on loopback refuses at once; the dead resolver and DoH fail fast too. The run
        // must still hold one observation per planned probe.
        const quint16 dead = gatecheck::rig::freeTcpPort();
        DiagnosisOptions o = optionsFor(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(dead)));
        o.resolvers = {{QStringLiteral("127.0.0.1"), dead}, {QStringLiteral("127.0.0.2"), dead}};
        DiagnosisRun run(o);
        QSignalSpy finished(&run, &DiagnosisRun::finished);
        run.start();
        QVERIFY(finished.count() == 1 || finished.wait(15000));
        QCOMPARE(finished.count(), 1);
        const Evidence &e = run.evidence();
        QCOMPARE(e.dns.size(), 1 + 2); // system + two alternates for the one host
        QVERIFY(e.http.size() >= 2); // as-browser and direct, plus pinned follow-ups
        QStringList paths;
        for (const HttpObservation &h : e.http)
            paths << h.path;
        QVERIFY2(paths.contains(QStringLiteral("as-browser")) && paths.contains(QStringLiteral("direct")),
            qPrintable(paths.join(QLatin1Char(','))));
        for (const HttpObservation &h : e.http)
            QVERIFY2(h.error.isError(), qPrintable(h.id)); // nothing listens: every path fails
        QVERIFY(!e.cancelled);
    }
    void overallDeadlineEndsASilentRun()
    {
        // A server that accepts and never answers: only the overall deadline can end the run.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        DiagnosisOptions o = optionsFor(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort())));
        o.probeTimeout = 60s;
        o.overallTimeout = 1500ms;
        DiagnosisRun run(o);
        QSignalSpy finished(&run, &DiagnosisRun::finished);
        QElapsedTimer clock;
        clock.start();
        run.start();
        QVERIFY(finished.wait(20000));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        bool sawTimeoutOrCancel = false;
        for (const HttpObservation &h : run.evidence().http)
            sawTimeoutOrCancel |= h.error.code == ErrorCode::Cancelled || h.error.code == ErrorCode::Timeout;
        QVERIFY(sawTimeoutOrCancel);
    }
    void cancelEndsOnceAndMarksTheEvidence()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        DiagnosisOptions o = optionsFor(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort())));
        DiagnosisRun run(o);
        QSignalSpy finished(&run, &DiagnosisRun::finished);
        run.start();
        QTest::qWait(100);
        run.cancel();
        run.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(run.evidence().cancelled);
        QVERIFY(!run.evidence().http.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisRun)
#include "tst_diagnosisrun.moc"
