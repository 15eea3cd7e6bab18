// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunArchive.h"

#include <QCoreApplication>

#include <algorithm>

namespace gatecheck::gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunArchive)
};

} // namespace

RunArchive::RunArchive() = default;

bool RunArchive::open(const QString &path, QString *error)
{
    QString why;
    m_persistent = m_store.open(path, &why);
    if (!m_persistent && error)
        *error = Text::tr("Past checks cannot be saved (%1). They are kept until you close Gatecheck.").arg(why);
    return m_persistent;
}

qint64 RunArchive::add(const Evidence &evidence, const Diagnosis &diagnosis, bool watch, QString *error)
{
    // The store's salt hashes the gateway; without a store the label alone says where it ran.
    NetworkIdentity network = m_persistent ? m_store.networkIdentityFor(evidence.environment)
                                           : networkIdentityFromEnvironment(evidence.environment, {});
    if (network.label.isEmpty())
        network.label = Text::tr("This network");
    if (m_persistent) {
        QString why;
        const qint64 id = m_store.addRun(evidence, diagnosis, network, watch, {}, &why);
        if (id > 0)
            return id;
        if (error)
            *error = Text::tr("This check could not be saved (%1). It is kept until you close Gatecheck.").arg(why);
    }
    StoredRun stored;
    stored.summary = HistoryStore::summarize(evidence, diagnosis, network, watch);
    stored.summary.id = m_nextMemoryId--;
    stored.evidence = evidence;
    stored.diagnosis = diagnosis;
    stored.network = network;
    m_memory << stored;
    return stored.summary.id;
}

QList<RunSummary> RunArchive::runs(int limit) const
{
    QList<RunSummary> all = m_persistent ? m_store.runs(limit) : QList<RunSummary> {};
    for (const StoredRun &r : m_memory)
        all << r.summary;
    std::stable_sort(
        all.begin(), all.end(), [](const RunSummary &a, const RunSummary &b) { return a.startedAt > b.startedAt; });
    if (all.size() > limit)
        all = all.mid(0, limit);
    return all;
}

std::optional<StoredRun> RunArchive::run(qint64 id) const
{
    if (id < 0) {
        for (const StoredRun &r : m_memory)
            if (r.summary.id == id)
                return r;
        return std::nullopt;
    }
    return m_persistent ? m_store.run(id) : std::nullopt;
}

} // namespace gatecheck::gui
