// SPDX-License-Identifier: GPL-3.0-or-later
// What a hostile HTTP peer costs this process: wall time and resident-memory growth per
// HttpProbe, printed for the record. Qt 6.4 collects an HTTP/1 header block without a size
// limit, so against endless headers only the probe's deadline bounds the cost; this shows
// how much that is on this machine.
#include "HostileHttp.h"
#include "net/HttpProbe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace gatecheck;
using namespace gatecheck::rig;

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

} // namespace

class BenchHttpHostile : public QObject
{
    Q_OBJECT
private slots:
    void cost_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("deadlineMs");
        QTest::newRow("endless headers, 3 s") << int(HostileHttp::Mode::EndlessHeaders) << 3000;
        QTest::newRow("endless headers, 8 s") << int(HostileHttp::Mode::EndlessHeaders) << 8000;
        QTest::newRow("endless body, cap 256 KiB") << int(HostileHttp::Mode::EndlessBody) << 8000;
        QTest::newRow("1 MiB of headers") << int(HostileHttp::Mode::HugeHeaders) << 8000;
    }

    void cost()
    {
        RIG_REQUIRE_PROGRAM("python3");
        QFETCH(int, mode);
        QFETCH(int, deadlineMs);
        HostileHttp peer {HostileHttp::Mode(mode)};
        QString error;
        QVERIFY2(peer.start(&error), qPrintable(error));
        HttpRequestSpec spec;
        spec.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(peer.port()));
        spec.pathName = QStringLiteral("direct");
        HttpProbe probe(spec, std::chrono::milliseconds(deadlineMs));
        QSignalSpy finished(&probe, &Probe::finished);
        const long before = residentKiB();
        long peak = before;
        QTimer sampler; // the buffer is freed when the probe ends: watch it while it runs
        connect(&sampler, &QTimer::timeout, this, [&] { peak = qMax(peak, residentKiB()); });
        sampler.start(50);
        QElapsedTimer clock;
        clock.start();
        probe.start();
        QVERIFY(finished.wait(deadlineMs + 20000));
        sampler.stop();
        const long grown = qMax(peak, residentKiB()) - before;
        qInfo("%s: %lld ms, peak resident memory +%ld KiB, error \"%s\"", QTest::currentDataTag(), clock.elapsed(),
            grown, qPrintable(probe.observation().error.code));
        QVERIFY(grown < 256 * 1024);
    }
};

QTEST_GUILESS_MAIN(BenchHttpHostile)
#include "bench_http_hostile.moc"
