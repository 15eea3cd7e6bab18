// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VerdictPresenter.h"
#include "diagnosis/Finding.h"
#include "evidence/Observations.h"
#include "profiles/VendorProfile.h"

#include <QWidget>

class QPushButton;
class QSplitter;
class QToolButton;

namespace gatecheck::gui {

class DetailsTabs;
class VerdictCard;

// A finished diagnosis: the verdict card, what you can do about it, and the details for IT.
class ResultPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResultPage(QWidget *parent = nullptr);

    void setResult(
        const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile, const QUrl &statusPage);
    void setFlushAvailable(bool available, const QString &why);
    void setDetailsVisible(bool visible);
    bool detailsVisible() const;

    VerdictCard *card() const { return m_card; }
    DetailsTabs *details() const { return m_details; }
    QPushButton *runAgainButton() const { return m_runAgain; }
    QPushButton *watchButton() const { return m_watch; }
    QPushButton *flushButton() const { return m_flush; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *statusPageButton() const { return m_statusPage; }
    QPushButton *newCheckButton() const { return m_newCheck; }
    QToolButton *detailsToggle() const { return m_detailsToggle; }

signals:
    void runAgainRequested();
    void watchRequested();
    void flushRequested();
    void copyRequested();
    void exportRequested();
    void statusPageRequested();
    void newCheckRequested();

private:
    VerdictCard *m_card = nullptr;
    DetailsTabs *m_details = nullptr;
    QToolButton *m_detailsToggle = nullptr;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_runAgain = nullptr;
    QPushButton *m_watch = nullptr;
    QPushButton *m_flush = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_statusPage = nullptr;
    QPushButton *m_newCheck = nullptr;
};

} // namespace gatecheck::gui
