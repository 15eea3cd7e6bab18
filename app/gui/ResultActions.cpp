// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultActions.h"

#include "DialogHooks.h"
#include "DnsCacheFlusher.h"
#include "ExportDialog.h"
#include "MessageBar.h"
#include "ServiceCatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace gatecheck::gui {

ResultActions::ResultActions(QWidget *window, MessageBar *bar, DnsCacheFlusher *flusher, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_bar(bar)
    , m_flusher(flusher)
{
    connect(m_flusher, &DnsCacheFlusher::finished, this, &ResultActions::onFlushed);
}

void ResultActions::setResult(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile)
{
    m_evidence = evidence;
    m_diagnosis = diagnosis;
    m_profile = profile;
    m_timeline = {};
    m_hasResult = true;
}

QString ResultActions::summaryText() const
{
    // Always redacted: a summary goes into tickets and emails that many people read.
    ReportOptions options;
    options.audience = ReportAudience::ItTeam;
    options.redact = true;
    return renderText(buildReport(m_evidence, m_diagnosis, m_profile, {}, options));
}

void ResultActions::copySummary()
{
    if (!m_hasResult)
        return;
    QApplication::clipboard()->setText(summaryText());
    m_bar->showMessage(tr("A summary is on the clipboard. Paste it into your email or support ticket."), Tone::Info);
}

void ResultActions::exportReport()
{
    if (!m_hasResult)
        return;
    ExportDialog dialog(m_profile, m_evidence, m_redactByDefault, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportRequest request = dialog.request();
    request.options.timelineChart = m_timeline;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(documents).filePath(ReportExporter::defaultFileName(m_profile, m_evidence.startedAt, request.format));
    QString path =
        FileDialog::getSaveFileName(m_window, tr("Save report"), suggested, ReportExporter::filter(request.format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ReportExporter::suffix(request.format);
    const Report report = buildReport(m_evidence, m_diagnosis, m_profile, request.note, request.options);
    QString error;
    if (ReportExporter::write(report, request.format, path, &error))
        m_bar->showMessage(tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path)), Tone::Good);
    else
        m_bar->showMessage(error, Tone::Problem, tr("Try &again"), [this] { exportReport(); });
}

void ResultActions::openStatusPage()
{
    const QUrl page = ServiceCatalog::statusPageFor(m_profile);
    if (page.isEmpty())
        return;
    if (!UrlOpener::open(page))
        m_bar->showMessage(
            tr("No browser could be opened. The status page is at %1").arg(page.toString()), Tone::Warning);
}

void ResultActions::flushDns()
{
    QStringList hosts = m_profile.hosts.mid(0, 3);
    const QString target = QUrl(m_evidence.targetUrl).host();
    if (!target.isEmpty() && !hosts.contains(target))
        hosts.prepend(target);
    m_flusher->setHosts(hosts);
    if (!m_flusher->isAvailable()) {
        m_bar->showMessage(
            m_flusher->explanation() + QLatin1Char(' ') + tr("Restarting the computer clears the DNS cache too."),
            Tone::Info);
        return;
    }
    QString text = m_flusher->explanation();
    if (m_flusher->needsAdministrator())
        text += QStringLiteral("\n\n")
            + tr("Your computer will now ask for an administrator password. That request comes from the system, "
                 "not from a website; if you do not have the password, ask IT to do this step.");
    text += QStringLiteral("\n\n") + tr("Clear the DNS cache now?");
    if (MessageBox::question(
            m_window, tr("Flush DNS cache"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    m_bar->showMessage(tr("Clearing the DNS cache…"), Tone::Info);
    m_flusher->flush();
}

namespace {

QString addressesOf(const DnsObservation &o)
{
    if (o.error.isError() || o.addresses.isEmpty())
        return ResultActions::tr("no answer");
    QStringList list;
    for (const DnsAddress &a : o.addresses)
        list << a.address;
    return list.mid(0, 3).join(QLatin1String(", ")) + (list.size() > 3 ? QStringLiteral(", …") : QString());
}

} // namespace

QString ResultActions::flushStory(const DnsFlushResult &result)
{
    QStringList parts {result.summary};
    for (const DnsFlushComparison &c : result.comparisons.mid(0, 2))
        parts << tr("%1 — before: %2; after: %3.").arg(c.host, addressesOf(c.before), addressesOf(c.after));
    if (result.status == QLatin1String("flushed") || result.status == QLatin1String("nothing_to_flush"))
        parts << tr("Browsers keep their own cache: close the browser completely and open it again, then run the "
                    "check again.");
    return parts.join(QLatin1Char(' '));
}

void ResultActions::onFlushed(const DnsFlushResult &result)
{
    m_lastFlush = result;
    const QString text = flushStory(result);
    if (result.status == QLatin1String("failed")) {
        QStringList why;
        for (const DnsFlushStep &s : result.steps)
            if (!s.detail.isEmpty())
                why << QStringLiteral("%1: %2").arg(s.cache, s.detail);
        m_bar->showMessage(
            text + (why.isEmpty() ? QString() : QLatin1Char(' ') + why.join(QLatin1String("; "))), Tone::Problem);
        return;
    }
    const Tone tone = result.status == QLatin1String("flushed") ? Tone::Good : Tone::Info;
    m_bar->showMessage(text, tone, tr("Run the check &again"), [this] { emit runAgainRequested(); });
}

} // namespace gatecheck::gui
