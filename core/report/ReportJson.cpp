// SPDX-License-Identifier: GPL-3.0-or-later
// The report's JSON form (docs/report-schema.md): complete, versioned, and read back with
// every input treated as hostile — size-capped, type-checked, never trusted to be ours.
#include "evidence/EvidenceJson.h"
#include "history/DiagnosisJson.h"
#include "report/Report.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// A real run has a few hundred observations; far more means a file that is not one of ours.
constexpr qsizetype kMaxListEntries = 5000;

QString dateToJson(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFromJson(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QJsonObject profileToJson(const VendorProfile &p)
{
    QJsonArray facts;
    for (const SupportFact &f : p.supportFacts)
        facts.append(QJsonObject {
            {QStringLiteral("key"), f.key}, {QStringLiteral("label"), f.label}, {QStringLiteral("hint"), f.hint}});
    return {{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.displayName},
        {QStringLiteral("url"), p.primaryUrl.toString()},
        {QStringLiteral("hosts"), QJsonArray::fromStringList(p.hosts)},
        {QStringLiteral("status_url"), p.statusUrl.toString()},
        {QStringLiteral("status_page_url"), p.statusPageUrl.toString()},
        {QStringLiteral("support_url"), p.supportUrl.toString()}, {QStringLiteral("support_facts"), facts}};
}

VendorProfile profileFromReportJson(const QJsonObject &o)
{
    VendorProfile p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.displayName = o.value(QStringLiteral("name")).toString();
    p.primaryUrl = QUrl(o.value(QStringLiteral("url")).toString());
    const QJsonArray hosts = o.value(QStringLiteral("hosts")).toArray();
    for (const QJsonValue &h : hosts)
        p.hosts << h.toString();
    p.statusUrl = QUrl(o.value(QStringLiteral("status_url")).toString());
    p.statusPageUrl = QUrl(o.value(QStringLiteral("status_page_url")).toString());
    p.supportUrl = QUrl(o.value(QStringLiteral("support_url")).toString());
    const QJsonArray facts = o.value(QStringLiteral("support_facts")).toArray();
    for (const QJsonValue &v : facts) {
        const QJsonObject f = v.toObject();
        if (!f.value(QStringLiteral("key")).toString().isEmpty())
            p.supportFacts.append({f.value(QStringLiteral("key")).toString(),
                f.value(QStringLiteral("label")).toString(), f.value(QStringLiteral("hint")).toString()});
    }
    return p;
}

QByteArray pngOf(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    // One fixed pixel format, so the image survives save -> load -> save byte for byte.
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return png;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Checks the shape the readers rely on; the readers themselves are lenient inside objects.
bool checkType(const QJsonObject &o, const QString &key, QJsonValue::Type type, QString *error)
{
    if (!o.contains(key) || o.value(key).type() == type)
        return true;
    const char *const names[] = {"null", "true/false", "a number", "a string", "a list", "an object"};
    const int index = std::clamp(static_cast<int>(type) == 0x80 ? 0 : static_cast<int>(type), 0, 5);
    return fail(error, Text::tr("\u201c%1\u201d must be %2").arg(key, QString::fromLatin1(names[index])));
}

bool checkEvidenceShape(const QJsonObject &e, QString *error)
{
    for (const char *list : {"dns", "tcp", "tls", "http", "status", "hosts"}) {
        const QString key = QString::fromLatin1(list);
        if (!checkType(e, key, QJsonValue::Array, error))
            return false;
        if (e.value(key).toArray().size() > kMaxListEntries)
            return fail(error,
                Text::tr("\u201c%1\u201d has more than %2 entries; this is not a Gatecheck run")
                    .arg(key)
                    .arg(kMaxListEntries));
    }
    return checkType(e, QStringLiteral("environment"), QJsonValue::Object, error)
        && checkType(e, QStringLiteral("target_url"), QJsonValue::String, error)
        && checkType(e, QStringLiteral("profile"), QJsonValue::String, error);
}

} // namespace

QByteArray renderJson(const Report &r)
{
    QJsonObject o = diagnosisToJson(r.diagnosis); // "verdict", "findings" at the top, as `diagnose --json`
    o.insert(QStringLiteral("report_schema_version"), ReportSchemaVersion);
    o.insert(QStringLiteral("schema_version"), Evidence::SchemaVersion);
    o.insert(QStringLiteral("generator"), QStringLiteral("Gatecheck %1").arg(r.appVersion));
    o.insert(QStringLiteral("app_version"), r.appVersion);
    o.insert(QStringLiteral("generated_at"), dateToJson(r.generatedAt));
    o.insert(QStringLiteral("time_zone"), QString::fromUtf8(r.timeZone.id()));
    o.insert(QStringLiteral("audience"), toString(r.options.audience));
    o.insert(QStringLiteral("profile_id"), r.profile.id);
    o.insert(QStringLiteral("profile"), profileToJson(r.profile));
    o.insert(QStringLiteral("note"), r.note.toJson());
    o.insert(QStringLiteral("network"), r.network.toJson());
    QJsonObject redaction {{QStringLiteral("redacted"), r.redacted},
        {QStringLiteral("removed"), QJsonArray::fromStringList(r.redactedKinds)},
        {QStringLiteral("public_ip_included"), r.options.includePublicIp}};
    o.insert(QStringLiteral("redaction"), redaction);
    if (!r.redacted && !r.local.isEmpty())
        o.insert(QStringLiteral("local_identity"),
            QJsonObject {{QStringLiteral("host_name"), r.local.hostName},
                {QStringLiteral("user_names"), QJsonArray::fromStringList(r.local.userNames)},
                {QStringLiteral("public_addresses"), QJsonArray::fromStringList(r.local.publicAddresses)}});
    if (r.rediagnosedAt.isValid()) {
        o.insert(QStringLiteral("rediagnosed_at"), dateToJson(r.rediagnosedAt));
        o.insert(QStringLiteral("original_verdict"), toJson(r.originalVerdict));
    }
    if (!r.options.timelineChart.isNull())
        o.insert(QStringLiteral("timeline_chart_png"), QString::fromLatin1(pngOf(r.options.timelineChart).toBase64()));
    o.insert(QStringLiteral("evidence"), toJson(r.evidence));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<Report> reportFromJson(const QByteArray &json, QString *error)
{
    if (json.size() > MaxReportFileBytes) {
        fail(error,
            Text::tr("the file is too large (%1 MiB; the limit is %2 MiB)")
                .arg(json.size() / (1024 * 1024))
                .arg(MaxReportFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    if (json.trimmed().isEmpty()) {
        fail(error, Text::tr("the file is empty"));
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error,
            Text::tr("not valid JSON (%1 at byte %2); the file may be cut short or damaged")
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, Text::tr("not a Gatecheck report: the file holds a JSON list or value, not an object"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    QString why;

    Report r;
    QJsonObject evidence;
    if (o.contains(QStringLiteral("report_schema_version")) || o.contains(QStringLiteral("evidence"))) {
        const QJsonValue version = o.value(QStringLiteral("report_schema_version"));
        if (!version.isUndefined() && !version.isDouble()) {
            fail(error, Text::tr("\u201creport_schema_version\u201d must be a number"));
            return std::nullopt;
        }
        if (version.toInt() > ReportSchemaVersion) {
            fail(error,
                Text::tr("the report was written by a newer Gatecheck (report schema %1; this version reads up to %2)")
                    .arg(version.toInt())
                    .arg(ReportSchemaVersion));
            return std::nullopt;
        }
        for (const auto &[key, type] : {std::pair {QStringLiteral("evidence"), QJsonValue::Object},
                 std::pair {QStringLiteral("verdict"), QJsonValue::Object},
                 std::pair {QStringLiteral("findings"), QJsonValue::Array},
                 std::pair {QStringLiteral("note"), QJsonValue::Object},
                 std::pair {QStringLiteral("profile"), QJsonValue::Object},
                 std::pair {QStringLiteral("network"), QJsonValue::Object},
                 std::pair {QStringLiteral("redaction"), QJsonValue::Object},
                 std::pair {QStringLiteral("timeline_chart_png"), QJsonValue::String}})
            if (!checkType(o, key, type, error))
                return std::nullopt;
        if (!o.value(QStringLiteral("evidence")).isObject()) {
            fail(error, Text::tr("not a Gatecheck report: it has no \u201cevidence\u201d"));
            return std::nullopt;
        }
        if (o.value(QStringLiteral("findings")).toArray().size() > kMaxListEntries) {
            fail(error,
                Text::tr("\u201cfindings\u201d has more than %1 entries; this is not a Gatecheck run")
                    .arg(kMaxListEntries));
            return std::nullopt;
        }
        evidence = o.value(QStringLiteral("evidence")).toObject();
        r.diagnosis = diagnosisFromJson(o);
    } else if (o.contains(QStringLiteral("schema_version"))) {
        evidence = o; // bare evidence: re-diagnose it to get a verdict
    } else {
        fail(error, Text::tr("not a Gatecheck report or evidence file (no schema version)"));
        return std::nullopt;
    }
    if (!checkEvidenceShape(evidence, error))
        return std::nullopt;
    const auto parsed = evidenceFromJson(evidence, &why);
    if (!parsed) {
        fail(error, why);
        return std::nullopt;
    }
    r.evidence = *parsed;

    r.appVersion = o.value(QStringLiteral("app_version")).toString(r.evidence.appVersion);
    r.generatedAt = dateFromJson(o.value(QStringLiteral("generated_at")));
    if (!r.generatedAt.isValid())
        r.generatedAt = r.evidence.finishedAt.isValid() ? r.evidence.finishedAt : r.evidence.startedAt;
    const QTimeZone zone(o.value(QStringLiteral("time_zone")).toString().toUtf8());
    r.timeZone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    r.options.audience =
        audienceFromString(o.value(QStringLiteral("audience")).toString()).value_or(ReportAudience::ItTeam);
    if (o.value(QStringLiteral("profile")).isObject())
        r.profile = profileFromReportJson(o.value(QStringLiteral("profile")).toObject());
    if (r.profile.id.isEmpty())
        r.profile.id = o.value(QStringLiteral("profile_id")).toString(r.evidence.profileId);
    r.note = UserNote::fromJson(o.value(QStringLiteral("note")).toObject());
    r.network = NetworkIdentity::fromJson(o.value(QStringLiteral("network")).toObject());
    const QJsonObject redaction = o.value(QStringLiteral("redaction")).toObject();
    r.redacted = redaction.value(QStringLiteral("redacted")).toBool();
    r.options.redact = r.redacted;
    r.options.includePublicIp = redaction.value(QStringLiteral("public_ip_included")).toBool();
    for (const QJsonValue &k : redaction.value(QStringLiteral("removed")).toArray())
        r.redactedKinds << k.toString();
    if (!r.redacted) {
        const QJsonObject local = o.value(QStringLiteral("local_identity")).toObject();
        r.local.hostName = local.value(QStringLiteral("host_name")).toString();
        for (const QJsonValue &v : local.value(QStringLiteral("user_names")).toArray())
            r.local.userNames << v.toString();
        for (const QJsonValue &v : local.value(QStringLiteral("public_addresses")).toArray())
            r.local.publicAddresses << v.toString();
    }
    r.rediagnosedAt = dateFromJson(o.value(QStringLiteral("rediagnosed_at")));
    r.originalVerdict = verdictFromJson(o.value(QStringLiteral("original_verdict")).toObject());
    const QString png = o.value(QStringLiteral("timeline_chart_png")).toString();
    if (!png.isEmpty() && !r.options.timelineChart.loadFromData(QByteArray::fromBase64(png.toLatin1()), "PNG")) {
        fail(error, Text::tr("the timeline chart in the report is not a valid PNG image"));
        return std::nullopt;
    }
    if (!r.options.timelineChart.isNull())
        r.options.timelineChart = r.options.timelineChart.convertToFormat(QImage::Format_ARGB32);
    return r;
}

std::optional<Report> loadReport(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, Text::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    // Read one byte past the cap, so an oversized file (or a pipe) is refused without reading it all.
    const QByteArray data = file.read(MaxReportFileBytes + 1);
    if (file.error() != QFile::NoError) {
        fail(error, Text::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    if (data.size() > MaxReportFileBytes) {
        fail(error,
            Text::tr("%1 is too large (over %2 MiB); a Gatecheck report is far smaller")
                .arg(QDir::toNativeSeparators(path))
                .arg(MaxReportFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    QString why;
    auto report = reportFromJson(data, &why);
    if (!report)
        fail(error, Text::tr("%1: %2").arg(QDir::toNativeSeparators(path), why));
    return report;
}

} // namespace gatecheck
