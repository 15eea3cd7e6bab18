// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Probe.h"

namespace gatecheck {

Probe::Probe(QString id, std::chrono::milliseconds deadline, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_deadline(deadline)
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &Probe::onDeadline);
}

Probe::~Probe() = default;

void Probe::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_clock.start();
    m_deadlineTimer.start(m_deadline);
    begin();
}

void Probe::cancel()
{
    if (m_finished)
        return;
    if (!m_running) {
        m_clock.start();
        m_running = true;
    }
    stop({ErrorCode::Cancelled, tr("Cancelled before it finished")});
    finishOnce();
}

void Probe::complete()
{
    finishOnce();
}

qint64 Probe::elapsedMs() const
{
    return m_clock.isValid() ? m_clock.elapsed() : -1;
}

void Probe::onDeadline()
{
    if (m_finished)
        return;
    stop({ErrorCode::Timeout, tr("No answer within %1 ms").arg(m_deadline.count())});
    finishOnce();
}

void Probe::finishOnce()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_deadlineTimer.stop();
    emit finished();
}

} // namespace gatecheck
