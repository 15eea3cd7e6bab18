// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiagnosisRunner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace gatecheck::gui {

// One path's measurement at one watch check, as the timeline chart plots it.
struct PathSample
{
    QString path; // "as-browser", "direct", ...
    qint64 ms = -1; // total time, or time until it failed; -1 unknown
    int status = 0; // HTTP status, 0 = no answer
    bool failed = false;
};

struct WatchPoint
{
    QDateTime at;
    bool healthy = false;
    QString headline;
    QList<PathSample> samples;
};

// Watch mode: re-checks every N minutes until the service works again. Checks never
// overlap (the next is scheduled when one ends); each result is offered for storage; the
// first healthy check after a failing one is the recovery.
class WatchController : public QObject
{
    Q_OBJECT
public:
    using OptionsProvider = std::function<DiagnosisOptions()>;

    WatchController(RunnerFactory factory, OptionsProvider options, QObject *parent = nullptr);

    // Tests use milliseconds; the window sets minutes.
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }

    // Starts watching with a check now.
    void start();
    // Starts watching with `evidence` as the first point; the next check follows the interval.
    void startFrom(const Evidence &evidence, const Diagnosis &diagnosis);
    void stop();
    bool isActive() const { return m_active; }
    bool isChecking() const;
    bool hasRecovered() const { return m_recovered; }
    // -1 when nothing is scheduled.
    int msUntilNextCheck() const;
    const QList<WatchPoint> &points() const { return m_points; }
    void clear();

    static WatchPoint pointFrom(const Evidence &evidence, const Diagnosis &diagnosis);
    // Working again: no problem found, and the browser's path (or, without one, any path)
    // got an answer that is not an error.
    static bool isHealthy(const Evidence &evidence, const Diagnosis &diagnosis);

signals:
    void activeChanged(bool active);
    void checkStarted();
    void pointAdded(const gatecheck::gui::WatchPoint &point);
    void checkRecorded(const gatecheck::Evidence &evidence, const gatecheck::Diagnosis &diagnosis);
    void recovered(const gatecheck::gui::WatchPoint &point);
    // The very first check was already fine: nothing to wait for.
    void alreadyWorking(const gatecheck::gui::WatchPoint &point);

private:
    void checkNow();
    void onFinished(const Evidence &evidence, const Diagnosis &diagnosis);
    void record(const Evidence &evidence, const Diagnosis &diagnosis, bool fromRunner);
    void scheduleNext();

    RunnerFactory m_factory;
    OptionsProvider m_options;
    DiagnosisRunner *m_runner = nullptr;
    QTimer m_timer;
    QElapsedTimer m_sinceScheduled;
    QList<WatchPoint> m_points;
    int m_intervalMs = 2 * 60 * 1000;
    bool m_active = false;
    bool m_recovered = false;
    bool m_sawFailure = false;
};

} // namespace gatecheck::gui

Q_DECLARE_METATYPE(gatecheck::gui::WatchPoint)
