// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Probe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <chrono>

namespace gatecheck::testing {

// Starts `probe` and waits for its finished() signal (counted: it must come exactly once).
// Returns the wall time it took. `slack` is how much longer than the probe's own deadline
// the test tolerates on a loaded machine before it calls the probe stuck.
inline qint64 runProbe(
    Probe &probe, int *finishedCount = nullptr, std::chrono::milliseconds slack = std::chrono::seconds(20))
{
    QSignalSpy spy(&probe, &Probe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start();
    const auto limit = probe.deadline() + slack;
    while (spy.isEmpty() && clock.elapsed() < limit.count())
        spy.wait(int(qMin<qint64>(200, limit.count())));
    const qint64 took = clock.elapsed();
    // Anything queued after finished() (a second emission) would show up now.
    QCoreApplication::processEvents();
    if (finishedCount)
        *finishedCount = int(spy.size());
    return took;
}

// The OS trust store, read once: Qt reads and parses every file of /etc/ssl/certs on each
// call (most of a second).
inline const QList<QSslCertificate> &systemRoots()
{
    static const QList<QSslCertificate> roots = QSslConfiguration::systemCaCertificates();
    return roots;
}

} // namespace gatecheck::testing
