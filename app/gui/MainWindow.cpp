// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ComparePage.h"
#include "DnsCacheFlusher.h"
#include "HistoryPage.h"
#include "MessageBar.h"
#include "RecoveryNotifier.h"
#include "ResultActions.h"
#include "ResultPage.h"
#include "RunChecklist.h"
#include "SettingsDialog.h"
#include "TimelineChart.h"
#include "WatchController.h"
#include "WatchPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gatecheck::gui {

MainWindow::MainWindow(MainWindowSetup setup, QWidget *parent)
    : QMainWindow(parent)
    , m_setup(std::move(setup))
    , m_catalog(m_setup.catalog ? *m_setup.catalog : ServiceCatalog())
    , m_settings(AppSettings::load())
{
    setWindowTitle(tr("Gatecheck"));
    setObjectName(QStringLiteral("mainWindow"));
    setMinimumSize(800, 560);
    resize(1100, 760);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_bar = new MessageBar(central);
    layout->addWidget(m_bar);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_runner = m_setup.runnerFactory(this);
    m_flusher = m_setup.flusherFactory ? m_setup.flusherFactory(this) : new SystemDnsFlusher(this);
    m_actions = new ResultActions(this, m_bar, m_flusher, this);
    m_actions->setRedactByDefault(m_settings.redactReports);
    m_notifier = new RecoveryNotifier(this, this);
    m_watch = new WatchController(
        m_setup.runnerFactory,
        [this] {
            QString ignored; // reported once when the first diagnosis started
            return optionsFor(m_choice, &ignored);
        },
        this);
    m_watch->setIntervalMs(
        m_setup.watchIntervalMs > 0 ? m_setup.watchIntervalMs : m_settings.watchIntervalMinutes * 60 * 1000);

    m_start = new StartPage(m_catalog, m_stack);
    m_run = new RunChecklist(m_stack);
    m_result = new ResultPage(m_stack);
    m_watchPage = new WatchPage(m_watch, m_stack);
    m_history = new HistoryPage(m_stack);
    m_compare = new ComparePage(m_stack);
    for (QWidget *page :
        {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_run), static_cast<QWidget *>(m_result),
            static_cast<QWidget *>(m_watchPage), static_cast<QWidget *>(m_history), static_cast<QWidget *>(m_compare)})
        m_stack->addWidget(page);
    m_start->restore(m_settings);
    m_watchPage->setIntervalMinutes(m_settings.watchIntervalMinutes);
    m_result->setFlushAvailable(m_flusher->isAvailable(), m_flusher->explanation());

    buildMenus();
    connectPages();

    if (!m_archive.open(m_setup.historyPath, &m_archiveNote))
        m_bar->showMessage(m_archiveNote, Tone::Warning);
    showPage(Page::Start);
    updateActions();
}

MainWindow::~MainWindow()
{
    m_watch->stop();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newCheck = file->addAction(tr("&New check"), this, [this] { showPage(Page::Start); });
    newCheck->setShortcut(QKeySequence::New);
    m_exportAction = file->addAction(tr("&Export report…"), m_actions, &ResultActions::exportReport);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *history = view->addAction(tr("&Past checks"), this, &MainWindow::showHistory);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_watchAction = view->addAction(tr("&Watch until it works"), this, [this] {
        if (m_watch->isActive() || !m_watch->points().isEmpty())
            showPage(Page::Watch);
        else
            startWatching();
    });

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_flushAction = tools->addAction(tr("F&lush DNS cache…"), m_actions, &ResultActions::flushDns);
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Gatecheck"), this, [this] {
        QMessageBox::about(this, tr("About Gatecheck"),
            tr("<p><b>Gatecheck %1</b></p><p>Finds out why a cloud app shows “502 Bad Gateway”, and "
               "who has to act.</p><p>Gatecheck sends nothing anywhere except the checks you start.</p>"
               "<p>Licence: GPL-3.0-or-later.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::connectPages()
{
    connect(m_start, &StartPage::diagnoseRequested, this, &MainWindow::startDiagnosis);
    connect(m_start, &StartPage::historyRequested, this, &MainWindow::showHistory);
    connect(m_start, &StartPage::settingsRequested, this, &MainWindow::openSettings);

    connect(m_runner, &DiagnosisRunner::probeStarted, m_run,
        [this](const QString &id, const QString &) { m_run->probeStarted(id); });
    connect(m_runner, &DiagnosisRunner::probeFinished, m_run,
        [this](const QString &id, const QString &, bool ok) { m_run->probeFinished(id, ok); });
    connect(m_runner, &DiagnosisRunner::progressChanged, m_run, &RunChecklist::setProgress);
    connect(m_runner, &DiagnosisRunner::finished, this, &MainWindow::onRunFinished);
    connect(m_run, &RunChecklist::cancelRequested, this, &MainWindow::cancelDiagnosis);

    connect(m_result, &ResultPage::runAgainRequested, this, [this] {
        m_start->restore(m_settings);
        startDiagnosis();
    });
    connect(m_result, &ResultPage::watchRequested, this, &MainWindow::startWatching);
    connect(m_result, &ResultPage::flushRequested, m_actions, &ResultActions::flushDns);
    connect(m_result, &ResultPage::copyRequested, m_actions, &ResultActions::copySummary);
    connect(m_result, &ResultPage::exportRequested, this, [this] {
        if (!m_watch->points().isEmpty())
            m_actions->setTimelineImage(m_watchPage->chart()->renderImage(QSize(1200, 500)));
        m_actions->exportReport();
    });
    connect(m_result, &ResultPage::statusPageRequested, m_actions, &ResultActions::openStatusPage);
    connect(m_result, &ResultPage::newCheckRequested, this, [this] { showPage(Page::Start); });
    connect(m_actions, &ResultActions::runAgainRequested, this, [this] {
        m_start->restore(m_settings);
        startDiagnosis();
    });

    connect(m_watch, &WatchController::checkRecorded, this, &MainWindow::onWatchRecorded);
    connect(m_watch, &WatchController::recovered, this, [this](const WatchPoint &point) {
        m_notifier->notify(tr("%1 works again").arg(serviceName()),
            tr("Checked at %1: %2 answered normally. You can carry on.")
                .arg(QLocale().toString(point.at.toLocalTime().time(), QLocale::ShortFormat), serviceName()));
    });
    connect(m_watch, &WatchController::alreadyWorking, this, [this] {
        m_bar->showMessage(
            tr("%1 answered normally, so there is nothing to wait for. Watching stopped.").arg(serviceName()),
            Tone::Good);
    });
    connect(m_notifier, &RecoveryNotifier::notified, this,
        [this](RecoveryNotifier::Channel, const QString &title, const QString &message) {
            m_bar->showMessage(title + QStringLiteral(". ") + message, Tone::Good);
        });
    connect(m_watchPage, &WatchPage::intervalChanged, this, [this](int minutes) {
        m_settings.watchIntervalMinutes = minutes;
        m_settings.save();
    });
    connect(
        m_watchPage, &WatchPage::backRequested, this, [this] { showPage(m_hasResult ? Page::Result : Page::Start); });

    connect(m_history, &HistoryPage::openRequested, this, [this](qint64 id) {
        const auto run = m_archive.run(id);
        if (!run) {
            m_bar->showMessage(tr("That check could not be read from the history."), Tone::Problem);
            return;
        }
        m_choice.profile = profileFor(run->summary);
        m_choice.url = QUrl(run->evidence.targetUrl);
        m_choice.activity = run->evidence.activity;
        showResult(run->evidence, run->diagnosis, m_choice.profile);
    });
    connect(m_history, &HistoryPage::compareRequested, this, &MainWindow::compareRuns);
    connect(m_history, &HistoryPage::backRequested, this, [this] { showPage(m_returnFromHistory); });
    connect(m_compare, &ComparePage::backRequested, this, &MainWindow::showHistory);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_stack->setCurrentIndex(static_cast<int>(page));
    // Put the keyboard where the work is on each page.
    switch (page) {
    case Page::Start:
        m_start->diagnoseButton()->setFocus();
        break;
    case Page::Running:
        m_run->cancelButton()->setFocus();
        break;
    case Page::Result:
        m_result->runAgainButton()->setFocus();
        break;
    case Page::Watch:
        m_watchPage->startStopButton()->setFocus();
        break;
    case Page::History:
        m_history->setFocus();
        break;
    case Page::Compare:
        m_compare->setFocus();
        break;
    }
    updateActions();
    emit pageChanged(page);
}

void MainWindow::updateActions()
{
    const bool running = m_runner->isRunning();
    m_exportAction->setEnabled(m_hasResult && !running);
    m_watchAction->setEnabled(m_hasResult && !running);
    m_flushAction->setEnabled(!running);
}

QString MainWindow::serviceName() const
{
    return m_choice.profile.displayName.isEmpty() ? m_choice.url.host() : m_choice.profile.displayName;
}

DiagnosisOptions MainWindow::optionsFor(const StartChoice &choice, QString *warning)
{
    DiagnosisOptions options;
    options.profile = choice.profile;
    options.targetUrl = choice.url;
    options.statusUrl = choice.profile.statusUrl;
    options.activity = choice.activity;
    m_settings.applyTo(options, warning);
    if (!m_trust) {
        QString error;
        m_trust = TrustAnchors::load({}, m_setup.extraSystemRootsPem, &error);
        if (!error.isEmpty() && warning)
            *warning = tr("The public certificate list could not be read (%1); encryption checks may be incomplete.")
                           .arg(error);
    }
    options.trust = *m_trust;
    return options;
}

void MainWindow::startDiagnosis()
{
    if (m_runner->isRunning())
        return;
    const auto choice = m_start->choice();
    if (!choice) {
        showPage(Page::Start);
        return;
    }
    m_watch->stop();
    m_start->remember(m_settings);
    m_settings.save();
    m_choice = *choice;
    QString warning;
    const DiagnosisOptions options = optionsFor(m_choice, &warning);
    if (warning.isEmpty())
        m_bar->dismiss();
    else
        m_bar->showMessage(warning, Tone::Warning);
    m_run->begin(serviceName(), options);
    showPage(Page::Running);
    m_runner->start(options);
    updateActions();
}

void MainWindow::cancelDiagnosis()
{
    if (m_runner->isRunning())
        m_runner->cancel();
}

void MainWindow::onRunFinished(const Evidence &evidence, const Diagnosis &diagnosis)
{
    m_run->end(evidence.cancelled);
    if (evidence.cancelled) {
        m_bar->showMessage(tr("The check was cancelled. Nothing was saved."), Tone::Info);
        showPage(m_hasResult ? Page::Result : Page::Start);
        emit diagnosisFinished();
        return;
    }
    QString error;
    m_archive.add(evidence, diagnosis, false, &error);
    if (!error.isEmpty())
        m_bar->showMessage(error, Tone::Warning);
    showResult(evidence, diagnosis, m_choice.profile);
    emit diagnosisFinished();
}

void MainWindow::showResult(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile)
{
    if (m_choice.profile.id != profile.id || m_choice.url.isEmpty()) {
        m_choice.profile = profile;
        m_choice.url = QUrl(evidence.targetUrl);
    }
    m_hasResult = true;
    m_evidence = evidence;
    m_diagnosis = diagnosis;
    m_result->setResult(evidence, diagnosis, profile, ServiceCatalog::statusPageFor(profile));
    m_actions->setResult(evidence, diagnosis, profile);
    m_watchPage->setServiceName(serviceName());
    showPage(Page::Result);
}

void MainWindow::startWatching()
{
    if (!m_hasResult || m_watch->isActive()) {
        showPage(Page::Watch);
        return;
    }
    m_watchPage->setServiceName(serviceName());
    showPage(Page::Watch);
    m_watch->startFrom(m_evidence, m_diagnosis);
}

void MainWindow::onWatchRecorded(const Evidence &evidence, const Diagnosis &diagnosis)
{
    QString error;
    m_archive.add(evidence, diagnosis, true, &error);
    if (!error.isEmpty())
        m_bar->showMessage(error, Tone::Warning);
    // The result page follows the latest check, so "Export report" reports what is true now.
    m_evidence = evidence;
    m_diagnosis = diagnosis;
    m_result->setResult(evidence, diagnosis, m_choice.profile, ServiceCatalog::statusPageFor(m_choice.profile));
    m_actions->setResult(evidence, diagnosis, m_choice.profile);
}

VendorProfile MainWindow::profileFor(const RunSummary &summary) const
{
    if (const auto p = m_catalog.byId(summary.profileId))
        return *p;
    return customProfile(QUrl(summary.targetUrl));
}

void MainWindow::showHistory()
{
    if (currentPage() != Page::History && currentPage() != Page::Compare)
        m_returnFromHistory = m_hasResult ? Page::Result : Page::Start;
    QMap<QString, QString> names;
    for (const VendorProfile &p : m_catalog.services())
        names.insert(p.id, p.displayName);
    m_history->setRuns(m_archive.runs(), names);
    m_history->setStorageNote(m_archive.isPersistent() ? QString() : m_archiveNote);
    showPage(Page::History);
}

void MainWindow::compareRuns(qint64 a, qint64 b)
{
    auto first = m_archive.run(a);
    auto second = m_archive.run(b);
    if (!first || !second) {
        m_bar->showMessage(tr("One of the two checks could not be read from the history."), Tone::Problem);
        return;
    }
    if (first->evidence.startedAt > second->evidence.startedAt)
        std::swap(first, second);
    m_compare->setRuns(*first, *second, profileFor(first->summary), profileFor(second->summary));
    showPage(Page::Compare);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString oldLanguage = m_settings.language;
    const AppSettings chosen = dialog.settings();
    m_settings = chosen;
    m_settings.save();
    m_actions->setRedactByDefault(m_settings.redactReports);
    m_watchPage->setIntervalMinutes(m_settings.watchIntervalMinutes);
    if (m_setup.watchIntervalMs <= 0)
        m_watch->setIntervalMs(m_settings.watchIntervalMinutes * 60 * 1000);
    if (oldLanguage != m_settings.language)
        m_bar->showMessage(tr("The new language is used the next time Gatecheck starts."), Tone::Info);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_watch->stop();
    if (m_runner->isRunning())
        m_runner->cancel();
    m_start->remember(m_settings);
    m_settings.save();
    event->accept();
}

} // namespace gatecheck::gui
