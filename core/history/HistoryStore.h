// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "evidence/Observations.h"
#include "history/NetworkIdentity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace gatecheck {

// One stored run, light enough for lists and charts.
struct RunSummary
{
    qint64 id = 0;
    QDateTime startedAt;
    QString profileId;
    QString targetUrl;
    QString verdictCode;
    QString whoFixes;
    QString headline;
    QString networkLabel;
    bool watch = false; // recorded by watch mode
    int worstStatus = 0; // worst HTTP status over the paths (0 = no response)
    qint64 asBrowserMs = -1; // latency of the browser's path, for the timeline chart
    qint64 directMs = -1;
    QString interfaceKind; // of the network it ran on ("wifi", "ethernet", ...)
    QString gatewayHash; // groups runs by network without storing the gateway
    bool hasNote = false; // the user wrote a note for this run
};

struct StoredRun
{
    RunSummary summary;
    Evidence evidence;
    Diagnosis diagnosis;
    NetworkIdentity network;
    QJsonObject userNote;
};

// Every run, in an embedded SQLite database (Qt SQL). Writes are transactional, so a crash
// or kill mid-write leaves every earlier run readable. Not thread-safe: one per thread.
class HistoryStore
{
public:
    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static constexpr int SchemaVersion = 1;
    static constexpr int DefaultMaxAgeDays = 90;
    static constexpr int DefaultMaxRuns = 5000;

    // Opens (creating if needed) the database at `path`; default: defaultPath(). A file that
    // is not a Gatecheck history, is damaged or was written by a newer Gatecheck is refused
    // with a reason, never "repaired" by overwriting it.
    bool open(const QString &path = {}, QString *error = nullptr);
    bool isOpen() const;
    QString path() const;
    void close();
    // <AppDataLocation>/history.sqlite
    static QString defaultPath();
    // The last error of any call, one line, for a message bar.
    QString lastError() const { return m_lastError; }
    // Per-database random salt for NetworkIdentity::gatewayHash (networkIdentityFromEnvironment).
    QByteArray salt() const { return m_salt; }
    // The identity of the network a run was made on, hashed with this store's salt.
    NetworkIdentity networkIdentityFor(
        const EnvironmentFacts &environment, bool includePublicIp = false, const QString &publicIp = {}) const;
    // The summary columns (verdict, worst status, latencies) a run would be stored with.
    static RunSummary summarize(
        const Evidence &evidence, const Diagnosis &diagnosis, const NetworkIdentity &network = {}, bool watch = false);

    // Returns the new run's id, or 0 with `error` set.
    qint64 addRun(const Evidence &evidence, const Diagnosis &diagnosis, const NetworkIdentity &network,
        bool watch = false, const QJsonObject &userNote = {}, QString *error = nullptr);
    // Newest first.
    QList<RunSummary> runs(int limit = 200, const QString &profileId = {}) const;
    // Oldest first (for the timeline chart), runs that started at or after `since`.
    QList<RunSummary> runsSince(const QDateTime &since, const QString &profileId = {}) const;
    std::optional<StoredRun> run(qint64 id, QString *error = nullptr) const;
    int runCount() const;
    bool removeRun(qint64 id);
    // Replaces the user's note of a stored run.
    bool setUserNote(qint64 id, const QJsonObject &userNote, QString *error = nullptr);
    // Deletes runs older than `maxAgeDays` and beyond the newest `maxRuns`. Returns how many.
    int prune(int maxAgeDays = DefaultMaxAgeDays, int maxRuns = DefaultMaxRuns);
    // The same, measured from `now` (tests and watch mode pass their clock).
    int prune(const QDateTime &now, int maxAgeDays = DefaultMaxAgeDays, int maxRuns = DefaultMaxRuns);

private:
    bool fail(const QString &message, QString *error) const;
    QList<RunSummary> querySummaries(
        const QString &where, const QVariantList &bindings, const QString &order, int limit) const;

    QString m_connectionName;
    QString m_path;
    QByteArray m_salt;
    mutable QString m_lastError;
};

} // namespace gatecheck
