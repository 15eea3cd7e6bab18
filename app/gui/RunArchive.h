// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryStore.h"

#include <QList>

#include <optional>

namespace gatecheck::gui {

// Where the window keeps its runs: the HistoryStore on disk, and only when it cannot be
// opened or a write fails, this session's memory, so history, watch and compare still work
// and nothing measured is lost while the window is open.
class RunArchive
{
public:
    RunArchive();

    // Opens the store (empty path = its default place). On failure the archive keeps working
    // in memory and `error` says why, for the message bar.
    bool open(const QString &path = {}, QString *error = nullptr);
    bool isPersistent() const { return m_persistent; }

    qint64 add(const Evidence &evidence, const Diagnosis &diagnosis, bool watch, QString *error = nullptr);
    QList<RunSummary> runs(int limit = 200) const;
    std::optional<StoredRun> run(qint64 id) const;

private:
    HistoryStore m_store;
    bool m_persistent = false;
    QList<StoredRun> m_memory; // newest last; ids are negative so they never meet the store's
    qint64 m_nextMemoryId = -1;
};

} // namespace gatecheck::gui
