// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "engine/DiagnosisOptions.h"
#include "evidence/Observations.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace gatecheck {
class DiagnosisRun;
}

namespace gatecheck::gui {

// One diagnosis at a time, as the windows see it: progress per probe, then the evidence and
// the diagnosis drawn from it. The engine-backed runner is the real one; tests and the
// screenshot driver substitute a scripted one where the network cannot yet produce a result.
class DiagnosisRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start(const DiagnosisOptions &options) = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;

signals:
    void probeStarted(const QString &id, const QString &category);
    void probeFinished(const QString &id, const QString &category, bool ok);
    void progressChanged(int finishedCount, int totalCount);
    // Always delivered from the event loop, never from inside start(), so callers can rely
    // on start() returning first.
    void finished(const gatecheck::Evidence &evidence, const gatecheck::Diagnosis &diagnosis);
};

// Runs DiagnosisRun and the rules.
class EngineRunner : public DiagnosisRunner
{
    Q_OBJECT
public:
    explicit EngineRunner(QObject *parent = nullptr);
    ~EngineRunner() override;

    void start(const DiagnosisOptions &options) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }
    // The engine behind the current (or last) run, for tests that check its state.
    DiagnosisRun *run() const;

private:
    void deliver();

    QPointer<DiagnosisRun> m_run;
    DiagnosisOptions m_options;
    bool m_running = false;
};

using RunnerFactory = std::function<DiagnosisRunner *(QObject *parent)>;
RunnerFactory engineRunnerFactory();

} // namespace gatecheck::gui

// So signals carrying them can be spied on and queued.
Q_DECLARE_METATYPE(gatecheck::Evidence)
Q_DECLARE_METATYPE(gatecheck::Diagnosis)
