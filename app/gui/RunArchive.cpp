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

NetworkIdentity RunArchive::networkOf(const Evidence &evidence)
{
    NetworkIdentity id;
    for (const NetworkInterfaceInfo &i : evidence.environment.interfaces)
        if (i.carriesDefaultRoute) {
            id.label =
                QStringLiteral("%1 (%2)").arg(i.isVpn && !i.vpnProduct.isEmpty() ? i.vpnProduct : i.kind, i.name);
            id.interfaceKind = i.kind;
            break;
        }
    if (id.label.isEmpty())
        id.label = Text::tr("This network");
    return id;
}

RunSummary RunArchive::summarize(
    const Evidence &evidence, const Diagnosis &diagnosis, const NetworkIdentity &network, bool watch)
{
    RunSummary s;
    s.startedAt = evidence.startedAt;
    s.profileId = evidence.profileId;
    s.targetUrl = evidence.targetUrl;
    s.verdictCode = diagnosis.verdict.code;
    s.whoFixes = toString(diagnosis.verdict.whoFixes);
    s.headline = diagnosis.verdict.headline;
    s.networkLabel = network.label;
    s.watch = watch;
    int highest = 0;
    bool anyWithoutAnswer = false;
    for (const HttpObservation &h : evidence.http) {
        highest = qMax(highest, h.status);
        anyWithoutAnswer |= h.status == 0 && h.error.code != QLatin1String("not_supported");
        if (h.path == QLatin1String("as-browser") && s.asBrowserMs < 0)
            s.asBrowserMs = h.timings.totalMs;
        if (h.path == QLatin1String("direct") && s.directMs < 0)
            s.directMs = h.timings.totalMs;
    }
    // A gateway error is the worst; below that, a path with no answer at all (0).
    s.worstStatus = highest >= 500 || !anyWithoutAnswer ? highest : 0;
    return s;
}

qint64 RunArchive::add(const Evidence &evidence, const Diagnosis &diagnosis, bool watch, QString *error)
{
    const NetworkIdentity network = networkOf(evidence);
    if (m_persistent) {
        QString why;
        const qint64 id = m_store.addRun(evidence, diagnosis, network, watch, {}, &why);
        if (id > 0)
            return id;
        if (error)
            *error = Text::tr("This check could not be saved (%1). It is kept until you close Gatecheck.").arg(why);
    }
    StoredRun stored;
    stored.summary = summarize(evidence, diagnosis, network, watch);
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
