// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/DiagnosisOptions.h"
#include "evidence/Observations.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace gatecheck {

class Probe;

// Runs one diagnosis: expands the options into probes (the plan), starts them all at once,
// adds follow-up probes as DNS answers arrive (pinned paths, TLS, TCP), and collects every
// observation into one Evidence. Emits progress as each probe finishes, so a GUI can show
// a live checklist. Never outlives its overall deadline.
class DiagnosisRun : public QObject
{
    Q_OBJECT
public:
    explicit DiagnosisRun(DiagnosisOptions options, QObject *parent = nullptr);
    ~DiagnosisRun() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const Evidence &evidence() const { return m_evidence; }
    const DiagnosisOptions &options() const { return m_options; }

    // A short category for a probe id: "status", "dns", "http", "tls", "tcp", "environment".
    static QString categoryOf(const QString &probeId);

signals:
    void probeStarted(const QString &id, const QString &category);
    void probeFinished(const QString &id, const QString &category, bool ok);
    void progressChanged(int finishedCount, int totalCount);
    void finished();

private:
    void launch(Probe *probe);
    void onProbeFinished(Probe *probe);
    void planInitialProbes();
    void planFollowUps(const DnsObservation &dns);
    void pinAddress(const QString &host, const QString &address, const QString &pathName);
    void maybeFinish();
    void finishNow();
    void launchEnvironment();
    void estimateClock();

    DiagnosisOptions m_options;
    Evidence m_evidence;
    QList<Probe *> m_running;
    QSet<QString> m_pinned; // "path|host|address" already planned
    QSet<QString> m_tlsChecked; // "host|address"
    QHash<QString, int> m_altPinCount;
    QString m_canaryHost; // the .invalid name asked of the system resolver, if any
    QHash<QString, QDateTime> m_httpReceivedAt; // HTTP observation id -> when its answer arrived
    QTimer m_overallDeadline;
    QElapsedTimer m_clock;
    int m_started = 0;
    int m_done = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_planning = false;
};

} // namespace gatecheck
