// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisRunner.h"

#include "diagnosis/Diagnose.h"
#include "engine/DiagnosisRun.h"

namespace gatecheck::gui {

EngineRunner::EngineRunner(QObject *parent)
    : DiagnosisRunner(parent)
{ }

EngineRunner::~EngineRunner()
{
    if (m_run)
        m_run->disconnect(this);
}

DiagnosisRun *EngineRunner::run() const
{
    return m_run;
}

void EngineRunner::start(const DiagnosisOptions &options)
{
    if (m_running)
        return;
    if (m_run)
        m_run->deleteLater();
    m_options = options;
    m_running = true;
    m_run = new DiagnosisRun(options, this);
    connect(m_run, &DiagnosisRun::probeStarted, this, &DiagnosisRunner::probeStarted);
    connect(m_run, &DiagnosisRun::probeFinished, this, &DiagnosisRunner::probeFinished);
    connect(m_run, &DiagnosisRun::progressChanged, this, &DiagnosisRunner::progressChanged);
    // Queued: a run whose probes all answer at once finishes inside start().
    connect(m_run, &DiagnosisRun::finished, this, &EngineRunner::deliver, Qt::QueuedConnection);
    m_run->start();
}

void EngineRunner::cancel()
{
    if (m_running && m_run)
        m_run->cancel();
}

void EngineRunner::deliver()
{
    if (!m_running || !m_run)
        return;
    m_running = false;
    const Evidence evidence = m_run->evidence();
    // The rules are pure and fast (no I/O); running them here keeps the window responsive.
    const Diagnosis diagnosis = diagnose(evidence, m_options.profile);
    emit finished(evidence, diagnosis);
}

RunnerFactory engineRunnerFactory()
{
    return [](QObject *parent) -> DiagnosisRunner * { return new EngineRunner(parent); };
}

} // namespace gatecheck::gui
