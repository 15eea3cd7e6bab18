// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchController.h"

namespace gatecheck::gui {

WatchController::WatchController(RunnerFactory factory, OptionsProvider options, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_options(std::move(options))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WatchController::checkNow);
}

void WatchController::setIntervalMs(int ms)
{
    m_intervalMs = qMax(10, ms);
    if (m_timer.isActive())
        scheduleNext();
}

bool WatchController::isChecking() const
{
    return m_runner && m_runner->isRunning();
}

int WatchController::msUntilNextCheck() const
{
    if (!m_timer.isActive())
        return -1;
    return qMax<int>(0, m_timer.remainingTime());
}

void WatchController::clear()
{
    m_points.clear();
    m_recovered = false;
    m_sawFailure = false;
}

void WatchController::start()
{
    if (m_active)
        return;
    clear();
    m_active = true;
    emit activeChanged(true);
    checkNow();
}

void WatchController::startFrom(const Evidence &evidence, const Diagnosis &diagnosis)
{
    if (m_active)
        return;
    clear();
    m_active = true;
    emit activeChanged(true);
    // The result on screen is the first point; it was stored when it was made.
    record(evidence, diagnosis, false);
    if (m_active)
        scheduleNext();
}

void WatchController::stop()
{
    m_timer.stop();
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    if (m_active) {
        m_active = false;
        emit activeChanged(false);
    }
}

void WatchController::checkNow()
{
    if (!m_active || isChecking())
        return;
    if (!m_runner) {
        m_runner = m_factory(this);
        connect(m_runner, &DiagnosisRunner::finished, this, &WatchController::onFinished);
    }
    emit checkStarted();
    m_runner->start(m_options());
}

void WatchController::onFinished(const Evidence &evidence, const Diagnosis &diagnosis)
{
    if (!m_active || evidence.cancelled)
        return;
    record(evidence, diagnosis, true);
    if (m_active)
        scheduleNext();
}

void WatchController::record(const Evidence &evidence, const Diagnosis &diagnosis, bool fromRunner)
{
    const WatchPoint point = pointFrom(evidence, diagnosis);
    m_points << point;
    emit pointAdded(point);
    if (fromRunner)
        emit checkRecorded(evidence, diagnosis);
    if (!point.healthy) {
        m_sawFailure = true;
        return;
    }
    // Watching is "until it works again": a healthy check ends it.
    if (m_sawFailure) {
        m_recovered = true;
        stop();
        emit recovered(point);
    } else {
        stop();
        emit alreadyWorking(point);
    }
}

void WatchController::scheduleNext()
{
    m_timer.start(m_intervalMs);
}

bool WatchController::isHealthy(const Evidence &evidence, const Diagnosis &diagnosis)
{
    if (evidence.cancelled)
        return false;
    for (const Finding &f : diagnosis.findings)
        if (f.severity == Severity::Problem)
            return false;
    const auto answered = [](const HttpObservation &h) {
        return !h.error.isError() && h.status >= 200 && h.status < 400;
    };
    bool sawBrowserPath = false;
    for (const HttpObservation &h : evidence.http)
        if (h.path == QLatin1String("as-browser")) {
            sawBrowserPath = true;
            if (answered(h))
                return true;
        }
    if (sawBrowserPath)
        return false;
    for (const HttpObservation &h : evidence.http)
        if (answered(h))
            return true;
    return false;
}

WatchPoint WatchController::pointFrom(const Evidence &evidence, const Diagnosis &diagnosis)
{
    WatchPoint p;
    p.at = evidence.finishedAt.isValid() ? evidence.finishedAt : evidence.startedAt;
    if (!p.at.isValid())
        p.at = QDateTime::currentDateTimeUtc();
    p.healthy = isHealthy(evidence, diagnosis);
    p.headline = diagnosis.verdict.headline;
    for (const HttpObservation &h : evidence.http) {
        PathSample s;
        s.path = h.path;
        s.ms = h.timings.totalMs >= 0 ? h.timings.totalMs : h.timings.firstByteMs;
        s.status = h.status;
        s.failed = h.error.isError() || h.status == 0 || h.status >= 500;
        p.samples << s;
    }
    return p;
}

} // namespace gatecheck::gui
