// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistorySchema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace gatecheck::history {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

std::optional<qint64> pragma(QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

// Step N takes the schema from version N to N+1. Never edit a released step: add one.
const std::vector<QStringList> &steps()
{
    static const std::vector<QStringList> all = {
        // 0 -> 1: runs with summary columns for lists and charts; settings (the salt).
        {QStringLiteral("CREATE TABLE runs ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " started_at INTEGER NOT NULL," // ms since the epoch, UTC
                        " profile_id TEXT NOT NULL DEFAULT '',"
                        " target_url TEXT NOT NULL DEFAULT '',"
                        " verdict_code TEXT NOT NULL DEFAULT '',"
                        " who_fixes TEXT NOT NULL DEFAULT '',"
                        " headline TEXT NOT NULL DEFAULT '',"
                        " worst_status INTEGER NOT NULL DEFAULT 0,"
                        " as_browser_ms INTEGER NOT NULL DEFAULT -1,"
                        " direct_ms INTEGER NOT NULL DEFAULT -1,"
                        " watch INTEGER NOT NULL DEFAULT 0,"
                        " network_label TEXT NOT NULL DEFAULT '',"
                        " interface_kind TEXT NOT NULL DEFAULT '',"
                        " gateway_hash TEXT NOT NULL DEFAULT '',"
                        " ssid TEXT NOT NULL DEFAULT '',"
                        " public_ip_prefix TEXT NOT NULL DEFAULT '',"
                        " user_note TEXT NOT NULL DEFAULT '{}',"
                        " evidence_schema INTEGER NOT NULL,"
                        " evidence_json TEXT NOT NULL,"
                        " diagnosis_json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX runs_by_start ON runs(started_at)"),
            QStringLiteral("CREATE INDEX runs_by_profile ON runs(profile_id, started_at)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value BLOB NOT NULL)")},
    };
    return all;
}

} // namespace

bool migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    QString why;
    // The first read of a file that is not SQLite fails here ("file is not a database").
    const auto appId = pragma(db, QStringLiteral("application_id"), &why);
    const auto version = appId ? pragma(db, QStringLiteral("user_version"), &why) : std::nullopt;
    QSqlQuery tables(db);
    if (!appId || !version || !tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next()) {
        *error = Text::tr("not a Gatecheck history database, or it is damaged (%1)")
                     .arg(why.isEmpty() ? tables.lastError().text() : why);
        return false;
    }
    const bool empty = tables.value(0).toInt() == 0;
    tables.finish();
    if ((*appId != 0 && *appId != ApplicationId) || (*appId == 0 && !empty)) {
        *error = Text::tr("this file is an SQLite database of another program, not a Gatecheck history");
        return false;
    }
    if (*version > targetVersion) {
        *error = Text::tr("the history was written by a newer Gatecheck (schema %1; this version knows up to %2)")
                     .arg(*version)
                     .arg(targetVersion);
        return false;
    }
    if (*version == targetVersion)
        return true;
    if (targetVersion > static_cast<int>(steps().size())) {
        *error = Text::tr("no migration to schema %1").arg(targetVersion);
        return false;
    }

    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (int v = static_cast<int>(*version); v < targetVersion; ++v)
        for (const QString &sql : steps().at(static_cast<size_t>(v)))
            if (!exec(db, sql, &why)) {
                db.rollback();
                *error = Text::tr("could not upgrade the history to schema %1: %2").arg(v + 1).arg(why);
                return false;
            }
    if (!exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), &why)
        || !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(targetVersion), &why) || !db.commit()) {
        db.rollback();
        *error = Text::tr("could not upgrade the history: %1").arg(why.isEmpty() ? db.lastError().text() : why);
        return false;
    }
    return true;
}

} // namespace gatecheck::history
