// SPDX-License-Identifier: GPL-3.0-or-later
// STUB: redaction and the renderers arrive with the reports-and-history work.
#include "report/Report.h"

#include "evidence/EvidenceJson.h"

#include <QJsonDocument>

namespace gatecheck {

Report buildReport(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile,
                   const UserNote &note, const ReportOptions &options)
{
    Report r;
    r.evidence = evidence;
    r.diagnosis = diagnosis;
    r.profile = profile;
    r.note = note;
    r.options = options;
    r.generatedAt = QDateTime::currentDateTimeUtc();
    return r;
}

QString renderText(const Report &report)
{
    return report.diagnosis.verdict.headline + QLatin1Char('\n');
}

QString renderHtml(const Report &report)
{
    return QStringLiteral("<h1>%1</h1>").arg(report.diagnosis.verdict.headline.toHtmlEscaped());
}

QByteArray renderJson(const Report &report)
{
    return QJsonDocument(toJson(report.evidence)).toJson();
}

bool renderPdf(const Report &, const QString &, QString *error)
{
    if (error)
        *error = QStringLiteral("PDF reports are not implemented yet");
    return false;
}

} // namespace gatecheck
