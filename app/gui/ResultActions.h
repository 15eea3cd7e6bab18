// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "env/DnsFlush.h"
#include "evidence/Observations.h"
#include "profiles/VendorProfile.h"

#include <QImage>
#include <QObject>
#include <QPointer>

class QWidget;

namespace gatecheck::gui {

class DnsCacheFlusher;
class MessageBar;

// What the user can do with a result: copy a summary, export a report, open the vendor's
// status page, flush the DNS cache. Results and errors go to the message bar.
class ResultActions : public QObject
{
    Q_OBJECT
public:
    ResultActions(QWidget *window, MessageBar *bar, DnsCacheFlusher *flusher, QObject *parent = nullptr);

    void setResult(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile);
    bool hasResult() const { return m_hasResult; }
    void setRedactByDefault(bool redact) { m_redactByDefault = redact; }
    void setTimelineImage(const QImage &image) { m_timeline = image; }

    QString summaryText() const;
    void copySummary();
    void exportReport();
    void openStatusPage();
    void flushDns();
    DnsCacheFlusher *flusher() const { return m_flusher; }
    // The last flush's whole story, and how the message bar tells it.
    const DnsFlushResult &lastFlush() const { return m_lastFlush; }
    static QString flushStory(const DnsFlushResult &result);

signals:
    void runAgainRequested();

private:
    void onFlushed(const DnsFlushResult &result);

    QPointer<QWidget> m_window;
    MessageBar *m_bar;
    DnsCacheFlusher *m_flusher;
    Evidence m_evidence;
    Diagnosis m_diagnosis;
    VendorProfile m_profile;
    QImage m_timeline;
    DnsFlushResult m_lastFlush;
    bool m_hasResult = false;
    bool m_redactByDefault = true;
};

} // namespace gatecheck::gui
