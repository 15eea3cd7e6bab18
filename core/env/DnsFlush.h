// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatecheck {

// One cache Gatecheck found and what happened when it tried to flush it.
struct DnsFlushStep
{
    QString cache; // "systemd-resolved", "nscd", "dnsmasq (pid 812)", "Windows DNS Client", "mDNSResponder"
    QString method; // "D-Bus FlushCaches", "resolvectl flush-caches", "SIGHUP", "DnsFlushResolverCache", ...
    QString outcome; // "flushed" | "declined" | "failed" | "skipped"
    QString detail; // plain words, e.g. why it failed
    QString statsBefore; // cache statistics where the cache exposes them, e.g. "size 12, hits 40, misses 9"
    QString statsAfter;
};

// A name resolved by the system resolver before and after the flush.
struct DnsFlushComparison
{
    QString host;
    DnsObservation before;
    DnsObservation after;
    bool changed = false; // the set of addresses differs
};

struct DnsFlushResult
{
    QString status; // "flushed" | "nothing_to_flush" | "declined" | "failed"
    QString summary; // one paragraph for the user
    QList<DnsFlushStep> steps;
    QList<DnsFlushComparison> comparisons;
    QStringList browserAdvice; // browsers keep their own cache: how to clear it
};

// "flushed" when any cache was flushed, else "declined" when the user said no, "failed" when
// every attempt failed, "nothing_to_flush" when no cache was found.
QString flushStatusOf(const QList<DnsFlushStep> &steps);
// How to clear the browsers' own DNS caches (an OS flush never touches them).
QStringList browserDnsCacheAdvice();
QJsonObject toJson(const DnsFlushResult &result);

namespace env::platform {
// Finds this computer's DNS caches and flushes each one; may ask for an administrator's
// approval (polkit on Linux, the administrator prompt on macOS). Blocking: runs on a worker
// thread. Fixed commands only; no data from outside is ever put into a command.
QList<DnsFlushStep> flushDnsCaches();
} // namespace env::platform

} // namespace gatecheck
