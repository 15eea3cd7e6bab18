// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "evidence/Observations.h"
#include "history/NetworkIdentity.h"
#include "profiles/VendorProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <optional>

class QIODevice;

namespace gatecheck {

// Who the report is for: changes the order and wording of the first page, not the facts.
enum class ReportAudience { ItTeam, VendorSupport };
QString toString(ReportAudience audience); // "it" | "vendor"
std::optional<ReportAudience> audienceFromString(const QString &text); // also "vendor-support"

// What the user tells us in their own words; the vendor's support facts go first.
struct UserNote
{
    QString whatHappened;
    QString startedAt; // free text or ISO date-time
    QString organisation;
    QString othersAffected; // "yes" | "no" | "unknown" or free text
    QString feature; // payroll, bank feeds, ...
    QMap<QString, QString> vendorFacts; // SupportFact::key -> answer

    bool isEmpty() const;
    QJsonObject toJson() const;
    static UserNote fromJson(const QJsonObject &o);
};

struct ReportOptions
{
    ReportAudience audience = ReportAudience::ItTeam;
    bool redact = true; // on by default
    bool includePublicIp = false;
    QImage timelineChart; // optional watch-mode chart for the PDF/HTML
};

// What identifies the machine a report was made on; redaction removes exactly these.
// Kept in an unredacted report so that redacting it later (on another machine) still knows them.
struct LocalIdentity
{
    QString hostName; // QSysInfo::machineHostName()
    QStringList userNames; // the account name(s), e.g. "alice"
    QStringList publicAddresses; // this machine's own public addresses, when known

    static LocalIdentity current(); // this machine, this user
    bool isEmpty() const { return hostName.isEmpty() && userNames.isEmpty() && publicAddresses.isEmpty(); }
};

// Stable codes of the kinds of data redaction removes (JSON "redaction.removed").
namespace RedactionKind {
inline const QString Cookies = QStringLiteral("cookies");
inline const QString AuthHeaders = QStringLiteral("auth_headers");
inline const QString UrlSecrets = QStringLiteral("url_secrets");
inline const QString UserNames = QStringLiteral("user_names");
inline const QString HostName = QStringLiteral("host_name");
inline const QString LocalAddresses = QStringLiteral("local_addresses");
inline const QString PublicAddresses = QStringLiteral("public_addresses");
inline const QString NetworkNames = QStringLiteral("network_names");
} // namespace RedactionKind
QString redactionKindLabel(const QString &kind); // translated, for the "what was removed" line

// One report model built from a run; redaction happens here, once, before any renderer.
struct Report
{
    Evidence evidence;
    Diagnosis diagnosis;
    VendorProfile profile;
    UserNote note;
    ReportOptions options;
    bool redacted = false;
    QStringList redactedKinds; // RedactionKind codes of what was actually removed
    QDateTime generatedAt;

    // Added with the report renderers:
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // every time in the report is shown in this zone
    QString appVersion; // the Gatecheck that wrote the report
    NetworkIdentity network; // the network the run was made on, when known
    LocalIdentity local; // empty once redacted
    QDateTime rediagnosedAt; // set when the diagnosis was redone by newer rules
    Verdict originalVerdict; // the verdict the file had before re-diagnosis

    bool hasDiagnosis() const { return !diagnosis.verdict.code.isEmpty(); }
};

// Builds the model and, when options.redact (the default), redacts it. To add more to the model
// before redaction: build with redact = false, fill in, then call redactReport() (Redaction.h).
Report buildReport(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile,
    const UserNote &note, const ReportOptions &options);
// The same, with the network the run was made on (redacted with the rest: its label may name a Wi-Fi).
Report buildReport(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile,
    const UserNote &note, const ReportOptions &options, const NetworkIdentity &network);
// The same, naming the machine's identity explicitly (tests, or a report for another machine's run).
Report buildReport(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile,
    const UserNote &note, const ReportOptions &options, const LocalIdentity &local,
    const NetworkIdentity &network = {});

// Replaces the diagnosis with today's rules (diagnose()), keeping the old verdict for the record.
Report rediagnose(const Report &report, const VendorProfile &profile);

QString renderText(const Report &report); // plain text for a ticket or email
QString renderMarkdown(const Report &report); // Markdown for a ticket system
QString renderHtml(const Report &report); // one self-contained, escaped page
QByteArray renderJson(const Report &report); // complete, versioned, re-loadable
// The PDF needs a QGuiApplication (fonts); without one it fails with an error, never crashes.
bool renderPdf(const Report &report, const QString &path, QString *error = nullptr);
bool renderPdf(const Report &report, QIODevice *device, QString *error = nullptr);

enum class ReportFormat { Pdf, Html, Json, Text, Markdown };
std::optional<ReportFormat> reportFormatFromName(const QString &name); // "pdf", "html", "json", "txt", "md"
std::optional<ReportFormat> reportFormatForPath(const QString &path); // by the file's extension
// Renders and writes atomically (QSaveFile): a failed write leaves no half file behind.
bool writeReport(const Report &report, ReportFormat format, const QString &path, QString *error = nullptr);

// ---- Loading a saved report (ReportJson.cpp) ----------------------------------------------
inline constexpr int ReportSchemaVersion = 1;
inline constexpr qint64 MaxReportFileBytes = 32 * 1024 * 1024;
// Reads a report written by renderJson(), the output of `gatecheck-cli diagnose --json`, or bare
// evidence. Malformed, truncated, oversized, wrong-typed or future-schema input gives nullopt
// and a one-line reason in `error`.
std::optional<Report> reportFromJson(const QByteArray &json, QString *error = nullptr);
std::optional<Report> loadReport(const QString &path, QString *error = nullptr);

} // namespace gatecheck
