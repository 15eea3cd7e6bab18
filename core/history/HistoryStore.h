// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "evidence/Observations.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace gatecheck {

// Which network a run was made on, identified without secrets.
struct NetworkIdentity
{
    QString label;         // user-facing: "Office Wi-Fi (eth0)", or a name the user gave
    QString interfaceKind; // "wifi" | "ethernet" | "tunnel" | ...
    QString gatewayHash;   // a hash of the default gateway's address, not the address itself
    QString ssid;          // when readable
    QString publicIpPrefix; // only when the user allowed it, e.g. "203.0.113.0/24"

    QJsonObject toJson() const;
    static NetworkIdentity fromJson(const QJsonObject &o);
};

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
    bool watch = false;     // recorded by watch mode
    int worstStatus = 0;    // worst HTTP status over the paths (0 = no response)
    qint64 asBrowserMs = -1; // latency of the browser's path, for the timeline chart
    qint64 directMs = -1;
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

    // Opens (creating if needed) the database at `path`; default: the app data directory.
    bool open(const QString &path = {}, QString *error = nullptr);
    bool isOpen() const;
    QString path() const;

    // Returns the new run's id, or 0 with `error` set.
    qint64 addRun(const Evidence &evidence, const Diagnosis &diagnosis, const NetworkIdentity &network,
                  bool watch = false, const QJsonObject &userNote = {}, QString *error = nullptr);
    QList<RunSummary> runs(int limit = 200, const QString &profileId = {}) const;
    QList<RunSummary> runsSince(const QDateTime &since, const QString &profileId = {}) const;
    std::optional<StoredRun> run(qint64 id, QString *error = nullptr) const;
    bool removeRun(qint64 id);
    // Deletes runs older than `maxAgeDays` and beyond the newest `maxRuns`. Returns how many.
    int prune(int maxAgeDays = 90, int maxRuns = 5000);

private:
    QString m_connectionName;
    QString m_path;
};

} // namespace gatecheck
