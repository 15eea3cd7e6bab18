// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "env/DnsFlush.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>

class QThread;

namespace gatecheck {

class Probe;

// Flushes the OS DNS cache and shows its effect: resolves `hosts` with the system resolver
// (SystemResolverProbe, what the browser gets), flushes every cache found, resolves again,
// and compares. Emits finished() exactly once with the whole story, including honest
// "nothing to flush" and "declined" outcomes and how to clear the browsers' own caches.
class DnsFlusher : public QObject
{
    Q_OBJECT
public:
    using FlushFunction = std::function<QList<DnsFlushStep>()>;

    DnsFlusher(QStringList hosts, std::chrono::milliseconds lookupTimeout, QObject *parent = nullptr);
    ~DnsFlusher() override;

    // For tests: replaces the platform flush.
    void setFlushFunction(FlushFunction flush) { m_flush = std::move(flush); }

    void start();
    const DnsFlushResult &result() const { return m_result; }

signals:
    void finished();

private:
    void resolveAll(QList<DnsObservation> *into, std::function<void()> then);
    void flush();
    void compareAndFinish();

    QStringList m_hosts;
    std::chrono::milliseconds m_lookupTimeout;
    FlushFunction m_flush;
    QList<DnsObservation> m_before;
    QList<DnsObservation> m_after;
    QList<Probe *> m_probes;
    QThread *m_thread = nullptr;
    QList<DnsFlushStep> m_steps;
    DnsFlushResult m_result;
    bool m_started = false;
};

} // namespace gatecheck
