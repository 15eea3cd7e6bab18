// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "env/DnsFlush.h"
#include "env/DnsFlusher.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace gatecheck::gui {

// The "Flush DNS cache" action as the window needs it: say what will happen (and whether the
// system will ask for an administrator's approval) before anything runs, then report the
// whole story (core/env's DnsFlushResult: what was flushed, the names before and after).
class DnsCacheFlusher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isAvailable() const = 0;
    // Whether the OS will ask for an administrator password, so the window can say so first.
    virtual bool needsAdministrator() const = 0;
    // What will happen, in plain words, shown before anything runs.
    virtual QString explanation() const = 0;
    // The names looked up before and after (the service's hosts).
    virtual void setHosts(const QStringList &hosts) { m_hosts = hosts; }
    QStringList hosts() const { return m_hosts; }
    // Asynchronous; emits finished() exactly once per call.
    virtual void flush() = 0;

signals:
    void finished(const gatecheck::DnsFlushResult &result);

protected:
    QStringList m_hosts;
};

// The real one: core/env's DnsFlusher (system resolver lookups, the platform flush on a
// worker thread, the comparison).
class SystemDnsFlusher : public DnsCacheFlusher
{
    Q_OBJECT
public:
    explicit SystemDnsFlusher(QObject *parent = nullptr);

    bool isAvailable() const override { return true; }
    bool needsAdministrator() const override;
    QString explanation() const override;
    void flush() override;
    // For tests: replaces the platform flush (which would touch this machine's caches).
    void setFlushFunction(DnsFlusher::FlushFunction flush) { m_flushFunction = std::move(flush); }

private:
    QPointer<DnsFlusher> m_running;
    DnsFlusher::FlushFunction m_flushFunction;
};

} // namespace gatecheck::gui

Q_DECLARE_METATYPE(gatecheck::DnsFlushResult)
