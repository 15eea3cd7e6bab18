// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"
#include "DiagnosisRunner.h"
#include "RunArchive.h"
#include "ServiceCatalog.h"
#include "StartPage.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QStackedWidget;

namespace gatecheck::gui {

class ComparePage;
class DnsCacheFlusher;
class HistoryPage;
class MessageBar;
class RecoveryNotifier;
class ResultActions;
class ResultPage;
class RunChecklist;
class WatchController;
class WatchPage;

// The seams the window is built with. Defaults are the real ones; tests and the screenshot
// driver replace what the network cannot yet produce.
struct MainWindowSetup
{
    RunnerFactory runnerFactory = engineRunnerFactory();
    std::function<DnsCacheFlusher *(QObject *parent)> flusherFactory; // default: SystemDnsFlusher
    std::optional<ServiceCatalog> catalog; // default: the registry's
    QString historyPath; // default: HistoryStore's place
    int watchIntervalMs = 0; // 0 = from the settings, in minutes
    // PEM file of roots this computer trusts beyond its store (an office's private CA; tests).
    QString extraSystemRootsPem;
};

// The app's window: start → running checklist → verdict with actions and details for IT;
// watch mode, past checks and compare. Pages live in a stack; recoverable errors go to the
// message bar at the top.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Start, Running, Result, Watch, History, Compare };

    explicit MainWindow(MainWindowSetup setup = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);

    void startDiagnosis();
    void cancelDiagnosis();
    // Shows a result as if it had just been measured (also: opening a past check).
    void showResult(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile);
    void startWatching();
    void showHistory();
    void compareRuns(qint64 a, qint64 b);
    void openSettings();

    StartPage *startPage() const { return m_start; }
    RunChecklist *runPage() const { return m_run; }
    ResultPage *resultPage() const { return m_result; }
    WatchPage *watchPage() const { return m_watchPage; }
    HistoryPage *historyPage() const { return m_history; }
    ComparePage *comparePage() const { return m_compare; }
    MessageBar *messageBar() const { return m_bar; }
    WatchController *watch() const { return m_watch; }
    DiagnosisRunner *runner() const { return m_runner; }
    ResultActions *actions() const { return m_actions; }
    RunArchive &archive() { return m_archive; }
    const AppSettings &settings() const { return m_settings; }

signals:
    void diagnosisFinished();
    void pageChanged(gatecheck::gui::MainWindow::Page page);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void connectPages();
    DiagnosisOptions optionsFor(const StartChoice &choice, QString *warning);
    void onRunFinished(const Evidence &evidence, const Diagnosis &diagnosis);
    void onWatchRecorded(const Evidence &evidence, const Diagnosis &diagnosis);
    void updateActions();
    QString serviceName() const;
    VendorProfile profileFor(const RunSummary &summary) const;

    MainWindowSetup m_setup;
    ServiceCatalog m_catalog;
    AppSettings m_settings;
    RunArchive m_archive;
    QString m_archiveNote;
    std::optional<TrustAnchors> m_trust;

    MessageBar *m_bar = nullptr;
    QStackedWidget *m_stack = nullptr;
    StartPage *m_start = nullptr;
    RunChecklist *m_run = nullptr;
    ResultPage *m_result = nullptr;
    WatchPage *m_watchPage = nullptr;
    HistoryPage *m_history = nullptr;
    ComparePage *m_compare = nullptr;

    DiagnosisRunner *m_runner = nullptr;
    WatchController *m_watch = nullptr;
    RecoveryNotifier *m_notifier = nullptr;
    ResultActions *m_actions = nullptr;
    DnsCacheFlusher *m_flusher = nullptr;

    StartChoice m_choice; // what the current result is about
    Evidence m_evidence; // the result on screen
    Diagnosis m_diagnosis;
    bool m_hasResult = false;
    Page m_returnFromHistory = Page::Start;

    QAction *m_exportAction = nullptr;
    QAction *m_watchAction = nullptr;
    QAction *m_flushAction = nullptr;
};

} // namespace gatecheck::gui
