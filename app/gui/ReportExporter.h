// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QString>

namespace gatecheck::gui {

// What the export dialog asks for.
struct ExportRequest
{
    ReportFormat format = ReportFormat::Pdf;
    ReportOptions options;
    UserNote note;
};

// Writes a report with core/report's renderers (gatecheck::ReportFormat), atomically
// (QSaveFile), so a failed export never leaves half a file over an older one.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
public:
    static bool write(const Report &report, ReportFormat format, const QString &path, QString *error);
    static QString suffix(ReportFormat format);
    static QString filter(ReportFormat format);
    static QString defaultFileName(const VendorProfile &profile, const QDateTime &when, ReportFormat format);
};

} // namespace gatecheck::gui
