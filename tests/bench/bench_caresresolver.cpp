// SPDX-License-Identifier: GPL-3.0-or-later
// How long 200 c-ares probes take against a local dnsmasq, all at once and in waves of 50,
// and what they cost in memory (peak RSS). Prints the numbers; fails only if a probe
// fails or sockets leak, never on speed.
#include "Dnsmasq.h"
#include "net/CaresResolverProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

using namespace gatecheck;
using namespace gatecheck::rig;
using namespace std::chrono_literals;

namespace {

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int openFileDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

} // namespace

class BenchCaresResolver : public QObject
{
    Q_OBJECT
private slots:
    void twoHundredProbes_data()
    {
        QTest::addColumn<int>("wave");
        QTest::newRow("200 at once") << 200;
        QTest::newRow("4 waves of 50") << 50;
    }
    void twoHundredProbes()
    {
        RIG_REQUIRE_PROGRAM("dnsmasq");
        QFETCH(int, wave);
        Dnsmasq dns;
        dns.addHost(QStringLiteral("ok.test"), {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::10")}, 300);
        QString error;
        QVERIFY2(dns.start(&error), qPrintable(error));
        const int fdsBefore = openFileDescriptors();
        const long rssBefore = peakRssKb();
        QElapsedTimer clock;
        clock.start();
        int ok = 0;
        qint64 slowest = 0;
        for (int done = 0; done < 200; done += wave) {
            QList<CaresResolverProbe *> probes;
            int finished = 0;
            for (int i = 0; i < wave; ++i) {
                auto *probe = new CaresResolverProbe(
                    QStringLiteral("ok.test"), dns.endpoint(), CaresResolverProbe::Transport::Udp, 10s, this);
                connect(probe, &Probe::finished, this, [&finished] { ++finished; });
                probes << probe;
                probe->start();
            }
            QTRY_COMPARE_WITH_TIMEOUT(finished, wave, 30000);
            for (CaresResolverProbe *probe : std::as_const(probes)) {
                ok += probe->observation().addresses.size() == 2 ? 1 : 0;
                slowest = qMax(slowest, probe->observation().elapsedMs);
                delete probe;
            }
        }
        const qint64 wall = clock.elapsed();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        qInfo("c-ares, %d probes (waves of %d) against dnsmasq: %lld ms wall, %.2f ms/probe, slowest %lld ms; "
              "peak RSS %ld KiB (+%ld KiB)",
            200, wave, wall, double(wall) / 200, slowest, peakRssKb(), peakRssKb() - rssBefore);
        QCOMPARE(ok, 200);
        QCOMPARE(openFileDescriptors(), fdsBefore);
    }
};

QTEST_GUILESS_MAIN(BenchCaresResolver)
#include "bench_caresresolver.moc"
