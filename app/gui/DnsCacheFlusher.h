// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace gatecheck::gui {

struct DnsFlushResult
{
    bool ok = false;
    QString message; // plain words: what happened
    QString before; // e.g. "312 names cached"; empty when the system cannot tell
    QString after;
};

// The "Flush DNS cache" action as the window needs it. The platform work (resolved over
// D-Bus, ipconfig, dscacheutil) belongs to core/env; an adapter to it plugs in here.
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
    // Asynchronous; emits finished() exactly once.
    virtual void flush() = 0;

signals:
    void finished(const gatecheck::gui::DnsFlushResult &result);
};

// Used until the platform flush is wired in: explains that it is not available yet.
class UnavailableDnsFlusher : public DnsCacheFlusher
{
    Q_OBJECT
public:
    using DnsCacheFlusher::DnsCacheFlusher;
    bool isAvailable() const override { return false; }
    bool needsAdministrator() const override { return false; }
    QString explanation() const override;
    void flush() override;
};

} // namespace gatecheck::gui

Q_DECLARE_METATYPE(gatecheck::gui::DnsFlushResult)
