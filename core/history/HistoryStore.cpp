// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryStore.h"

#include "evidence/EvidenceJson.h"
#include "history/DiagnosisJson.h"
#include "history/HistorySchema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <array>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

// Every store gets its own Qt SQL connection name, so two stores (GUI + watch, or a test's
// two handles on one file) never share or close each other's connection.
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("gatecheck-history-%1").arg(++counter);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const HttpObservation *pathResult(const Evidence &evidence, const QString &path)
{
    const HttpObservation *first = nullptr;
    for (const HttpObservation &h : evidence.http) {
        if (h.path != path)
            continue;
        if (h.url == evidence.targetUrl)
            return &h;
        if (!first)
            first = &h;
    }
    return first;
}

// A latency only counts when the path got an answer: time-to-failure is not a latency.
qint64 latencyOf(const HttpObservation *h)
{
    if (!h || h->status == 0)
        return -1;
    return h->timings.totalMs >= 0 ? h->timings.totalMs : h->timings.firstByteMs;
}

// Qt binds a null QString as SQL NULL, which the NOT NULL columns refuse.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString kSummaryColumns =
    QStringLiteral("id, started_at, profile_id, target_url, verdict_code, who_fixes, headline, network_label, watch,"
                   " worst_status, as_browser_ms, direct_ms, interface_kind, gateway_hash, user_note <> '{}'");

RunSummary summaryFromQuery(const QSqlQuery &q)
{
    RunSummary s;
    s.id = q.value(0).toLongLong();
    s.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    s.profileId = q.value(2).toString();
    s.targetUrl = q.value(3).toString();
    s.verdictCode = q.value(4).toString();
    s.whoFixes = q.value(5).toString();
    s.headline = q.value(6).toString();
    s.networkLabel = q.value(7).toString();
    s.watch = q.value(8).toBool();
    s.worstStatus = q.value(9).toInt();
    s.asBrowserMs = q.value(10).toLongLong();
    s.directMs = q.value(11).toLongLong();
    s.interfaceKind = q.value(12).toString();
    s.gatewayHash = q.value(13).toString();
    s.hasNote = q.value(14).toBool();
    return s;
}

} // namespace

HistoryStore::HistoryStore() = default;

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

bool HistoryStore::fail(const QString &message, QString *error) const
{
    m_lastError = message;
    if (error)
        *error = message;
    return false;
}

void HistoryStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_salt.clear();
}

bool HistoryStore::open(const QString &path, QString *error)
{
    close();
    m_path = path.isEmpty() ? defaultPath() : path;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Text::tr("cannot create the folder %1").arg(info.absolutePath()), error);
    if (info.exists() && !info.isFile())
        return fail(Text::tr("%1 is not a file").arg(m_path), error);

    const QString name = nextConnectionName();
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        // Another Gatecheck (the GUI's watch, a CLI run) may be writing: wait instead of failing.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.isValid())
            why = Text::tr("the SQLite driver of Qt (QSQLITE) is not installed");
        else if (!db.open())
            why = db.lastError().text();
        else if (history::migrate(db, SchemaVersion, &why)) {
            QSqlQuery q(db);
            // WAL: a writer killed mid-transaction leaves every committed run readable, and
            // readers never block the writer. NORMAL sync is durable against process crashes.
            if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
                || !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
                why = q.lastError().text();
            else if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'salt'")) && q.next())
                m_salt = q.value(0).toByteArray();
            else {
                std::array<quint32, 8> words {};
                QRandomGenerator::system()->fillRange(words.data(), words.size());
                const QByteArray salt(reinterpret_cast<const char *>(words.data()), sizeof(words));
                // OR IGNORE + read back: when two processes create the file at once, both use the winner's salt.
                q.prepare(QStringLiteral("INSERT OR IGNORE INTO settings(key, value) VALUES ('salt', ?)"));
                q.addBindValue(salt);
                if (q.exec() && q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'salt'")) && q.next())
                    m_salt = q.value(0).toByteArray();
                else
                    why = q.lastError().text();
            }
            // A damaged file can pass the header checks and fail on the first real read.
            if (why.isEmpty() && !q.exec(QStringLiteral("SELECT count(*) FROM runs")))
                why = Text::tr("the history is damaged (%1)").arg(q.lastError().text());
        }
        if (!why.isEmpty())
            db.close();
    }
    if (!why.isEmpty()) {
        QSqlDatabase::removeDatabase(name);
        m_salt.clear();
        return fail(Text::tr("cannot open the history %1: %2").arg(QDir::toNativeSeparators(m_path), why), error);
    }
    m_connectionName = name;
    m_lastError.clear();
    return true;
}

bool HistoryStore::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString HistoryStore::path() const
{
    return m_path;
}

NetworkIdentity HistoryStore::networkIdentityFor(
    const EnvironmentFacts &environment, bool includePublicIp, const QString &publicIp) const
{
    NetworkIdentityOptions options;
    options.salt = m_salt;
    options.includePublicIp = includePublicIp;
    options.publicIp = publicIp;
    return networkIdentityFromEnvironment(environment, options);
}

RunSummary HistoryStore::summarize(
    const Evidence &evidence, const Diagnosis &diagnosis, const NetworkIdentity &network, bool watch)
{
    RunSummary s;
    s.startedAt = evidence.startedAt.isValid() ? evidence.startedAt.toUTC() : QDateTime::currentDateTimeUtc();
    s.profileId = evidence.profileId;
    s.targetUrl = evidence.targetUrl;
    s.verdictCode = diagnosis.verdict.code;
    s.whoFixes = toString(diagnosis.verdict.whoFixes);
    s.headline = diagnosis.verdict.headline;
    s.networkLabel = network.label;
    s.interfaceKind = network.interfaceKind;
    s.gatewayHash = network.gatewayHash;
    s.watch = watch;
    for (const HttpObservation &h : evidence.http)
        s.worstStatus = std::max(s.worstStatus, h.status);
    s.asBrowserMs = latencyOf(pathResult(evidence, QStringLiteral("as-browser")));
    s.directMs = latencyOf(pathResult(evidence, QStringLiteral("direct")));
    return s;
}

qint64 HistoryStore::addRun(const Evidence &evidence, const Diagnosis &diagnosis, const NetworkIdentity &network,
    bool watch, const QJsonObject &userNote, QString *error)
{
    if (!isOpen()) {
        fail(Text::tr("the history is not open"), error);
        return 0;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const RunSummary s = summarize(evidence, diagnosis, network, watch);
    if (!db.transaction()) {
        fail(Text::tr("cannot write to the history: %1").arg(db.lastError().text()), error);
        return 0;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO runs (started_at, profile_id, target_url, verdict_code, who_fixes, headline, worst_status,"
        " as_browser_ms, direct_ms, watch, network_label, interface_kind, gateway_hash, ssid, public_ip_prefix,"
        " user_note, evidence_schema, evidence_json, diagnosis_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values {s.startedAt.toMSecsSinceEpoch(), text(s.profileId), text(s.targetUrl),
        text(s.verdictCode), text(s.whoFixes), text(s.headline), s.worstStatus, s.asBrowserMs, s.directMs,
        watch ? 1 : 0, text(network.label), text(network.interfaceKind), text(network.gatewayHash), text(network.ssid),
        text(network.publicIpPrefix), QString::fromUtf8(compact(userNote)), Evidence::SchemaVersion,
        QString::fromUtf8(compact(toJson(evidence))), QString::fromUtf8(compact(diagnosisToJson(diagnosis)))};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        q.finish();
        db.rollback();
        fail(Text::tr("cannot write to the history: %1").arg(why), error);
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        fail(Text::tr("cannot write to the history: %1").arg(why), error);
        return 0;
    }
    m_lastError.clear();
    return id;
}

QList<RunSummary> HistoryStore::querySummaries(
    const QString &where, const QVariantList &bindings, const QString &order, int limit) const
{
    QList<RunSummary> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM runs").arg(kSummaryColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY ") + order;
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    q.prepare(sql);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec()) {
        fail(Text::tr("cannot read the history: %1").arg(q.lastError().text()), nullptr);
        return out;
    }
    while (q.next())
        out << summaryFromQuery(q);
    if (q.lastError().isValid())
        fail(Text::tr("cannot read the history: %1").arg(q.lastError().text()), nullptr);
    return out;
}

QList<RunSummary> HistoryStore::runs(int limit, const QString &profileId) const
{
    if (profileId.isEmpty())
        return querySummaries({}, {}, QStringLiteral("started_at DESC, id DESC"), limit);
    return querySummaries(
        QStringLiteral("profile_id = ?"), {profileId}, QStringLiteral("started_at DESC, id DESC"), limit);
}

QList<RunSummary> HistoryStore::runsSince(const QDateTime &since, const QString &profileId) const
{
    QString where = QStringLiteral("started_at >= ?");
    QVariantList bindings {since.toMSecsSinceEpoch()};
    if (!profileId.isEmpty()) {
        where += QStringLiteral(" AND profile_id = ?");
        bindings << profileId;
    }
    return querySummaries(where, bindings, QStringLiteral("started_at ASC, id ASC"), 0);
}

std::optional<StoredRun> HistoryStore::run(qint64 id, QString *error) const
{
    if (!isOpen()) {
        fail(Text::tr("the history is not open"), error);
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1, ssid, public_ip_prefix, user_note, evidence_json, diagnosis_json"
                             " FROM runs WHERE id = ?")
                  .arg(kSummaryColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(Text::tr("cannot read the history: %1").arg(q.lastError().text()), error);
        return std::nullopt;
    }
    if (!q.next()) {
        fail(Text::tr("there is no run %1 in the history").arg(id), error);
        return std::nullopt;
    }
    StoredRun r;
    r.summary = summaryFromQuery(q);
    r.network = {r.summary.networkLabel, r.summary.interfaceKind, r.summary.gatewayHash, q.value(15).toString(),
        q.value(16).toString()};
    QJsonParseError parseError {};
    r.userNote = QJsonDocument::fromJson(q.value(17).toByteArray(), &parseError).object();
    const QJsonDocument evidence = QJsonDocument::fromJson(q.value(18).toByteArray(), &parseError);
    QString why;
    const auto parsed = evidence.isObject() ? evidenceFromJson(evidence.object(), &why) : std::nullopt;
    if (!parsed) {
        fail(Text::tr("run %1 in the history is damaged: %2")
                 .arg(id)
                 .arg(why.isEmpty() ? parseError.errorString() : why),
            error);
        return std::nullopt;
    }
    r.evidence = *parsed;
    r.diagnosis = diagnosisFromJson(QJsonDocument::fromJson(q.value(19).toByteArray()).object());
    m_lastError.clear();
    return r;
}

int HistoryStore::runCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM runs")) || !q.next()) {
        fail(Text::tr("cannot read the history: %1").arg(q.lastError().text()), nullptr);
        return 0;
    }
    return q.value(0).toInt();
}

bool HistoryStore::removeRun(qint64 id)
{
    if (!isOpen())
        return fail(Text::tr("the history is not open"), nullptr);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(Text::tr("cannot delete from the history: %1").arg(q.lastError().text()), nullptr);
    return q.numRowsAffected() > 0;
}

bool HistoryStore::setUserNote(qint64 id, const QJsonObject &userNote, QString *error)
{
    if (!isOpen())
        return fail(Text::tr("the history is not open"), error);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE runs SET user_note = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(compact(userNote)));
    q.addBindValue(id);
    if (!q.exec())
        return fail(Text::tr("cannot write to the history: %1").arg(q.lastError().text()), error);
    if (q.numRowsAffected() == 0)
        return fail(Text::tr("there is no run %1 in the history").arg(id), error);
    return true;
}

int HistoryStore::prune(int maxAgeDays, int maxRuns)
{
    return prune(QDateTime::currentDateTimeUtc(), maxAgeDays, maxRuns);
}

int HistoryStore::prune(const QDateTime &now, int maxAgeDays, int maxRuns)
{
    if (!isOpen())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        fail(Text::tr("cannot prune the history: %1").arg(db.lastError().text()), nullptr);
        return 0;
    }
    int removed = 0;
    QSqlQuery q(db);
    bool ok = true;
    if (maxAgeDays > 0) {
        q.prepare(QStringLiteral("DELETE FROM runs WHERE started_at < ?"));
        q.addBindValue(now.addDays(-maxAgeDays).toMSecsSinceEpoch());
        ok = q.exec();
        removed += ok ? q.numRowsAffected() : 0;
    }
    if (ok && maxRuns > 0) {
        q.prepare(QStringLiteral(
            "DELETE FROM runs WHERE id NOT IN (SELECT id FROM runs ORDER BY started_at DESC, id DESC LIMIT ?)"));
        q.addBindValue(maxRuns);
        ok = q.exec();
        removed += ok ? q.numRowsAffected() : 0;
    }
    if (!ok || !db.commit()) {
        const QString why = ok ? db.lastError().text() : q.lastError().text();
        q.finish();
        db.rollback();
        fail(Text::tr("cannot prune the history: %1").arg(why), nullptr);
        return 0;
    }
    return removed;
}

} // namespace gatecheck
