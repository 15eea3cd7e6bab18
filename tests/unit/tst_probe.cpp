// SPDX-License-Identifier: GPL-3.0-or-later
// The probe contract: finished() exactly once, on success, deadline or cancel.
#include "net/Probe.h"

#include <QSignalSpy>
#include <QTest>

using namespace gatecheck;
using namespace std::chrono_literals;

namespace {

// A probe whose work is a timer, so the base class's deadline and cancel paths can be
// exercised without a network.
class TimerProbe : public Probe
{
public:
    TimerProbe(std::chrono::milliseconds work, std::chrono::milliseconds deadline)
        : Probe(QStringLiteral("test:timer"), deadline)
        , m_work(work)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            result = QStringLiteral("done");
            complete();
        });
    }
    QString result;
    ProbeError stoppedWith;

protected:
    void begin() override { m_timer.start(m_work); }
    void stop(const ProbeError &why) override
    {
        m_timer.stop();
        stoppedWith = why;
    }

private:
    std::chrono::milliseconds m_work;
    QTimer m_timer;
};

} // namespace

class TestProbe : public QObject
{
    Q_OBJECT
private slots:
    void finishesOnceOnSuccess()
    {
        TimerProbe probe(10ms, 5s);
        QSignalSpy spy(&probe, &Probe::finished);
        probe.start();
        QVERIFY(spy.wait(2000));
        QCOMPARE(probe.result, QStringLiteral("done"));
        probe.cancel(); // after the fact: must not emit again
        QTest::qWait(20);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!probe.stoppedWith.isError());
    }
    void deadlineStopsSlowWork()
    {
        TimerProbe probe(10s, 50ms);
        QSignalSpy spy(&probe, &Probe::finished);
        probe.start();
        QVERIFY(spy.wait(2000));
        QCOMPARE(probe.stoppedWith.code, ErrorCode::Timeout);
        QVERIFY(probe.result.isEmpty());
        QCOMPARE(spy.count(), 1);
    }
    void cancelFinishesImmediately()
    {
        TimerProbe probe(10s, 10s);
        QSignalSpy spy(&probe, &Probe::finished);
        probe.start();
        probe.cancel();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(probe.stoppedWith.code, ErrorCode::Cancelled);
        QVERIFY(!probe.isRunning());
        QVERIFY(probe.isFinished());
    }
    void startTwiceIsHarmless()
    {
        TimerProbe probe(10ms, 5s);
        QSignalSpy spy(&probe, &Probe::finished);
        probe.start();
        probe.start();
        QVERIFY(spy.wait(2000));
        QTest::qWait(30);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
