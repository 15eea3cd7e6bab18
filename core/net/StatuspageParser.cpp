// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/StatuspageParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatuspageParser)
};

using namespace StatuspageLimits;

// A field of the wrong type reads as empty: one odd value must not sink the whole page.
QString str(const QJsonObject &o, const char *key, int maxLength = maxNameLength)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return {};
    QString s = v.toString();
    if (s.size() > maxLength) {
        s.truncate(maxLength);
        s += QChar(0x2026); // …
    }
    return s;
}

QDateTime date(const QJsonObject &o, const char *key)
{
    const QString s = str(o, key, 64);
    if (s.isEmpty())
        return {};
    QDateTime d = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(s, Qt::ISODate);
    return d.isValid() ? d.toUTC() : QDateTime();
}

ProbeError malformed(const QString &why)
{
    return {ErrorCode::Malformed, why};
}

// Statuspage lists the newest update first, but say so explicitly by date where dates exist.
QString latestUpdateBody(const QJsonArray &updates)
{
    QString body;
    QDateTime newest;
    bool first = true;
    for (const QJsonValue &v : updates) {
        if (!v.isObject())
            continue;
        const QJsonObject u = v.toObject();
        QDateTime when = date(u, "display_at");
        if (!when.isValid())
            when = date(u, "created_at");
        if (first || (when.isValid() && (!newest.isValid() || when > newest))) {
            body = str(u, "body", maxUpdateLength);
            newest = when;
            first = false;
        }
    }
    return body;
}

QStringList componentIdsOf(const QJsonObject &incident)
{
    QStringList ids;
    const QJsonArray components = incident.value(QLatin1String("components")).toArray();
    for (const QJsonValue &c : components) {
        const QString id = c.isObject() ? str(c.toObject(), "id", 64) : QString();
        if (!id.isEmpty() && !ids.contains(id) && ids.size() < maxComponents)
            ids << id;
    }
    const QJsonArray updates = incident.value(QLatin1String("incident_updates")).toArray();
    for (const QJsonValue &u : updates) {
        const QJsonArray affected = u.toObject().value(QLatin1String("affected_components")).toArray();
        for (const QJsonValue &a : affected) {
            const QString id = a.isObject() ? str(a.toObject(), "code", 64) : QString();
            if (!id.isEmpty() && !ids.contains(id) && ids.size() < maxComponents)
                ids << id;
        }
    }
    return ids;
}

StatusIncident incidentFrom(const QJsonObject &o, bool maintenance)
{
    StatusIncident i;
    i.id = str(o, "id", 64);
    i.name = str(o, "name");
    i.status = str(o, "status", 32);
    i.impact = str(o, "impact", 32);
    i.shortlink = str(o, "shortlink");
    i.latestUpdate = latestUpdateBody(o.value(QLatin1String("incident_updates")).toArray());
    i.updatedAt = date(o, "updated_at");
    i.startedAt = date(o, "started_at");
    if (!i.startedAt.isValid())
        i.startedAt = maintenance ? date(o, "scheduled_for") : date(o, "created_at");
    if (!i.startedAt.isValid())
        i.startedAt = date(o, "created_at");
    i.componentIds = componentIdsOf(o);
    i.isMaintenance = maintenance;
    if (maintenance && i.impact.isEmpty())
        i.impact = QStringLiteral("maintenance");
    return i;
}

bool isUnresolved(const QString &status)
{
    static const QSet<QString> done {
        QStringLiteral("resolved"), QStringLiteral("postmortem"), QStringLiteral("completed")};
    return !done.contains(status);
}

bool isMaintenanceActive(const QString &status)
{
    return status == QLatin1String("in_progress") || status == QLatin1String("verifying");
}

} // namespace

StatusObservation parseStatuspageSummary(const QByteArray &json, qint64 maxBytes)
{
    StatusObservation s;
    if (json.size() > maxBytes) {
        s.error = {ErrorCode::TooLarge,
            Text::tr("The status page answer is %1 bytes, more than the %2 allowed.").arg(json.size()).arg(maxBytes)};
        return s;
    }
    if (json.trimmed().isEmpty()) {
        s.error = malformed(Text::tr("The status page answer is empty."));
        return s;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        s.error = malformed(Text::tr("The status page answer is not valid JSON (%1 at byte %2) - "
                                     "it may be cut short or not a Statuspage summary.")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
        return s;
    }
    if (!doc.isObject()) {
        s.error = malformed(Text::tr("The status page answer is not a Statuspage summary (not a JSON object)."));
        return s;
    }
    const QJsonObject root = doc.object();

    // A present field of the wrong kind means this is not the document we think it is.
    const struct
    {
        const char *key;
        bool wantArray;
    } shape[] = {{"page", false}, {"status", false}, {"components", true}, {"incidents", true},
        {"scheduled_maintenances", true}};
    for (const auto &field : shape) {
        const QJsonValue v = root.value(QLatin1String(field.key));
        if (v.isUndefined() || v.isNull())
            continue;
        if (field.wantArray ? !v.isArray() : !v.isObject()) {
            s.error = malformed(
                Text::tr("The status page answer has \"%1\" of the wrong type (expected %2).")
                    .arg(QLatin1String(field.key), field.wantArray ? Text::tr("a list") : Text::tr("an object")));
            return s;
        }
    }
    if (!root.value(QLatin1String("status")).isObject() && !root.value(QLatin1String("components")).isArray()) {
        s.error =
            malformed(Text::tr("The answer is JSON but not a Statuspage summary (no \"status\" or \"components\")."));
        return s;
    }

    const QJsonObject page = root.value(QLatin1String("page")).toObject();
    s.pageName = str(page, "name");
    s.pageUrl = str(page, "url");
    const QJsonObject status = root.value(QLatin1String("status")).toObject();
    s.indicator = str(status, "indicator", 32);
    s.description = str(status, "description");

    QStringList dropped;
    const QJsonArray components = root.value(QLatin1String("components")).toArray();
    QHash<QString, QString> groupNames; // group id -> name
    QSet<QString> referencedGroups;
    for (const QJsonValue &v : components) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("group")).toBool())
            groupNames.insert(str(c, "id", 64), str(c, "name"));
        const QString groupId = str(c, "group_id", 64);
        if (!groupId.isEmpty())
            referencedGroups.insert(groupId);
    }
    int skipped = 0;
    for (const QJsonValue &v : components) {
        if (!v.isObject())
            continue;
        const QJsonObject c = v.toObject();
        const QString id = str(c, "id", 64);
        // A group's status only repeats its members'; keep it only when no member is listed.
        if (c.value(QLatin1String("group")).toBool() && referencedGroups.contains(id))
            continue;
        if (s.components.size() >= maxComponents) {
            ++skipped;
            continue;
        }
        s.components.append({id, str(c, "name"), str(c, "status", 32), groupNames.value(str(c, "group_id", 64))});
    }
    if (skipped > 0)
        dropped << Text::tr("components: %1").arg(skipped);

    skipped = 0;
    const QJsonArray incidents = root.value(QLatin1String("incidents")).toArray();
    for (const QJsonValue &v : incidents) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        if (!isUnresolved(str(o, "status", 32)))
            continue;
        if (s.incidents.size() >= maxIncidents) {
            ++skipped;
            continue;
        }
        s.incidents.append(incidentFrom(o, false));
    }
    const QJsonArray maintenances = root.value(QLatin1String("scheduled_maintenances")).toArray();
    for (const QJsonValue &v : maintenances) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        if (!isMaintenanceActive(str(o, "status", 32)))
            continue;
        if (s.incidents.size() >= maxIncidents) {
            ++skipped;
            continue;
        }
        s.incidents.append(incidentFrom(o, true));
    }
    if (skipped > 0)
        dropped << Text::tr("incidents: %1").arg(skipped);

    s.ok = true;
    if (!dropped.isEmpty())
        s.error = {ErrorCode::TooLarge,
            Text::tr("The status page lists more than Gatecheck keeps; left out: %1.")
                .arg(dropped.join(QStringLiteral(", ")))};
    return s;
}

} // namespace gatecheck
