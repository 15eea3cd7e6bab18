// SPDX-License-Identifier: GPL-3.0-or-later
// HttpProbe against hostile peers: garbage, endless bodies and headers, 1 MiB of headers,
// slowloris, silence, resets. Each costs bounded time and memory, and a probe can be
// cancelled in the middle of a transfer.
#include "HostileHttp.h"
#include "ProbeWait.h"
#include "net/HttpProbe.h"

#include <QFile>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::rig;
using namespace std::chrono_literals;

namespace {

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

HttpRequestSpec spec(const QUrl &url)
{
    HttpRequestSpec s;
    s.url = url;
    s.pathName = QStringLiteral("direct");
    return s;
}

HttpObservation fetch(const HttpRequestSpec &spec, std::chrono::milliseconds deadline, qint64 *took)
{
    HttpProbe probe(spec, deadline);
    int finished = 0;
    *took = testing::runProbe(probe, &finished);
    if (finished != 1)
        qWarning("finished() emitted %d times", finished);
    return probe.observation();
}

} // namespace

class TestHttpProbeHostile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { RIG_REQUIRE_PROGRAM("python3"); }

    void hostilePeersCostBoundedTime_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("deadlineMs");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("endsBeforeDeadline");
        using M = HostileHttp::Mode;
        QTest::newRow("garbage instead of HTTP") << int(M::Garbage) << 8000 << ErrorCode::ConnectionReset << 0 << true;
        QTest::newRow("endless body") << int(M::EndlessBody) << 8000 << "" << 200 << true;
        QTest::newRow("1 MiB of headers") << int(M::HugeHeaders) << 8000 << ErrorCode::ProtocolError << 200 << true;
        QTest::newRow("84 KB of headers") << int(M::LargeHeaders) << 8000 << ErrorCode::TooLarge << 200 << true;
        QTest::newRow("endless headers") << int(M::EndlessHeaders) << 3000 << ErrorCode::Timeout << 0 << false;
        QTest::newRow("slowloris") << int(M::Slowloris) << 3000 << ErrorCode::Timeout << 0 << false;
        QTest::newRow("accepts, never answers") << int(M::Silent) << 2000 << ErrorCode::Timeout << 0 << false;
        QTest::newRow("accepts and closes") << int(M::AcceptClose) << 8000 << ErrorCode::ConnectionReset << 0 << true;
        QTest::newRow("reset") << int(M::Reset) << 8000 << ErrorCode::ConnectionReset << 0 << true;
    }

    void hostilePeersCostBoundedTime()
    {
        QFETCH(int, mode);
        QFETCH(int, deadlineMs);
        QFETCH(QString, error);
        QFETCH(int, status);
        QFETCH(bool, endsBeforeDeadline);
        HostileHttp peer {HostileHttp::Mode(mode)};
        QString startError;
        QVERIFY2(peer.start(&startError), qPrintable(startError));
        QUrl url(QStringLiteral("http://127.0.0.1/"));
        url.setPort(peer.port());
        HttpRequestSpec s = spec(url);
        s.limits.maxBodyBytes = 1024 * 1024;
        const long before = residentKiB();
        qint64 took = 0;
        const HttpObservation h = fetch(s, std::chrono::milliseconds(deadlineMs), &took);
        const long grown = residentKiB() - before;
        QCOMPARE(h.error.code, error);
        QCOMPARE(h.status, status);
        if (endsBeforeDeadline)
            QVERIFY2(took < deadlineMs, qPrintable(QString::number(took)));
        QVERIFY2(took < deadlineMs + 5000, qPrintable(QString::number(took)));
        // A peer that sends without end must not make this process grow without end.
        QVERIFY2(grown < 64 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(grown)));
        if (HostileHttp::Mode(mode) == HostileHttp::Mode::EndlessBody) {
            QVERIFY(h.bodyTruncated);
            QCOMPARE(h.bodyBytes, s.limits.maxBodyBytes);
            QCOMPARE(h.title, QStringLiteral("Endless"));
        }
    }

    void cancelledMidTransfer()
    {
        HostileHttp peer {HostileHttp::Mode::EndlessBody};
        QString startError;
        QVERIFY2(peer.start(&startError), qPrintable(startError));
        QUrl url(QStringLiteral("http://127.0.0.1/"));
        url.setPort(peer.port());
        HttpRequestSpec s = spec(url);
        s.pathName = QStringLiteral("direct");
        s.limits.maxBodyBytes = qint64(1) << 40; // would never end on its own
        HttpProbe probe(s, 60s);
        QSignalSpy finished(&probe, &Probe::finished);
        probe.start();
        // The peer says when it is streaming the body; then the user gives up.
        QVERIFY2(
            peer.process().waitForOutput(QStringLiteral("body started"), 20s), qPrintable(peer.process().lastError()));
        QElapsedTimer clock;
        clock.start();
        probe.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(probe.observation().error.code, ErrorCode::Cancelled);
        QTest::qWait(100); // nothing may arrive after the end
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpProbeHostile)
#include "tst_httpprobe_hostile.moc"
