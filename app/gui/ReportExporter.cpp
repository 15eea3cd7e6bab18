// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExporter.h"

#include <QSaveFile>

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
    if (format == ReportFormat::Pdf) {
        QString why;
        if (renderPdf(report, path, &why))
            return true;
        if (error)
            *error = tr("The PDF could not be written: %1").arg(why);
        return false;
    }
    QByteArray data;
    if (format == ReportFormat::Html)
        data = renderHtml(report).toUtf8();
    else if (format == ReportFormat::Text)
        data = renderText(report).toUtf8();
    else
        data = renderJson(report);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("The report could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace gatecheck::gui
