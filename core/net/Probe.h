// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/ProbeError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace gatecheck {

// One asynchronous measurement on the Qt event loop. Every probe has its own deadline,
// can be cancelled, and emits finished() exactly once — whatever happens — so the engine
// and the GUI can count on it. Subclasses implement begin() and stop(); they call
// complete() when they have their answer.
class Probe : public QObject
{
    Q_OBJECT
public:
    explicit Probe(QString id, std::chrono::milliseconds deadline, QObject *parent = nullptr);
    ~Probe() override;

    const QString &id() const { return m_id; }
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    std::chrono::milliseconds deadline() const { return m_deadline; }

    // Starts the probe; the deadline timer starts now. Calling it twice does nothing.
    void start();
    // Stops the probe at once; it finishes with a "cancelled" error.
    void cancel();

signals:
    void finished();

protected:
    // Begin the work. May call complete() synchronously.
    virtual void begin() = 0;
    // Abort any work in flight and record `why` in the observation. After stop() the
    // base class emits finished(); the subclass must not call complete() from stop().
    virtual void stop(const ProbeError &why) = 0;

    // The subclass has its answer (success or failure already recorded).
    void complete();
    // Milliseconds since start().
    qint64 elapsedMs() const;

private:
    void onDeadline();
    void finishOnce();

    QString m_id;
    std::chrono::milliseconds m_deadline;
    QTimer m_deadlineTimer;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace gatecheck
