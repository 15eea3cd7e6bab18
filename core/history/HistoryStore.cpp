// SPDX-License-Identifier: GPL-3.0-or-later
// STUB: the SQLite implementation arrives with the reports-and-history work.
#include "history/HistoryStore.h"

namespace gatecheck {

QJsonObject NetworkIdentity::toJson() const
{
    return {{QStringLiteral("label"), label},
            {QStringLiteral("interface_kind"), interfaceKind},
            {QStringLiteral("gateway_hash"), gatewayHash},
            {QStringLiteral("ssid"), ssid},
            {QStringLiteral("public_ip_prefix"), publicIpPrefix}};
}

NetworkIdentity NetworkIdentity::fromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("label")).toString(), o.value(QStringLiteral("interface_kind")).toString(),
            o.value(QStringLiteral("gateway_hash")).toString(), o.value(QStringLiteral("ssid")).toString(),
            o.value(QStringLiteral("public_ip_prefix")).toString()};
}

HistoryStore::HistoryStore() = default;
HistoryStore::~HistoryStore() = default;

bool HistoryStore::open(const QString &path, QString *error)
{
    m_path = path;
    if (error)
        *error = QStringLiteral("history is not implemented yet");
    return false;
}

bool HistoryStore::isOpen() const { return false; }
QString HistoryStore::path() const { return m_path; }

qint64 HistoryStore::addRun(const Evidence &, const Diagnosis &, const NetworkIdentity &, bool, const QJsonObject &,
                            QString *error)
{
    if (error)
        *error = QStringLiteral("history is not implemented yet");
    return 0;
}

QList<RunSummary> HistoryStore::runs(int, const QString &) const { return {}; }
QList<RunSummary> HistoryStore::runsSince(const QDateTime &, const QString &) const { return {}; }

std::optional<StoredRun> HistoryStore::run(qint64, QString *error) const
{
    if (error)
        *error = QStringLiteral("history is not implemented yet");
    return std::nullopt;
}

bool HistoryStore::removeRun(qint64) { return false; }
int HistoryStore::prune(int, int) { return 0; }

} // namespace gatecheck
