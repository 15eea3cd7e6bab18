// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExporter.h"

namespace gatecheck::gui {

QString ReportExporter::suffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Text:
        return QStringLiteral("txt");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

QString ReportExporter::filter(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return tr("PDF document (*.pdf)");
    case ReportFormat::Html:
        return tr("Web page (*.html)");
    case ReportFormat::Text:
        return tr("Text (*.txt)");
    case ReportFormat::Json:
        return tr("JSON (*.json)");
    case ReportFormat::Markdown:
        return tr("Markdown (*.md)");
    }
    return {};
}

QString ReportExporter::defaultFileName(const VendorProfile &profile, const QDateTime &when, ReportFormat format)
{
    QString name = profile.id.isEmpty() ? QStringLiteral("service") : profile.id;
    return QStringLiteral("gatecheck-%1-%2.%3")
        .arg(name,
            (when.isValid() ? when : QDateTime::currentDateTime())
                .toLocalTime()
                .toString(QStringLiteral("yyyyMMdd-HHmm")),
            suffix(format));
}

bool ReportExporter::write(const Report &report, ReportFormat format, const QString &path, QString *error)
{
    QString why;
    if (writeReport(report, format, path, &why))
        return true;
    if (error)
        *error = format == ReportFormat::Pdf ? tr("The PDF could not be written: %1").arg(why)
                                             : tr("The report could not be saved to %1: %2").arg(path, why);
    return false;
}

} // namespace gatecheck::gui
