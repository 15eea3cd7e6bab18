// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "evidence/Observations.h"
#include "profiles/VendorProfile.h"

#include <QByteArray>
#include <QImage>
#include <QMap>
#include <QString>

namespace gatecheck {

// Who the report is for: changes the order and wording of the first page, not the facts.
enum class ReportAudience { ItTeam, VendorSupport };

// What the user tells us in their own words; the vendor's support facts go first.
struct UserNote
{
    QString whatHappened;
    QString startedAt;     // free text or ISO date-time
    QString organisation;
    QString othersAffected; // "yes" | "no" | "unknown" or free text
    QString feature;        // payroll, bank feeds, ...
    QMap<QString, QString> vendorFacts; // SupportFact::key -> answer
};

struct ReportOptions
{
    ReportAudience audience = ReportAudience::ItTeam;
    bool redact = true;            // on by default
    bool includePublicIp = false;
    QImage timelineChart;          // optional watch-mode chart for the PDF/HTML
};

// One report model built from a run; redaction happens here, once, before any renderer.
struct Report
{
    Evidence evidence;
    Diagnosis diagnosis;
    VendorProfile profile;
    UserNote note;
    ReportOptions options;
    bool redacted = false;
    QStringList redactedKinds; // "cookies", "authorization headers", "URL tokens", "user names", ...
    QDateTime generatedAt;
};

Report buildReport(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile,
                   const UserNote &note, const ReportOptions &options);

QString renderText(const Report &report);     // plain text / Markdown for a ticket or email
QString renderHtml(const Report &report);
QByteArray renderJson(const Report &report);  // complete, versioned, re-loadable
bool renderPdf(const Report &report, const QString &path, QString *error = nullptr);

} // namespace gatecheck
