// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF: QTextDocument laid out at the writer's resolution, drawn page by page with
// drawContents(), and a footer (report line + "Page i of n") painted under each page.
#include "report/Report.h"
#include "report/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr int kDpi = 300;
constexpr qreal kFooterMm = 9.0;

qreal mmToDevice(qreal mm)
{
    return mm / 25.4 * kDpi;
}

QFont reportFont(qreal points)
{
    QFont font;
    // The first family the system has wins; all of these have the glyphs a report needs.
    font.setFamilies({QStringLiteral("Segoe UI"), QStringLiteral("Helvetica Neue"), QStringLiteral("DejaVu Sans"),
        QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
    font.setPointSizeF(points);
    // No ligatures: "office" must stay searchable and copyable as o-f-f-i-c-e, not "o\uFB03ce",
    // for the IT person pasting from the PDF into a ticket. Latin text needs no shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

bool renderPdf(const Report &report, QIODevice *device, QString *error)
{
    // Text layout needs the font database, which only exists with a QGuiApplication.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = Text::tr("PDF reports need the graphical part of Qt (a QGuiApplication)");
        return false;
    }
    const report::Outline outline = report::buildOutline(report);

    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(kDpi);
    writer.setPageMargins(QMarginsF(17, 15, 17, 12), QPageLayout::Millimeter);
    writer.setTitle(outline.documentTitle);
    writer.setCreator(QStringLiteral("Gatecheck %1").arg(report.appVersion));

    const QRect paintRect = writer.pageLayout().paintRectPixels(kDpi);
    const QSizeF pageSize(paintRect.width(), paintRect.height() - mmToDevice(kFooterMm));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer); // fonts and pixel sizes measured at 300 dpi
    doc.setDocumentMargin(0);
    doc.setDefaultFont(reportFont(9.5));
    doc.setDefaultStyleSheet(QStringLiteral("body { color: #1f2328; } li { margin-bottom: 2px; } "
                                            "p { margin-top: 3px; margin-bottom: 5px; }"));
    doc.setPageSize(pageSize);
    int imageWidth = 0;
    if (!report.options.timelineChart.isNull()) {
        doc.addResource(QTextDocument::ImageResource, QUrl(report::TimelineResourceUrl), report.options.timelineChart);
        // <img width> is in 96-dpi pixels; the layout scales it to the writer: full text width.
        imageWidth = static_cast<int>(pageSize.width() * 96.0 / kDpi);
    }
    doc.setHtml(report::outlineToHtml(outline, report::HtmlFlavour::RichText, imageWidth));

    const int pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = Text::tr("cannot start the PDF");
        return false;
    }
    const QFont footerFont = reportFont(7.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * pageSize.height());
        doc.drawContents(&painter, QRectF(QPointF(0, page * pageSize.height()), pageSize));
        painter.restore();

        const qreal top = pageSize.height() + mmToDevice(3);
        painter.setPen(QPen(QColor(0xc5, 0xcc, 0xd4), mmToDevice(0.2)));
        painter.drawLine(QPointF(0, top), QPointF(pageSize.width(), top));
        painter.setPen(QColor(0x57, 0x60, 0x6a));
        painter.setFont(footerFont);
        const QRectF line(0, top + mmToDevice(1), pageSize.width(), mmToDevice(5));
        const QString pageText = Text::tr("Page %1 of %2").arg(page + 1).arg(pages);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, pageText);
        const QRectF left(line.left(), line.top(), line.width() - mmToDevice(30), line.height());
        painter.drawText(left, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(outline.footer, Qt::ElideRight, static_cast<int>(left.width())));
    }
    if (!painter.end()) {
        if (error)
            *error = Text::tr("cannot finish the PDF");
        return false;
    }
    return true;
}

bool renderPdf(const Report &report, const QString &path, QString *error)
{
    return writeReport(report, ReportFormat::Pdf, path, error);
}

} // namespace gatecheck
