// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Report.h"

#include "diagnosis/Diagnose.h"
#include "report/Redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

} // namespace

QString toString(ReportAudience audience)
{
    return audience == ReportAudience::VendorSupport ? QStringLiteral("vendor") : QStringLiteral("it");
}

std::optional<ReportAudience> audienceFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("it") || t == QLatin1String("it-team"))
        return ReportAudience::ItTeam;
    if (t == QLatin1String("vendor") || t == QLatin1String("vendor-support") || t == QLatin1String("support"))
        return ReportAudience::VendorSupport;
    return std::nullopt;
}

bool UserNote::isEmpty() const
{
    return whatHappened.isEmpty() && startedAt.isEmpty() && organisation.isEmpty() && othersAffected.isEmpty()
        && feature.isEmpty() && vendorFacts.isEmpty();
}

QJsonObject UserNote::toJson() const
{
    QJsonObject facts;
    for (auto it = vendorFacts.cbegin(); it != vendorFacts.cend(); ++it)
        facts.insert(it.key(), it.value());
    return {{QStringLiteral("what_happened"), whatHappened}, {QStringLiteral("started_at"), startedAt},
        {QStringLiteral("organisation"), organisation}, {QStringLiteral("others_affected"), othersAffected},
        {QStringLiteral("feature"), feature}, {QStringLiteral("vendor_facts"), facts}};
}

UserNote UserNote::fromJson(const QJsonObject &o)
{
    UserNote n;
    n.whatHappened = o.value(QStringLiteral("what_happened")).toString();
    n.startedAt = o.value(QStringLiteral("started_at")).toString();
    n.organisation = o.value(QStringLiteral("organisation")).toString();
    n.othersAffected = o.value(QStringLiteral("others_affected")).toString();
    n.feature = o.value(QStringLiteral("feature")).toString();
    const QJsonObject facts = o.value(QStringLiteral("vendor_facts")).toObject();
    for (auto it = facts.constBegin(); it != facts.constEnd(); ++it)
        if (it.value().isString())
            n.vendorFacts.insert(it.key(), it.value().toString());
    return n;
}

LocalIdentity LocalIdentity::current()
{
    LocalIdentity id;
    id.hostName = QSysInfo::machineHostName();
    const QStringList candidates {qEnvironmentVariable("USER"), qEnvironmentVariable("USERNAME"),
        qEnvironmentVariable("LOGNAME"), QFileInfo(QDir::homePath()).fileName()};
    for (const QString &name : candidates)
        if (!name.isEmpty() && !id.userNames.contains(name))
            id.userNames << name;
    return id;
}

QString redactionKindLabel(const QString &kind)
{
    if (kind == RedactionKind::Cookies)
        return Text::tr("cookies");
    if (kind == RedactionKind::AuthHeaders)
        return Text::tr("sign-in headers and API keys");
    if (kind == RedactionKind::UrlSecrets)
        return Text::tr("tokens and passwords in web addresses");
    if (kind == RedactionKind::UserNames)
        return Text::tr("user names and home folders");
    if (kind == RedactionKind::HostName)
        return Text::tr("this computer's name");
    if (kind == RedactionKind::NetworkNames)
        return Text::tr("Wi-Fi network names");
    if (kind == RedactionKind::LocalAddresses)
        return Text::tr("local network addresses");
    if (kind == RedactionKind::PublicAddresses)
        return Text::tr("this computer's public IP address");
    return kind;
}

Report buildReport(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile,
    const UserNote &note, const ReportOptions &options)
{
    return buildReport(evidence, diagnosis, profile, note, options, LocalIdentity::current());
}

Report buildReport(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile,
    const UserNote &note, const ReportOptions &options, const NetworkIdentity &network)
{
    return buildReport(evidence, diagnosis, profile, note, options, LocalIdentity::current(), network);
}

Report buildReport(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile,
    const UserNote &note, const ReportOptions &options, const LocalIdentity &local, const NetworkIdentity &network)
{
    Report r;
    r.network = network;
    r.evidence = evidence;
    r.diagnosis = diagnosis;
    r.profile = profile;
    r.note = note;
    r.options = options;
    r.local = local;
    r.appVersion = QStringLiteral(GATECHECK_VERSION);
    // Whole milliseconds in UTC: what the JSON keeps, so a reloaded report renders identically.
    r.generatedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    r.timeZone = QTimeZone::systemTimeZone();
    if (options.redact)
        redactReport(r);
    return r;
}

Report rediagnose(const Report &report, const VendorProfile &profile)
{
    Report r = report;
    if (r.originalVerdict.code.isEmpty())
        r.originalVerdict = report.diagnosis.verdict;
    r.diagnosis = diagnose(r.evidence, profile);
    r.rediagnosedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    if (profile.isValid())
        r.profile = profile;
    if (r.redacted) // new findings may quote evidence in new ways: sweep them too
        redactReport(r);
    return r;
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ReportFormat::Html;
    if (n == QLatin1String("json"))
        return ReportFormat::Json;
    if (n == QLatin1String("txt") || n == QLatin1String("text"))
        return ReportFormat::Text;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatForPath(const QString &path)
{
    return reportFormatFromName(QFileInfo(path).suffix());
}

bool writeReport(const Report &report, ReportFormat format, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    bool ok = true;
    switch (format) {
    case ReportFormat::Pdf:
        ok = renderPdf(report, &file, error);
        break;
    case ReportFormat::Html:
        ok = file.write(renderHtml(report).toUtf8()) >= 0;
        break;
    case ReportFormat::Json:
        ok = file.write(renderJson(report)) >= 0;
        break;
    case ReportFormat::Text:
        ok = file.write(renderText(report).toUtf8()) >= 0;
        break;
    case ReportFormat::Markdown:
        ok = file.write(renderMarkdown(report).toUtf8()) >= 0;
        break;
    }
    if (!ok) {
        if (error && error->isEmpty())
            *error = Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace gatecheck
