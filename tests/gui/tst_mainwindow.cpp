// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window: pick a URL, Diagnose, wait for the verdict; cancel; watch
// until recovery; history and compare; keyboard and accessibility. Traffic goes only to
// 127.0.0.1 ports this test owns (resolvers and DoH on a dead loopback port).

#include "AppSettings.h"
#include "Application.h"
#include "ComparePage.h"
#include "DiagnosisRunner.h"
#include "GuiTestSupport.h"
#include "HistoryPage.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RecoveryNotifier.h"
#include "ResultPage.h"
#include "RunChecklist.h"
#include "TimelineChart.h"
#include "VerdictCard.h"
#include "WatchController.h"
#include "WatchPage.h"
#include "diagnosis/Diagnose.h"
#include "engine/DiagnosisRun.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QToolButton>
#include <QTreeWidget>
#include <QUdpSocket>
#include <QtTest>

using namespace gatecheck;
using namespace gatecheck::gui;
using namespace std::chrono_literals;

namespace {

// Every resolver and DoH endpoint on a loopback port nobody listens on, short timeouts: once
// the real probes are merged, a run from this test never leaves the machine.
void useLoopbackOnlySettings(quint16 closedPort)
{
    AppSettings s = AppSettings::defaults();
    s.resolvers = {QStringLiteral("127.0.0.1:%1").arg(closedPort)};
    s.dohEndpoint = QStringLiteral("https://127.0.0.1:%1/dns-query").arg(closedPort);
    s.probeTimeoutSeconds = 3;
    s.overallTimeoutSeconds = 20;
    s.save();
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Every control a keyboard user must be able to reach on the visible page.
QList<QWidget *> focusableControls(QWidget *root)
{
    QList<QWidget *> out;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w)
            || qobject_cast<QTabBar *>(w))
            out << w;
    }
    return out;
}

QString accessibleLabel(QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (auto *b = qobject_cast<QAbstractButton *>(w))
        return b->text();
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void diagnoseCustomUrlShowsVerdict();
    void pastedUrlSelectsService();
    void badUrlIsExplainedInline();
    void cancelStopsTheEngine();
    void cancelMidRunReturnsToStart();
    void watchRecordsPointsAndNotifiesRecovery();
    void historyFailureShowsMessageBar();
    void historyListOpensAndCompares();
    void rememberTheLastChoice();
    void keyboardReachesEveryControl_data();
    void keyboardReachesEveryControl();
    void everyControlHasAnAccessibleName();
    void fitsAt1024x700();

private:
    std::shared_ptr<test::Script> m_script;
    QTemporaryDir m_dir;
    QList<QPair<RecoveryNotifier::Channel, QString>> m_notifications;
};

void TestMainWindow::init()
{
    m_script = std::make_shared<test::Script>();
    m_script->results = {test::loadFixture(QStringLiteral("xero-vendor-outage.json"))};
    m_notifications.clear();
    RecoveryNotifier::setHook([this](RecoveryNotifier::Channel c, const QString &title, const QString &) {
        m_notifications.append({c, title});
    });
    useLoopbackOnlySettings(closedPort());
}

void TestMainWindow::cleanup()
{
    RecoveryNotifier::setHook({});
    AppSettings::defaults().save();
}

void TestMainWindow::diagnoseCustomUrlShowsVerdict()
{
    // The real engine and rules.
    MainWindowSetup setup;
    setup.historyPath = m_dir.filePath(QStringLiteral("h1.sqlite"));
    MainWindow window(setup);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString url = QStringLiteral("http://127.0.0.1:%1/payroll").arg(closedPort());
    window.startPage()->urlEdit()->setFocus();
    QTest::keyClicks(window.startPage()->urlEdit(), url);
    QCOMPARE(window.startPage()->serviceCombo()->currentData().toString(), StartPage::customId());

    QSignalSpy finished(&window, &MainWindow::diagnosisFinished);
    QSignalSpy started(window.runner(), &DiagnosisRunner::probeStarted);
    QTest::mouseClick(window.startPage()->diagnoseButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000) || finished.size() == 1);
    QVERIFY(started.size() > 0);
    QCOMPARE(window.currentPage(), MainWindow::Page::Result);
    auto *engine = qobject_cast<EngineRunner *>(window.runner());
    QVERIFY(engine && engine->run());
    const Evidence &evidence = engine->run()->evidence();
    QCOMPARE(evidence.targetUrl, url);
    const Diagnosis expected = diagnose(evidence, customProfile(QUrl(url)));
    QCOMPARE(window.resultPage()->card()->headlineText(), expected.verdict.headline);
    QVERIFY(!window.resultPage()->card()->headlineText().isEmpty());
    // The checklist saw every probe the engine ran, each finished.
    int started2 = 0;
    for (const auto &step : window.runPage()->model().steps())
        started2 += step.started;
    QCOMPARE(started2, started.size());
    QCOMPARE(window.archive().runs().size(), 1);
}

void TestMainWindow::pastedUrlSelectsService()
{
    MainWindowSetup setup;
    setup.runnerFactory = test::scriptedFactory(m_script);
    setup.historyPath = m_dir.filePath(QStringLiteral("h2.sqlite"));
    MainWindow window(setup);
    window.show();
    auto *combo = window.startPage()->serviceCombo();
    combo->setCurrentIndex(combo->findData(StartPage::customId()));
    window.startPage()->urlEdit()->clear();
    QTest::keyClicks(window.startPage()->urlEdit(), QStringLiteral("https://go.xero.com/app/payroll/runs"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("xero"));
    const auto choice = window.startPage()->choice();
    QVERIFY(choice);
    QCOMPARE(choice->profile.id, QStringLiteral("xero"));
    QCOMPARE(choice->url, QUrl(QStringLiteral("https://go.xero.com/app/payroll/runs")));
    // Picking another service drops an address that belongs to Xero.
    combo->setCurrentIndex(combo->findData(QStringLiteral("quickbooks")));
    QVERIFY(window.startPage()->urlEdit()->text().isEmpty());
}

void TestMainWindow::badUrlIsExplainedInline()
{
    MainWindowSetup setup;
    setup.runnerFactory = test::scriptedFactory(m_script);
    setup.historyPath = m_dir.filePath(QStringLiteral("h3.sqlite"));
    MainWindow window(setup);
    window.show();
    auto *combo = window.startPage()->serviceCombo();
    combo->setCurrentIndex(combo->findData(StartPage::customId()));
    window.startPage()->urlEdit()->setText(QStringLiteral("ftp://files.example/x"));
    QTest::mouseClick(window.startPage()->diagnoseButton(), Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Page::Start);
    QVERIFY(window.startPage()->hintText().contains(QStringLiteral("ftp://files.example/x")));
    QCOMPARE(m_script->started, 0);
    window.startPage()->urlEdit()->clear();
    QTest::mouseClick(window.startPage()->diagnoseButton(), Qt::LeftButton);
    QVERIFY(!window.startPage()->hintText().isEmpty());
    QCOMPARE(m_script->started, 0);
}

void TestMainWindow::cancelStopsTheEngine()
{
    // A local port that accepts and never answers keeps the real HTTP probes waiting, so
    // Cancel lands mid-run: back to the start page, nothing recorded.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held << s; // accepted, never answered
    });
    MainWindowSetup setup;
    setup.historyPath = m_dir.filePath(QStringLiteral("h4.sqlite"));
    MainWindow window(setup);
    window.show();
    window.startPage()->urlEdit()->setText(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()));
    window.startPage()->serviceCombo()->setCurrentIndex(
        window.startPage()->serviceCombo()->findData(StartPage::customId()));
    QSignalSpy finished(&window, &MainWindow::diagnosisFinished);
    window.startDiagnosis();
    auto *engine = qobject_cast<EngineRunner *>(window.runner());
    QVERIFY(engine && engine->run());
    // The real HTTP probes wait for the silent server, so the run is still in flight.
    QVERIFY2(!engine->run()->isFinished(), "the run finished at once although the server never answers");
    QTest::qWait(300); // some probes finish (refused resolvers), the HTTP ones keep waiting
    QVERIFY(!engine->run()->isFinished());
    QCOMPARE(window.currentPage(), MainWindow::Page::Running);
    QVERIFY(window.runPage()->cancelButton()->isEnabled());
    QTest::mouseClick(window.runPage()->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000) || finished.size() == 1);
    QVERIFY(engine->run()->isFinished());
    QVERIFY(engine->run()->evidence().cancelled);
    QCOMPARE(window.currentPage(), MainWindow::Page::Start);
    QVERIFY(window.archive().runs().isEmpty());
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(held.size() >= 1); // the probes did connect and wait
    qDeleteAll(held);
}

void TestMainWindow::cancelMidRunReturnsToStart()
{
    m_script->hold = true; // the run stays in flight until cancelled
    MainWindowSetup setup;
    setup.runnerFactory = test::scriptedFactory(m_script);
    setup.historyPath = m_dir.filePath(QStringLiteral("h5.sqlite"));
    MainWindow window(setup);
    window.show();
    QVERIFY(window.startPage()->selectService(QStringLiteral("xero")));
    QTest::mouseClick(window.startPage()->diagnoseButton(), Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Page::Running);
    QVERIFY(window.runner()->isRunning());
    QVERIFY(window.runPage()->list()->topLevelItemCount() >= 8);
    QCOMPARE(window.runPage()->progressBar()->value(), 3);
    // The window keeps processing events while the run is in flight.
    QTest::qWait(50);
    QSignalSpy finished(&window, &MainWindow::diagnosisFinished);
    QTest::keyClick(window.runPage()->cancelButton(), Qt::Key_Space);
    QVERIFY(finished.wait(5000));
    QVERIFY(!window.runner()->isRunning());
    QCOMPARE(window.currentPage(), MainWindow::Page::Start);
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(window.archive().runs().isEmpty());
}

void TestMainWindow::watchRecordsPointsAndNotifiesRecovery()
{
    const auto outage = test::loadFixture(QStringLiteral("xero-vendor-outage.json"));
    m_script->results = {outage, outage, test::loadFixture(QStringLiteral("xero-working.json"))};
    m_script->clock = QDateTime::currentDateTimeUtc();
    MainWindowSetup setup;
    setup.runnerFactory = test::scriptedFactory(m_script);
    setup.historyPath = m_dir.filePath(QStringLiteral("h6.sqlite"));
    setup.watchIntervalMs = 30;
    MainWindow window(setup);
    window.show();
    QVERIFY(window.startPage()->selectService(QStringLiteral("xero")));
    QSignalSpy finished(&window, &MainWindow::diagnosisFinished);
    window.startDiagnosis();
    QVERIFY(finished.wait(5000));
    QCOMPARE(window.currentPage(), MainWindow::Page::Result);

    QSignalSpy recovered(window.watch(), &WatchController::recovered);
    QTest::mouseClick(window.resultPage()->watchButton(), Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Page::Watch);
    QVERIFY(window.watch()->isActive());
    QVERIFY(recovered.wait(20000));
    QVERIFY(!window.watch()->isActive());
    // The result on screen, one more failing check, then the working one.
    QCOMPARE(window.watch()->points().size(), 3);
    QCOMPARE(window.watchPage()->chart()->pointCount(QStringLiteral("as-browser")), 1);
    QCOMPARE(window.watchPage()->chart()->failureCount(), 2 * int(outage.evidence.http.size()));
    QCOMPARE(m_notifications.size(), 1);
    QVERIFY(m_notifications.constFirst().second.contains(QStringLiteral("Xero")));
    if (!RecoveryNotifier::trayCanShowMessages())
        QCOMPARE(m_notifications.constFirst().first, RecoveryNotifier::Channel::InApp);
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->tone(), Tone::Good);
    // The first diagnosis plus the two watch checks were stored; watch ones are marked.
    const auto runs = window.archive().runs();
    QCOMPARE(runs.size(), 3);
    int watchRuns = 0;
    for (const RunSummary &r : runs)
        watchRuns += r.watch ? 1 : 0;
    QCOMPARE(watchRuns, 2);
    QVERIFY(window.watchPage()->stateLabel()->text().contains(QStringLiteral("works again")));
}

void TestMainWindow::historyFailureShowsMessageBar()
{
    // A directory is not a database: the store cannot open it, the window goes on.
    MainWindowSetup setup;
    setup.runnerFactory = test::scriptedFactory(m_script);
    setup.historyPath = m_dir.path();
    MainWindow window(setup);
    window.show();
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->tone(), Tone::Warning);
    QVERIFY(!window.archive().isPersistent());
    // Checks are still kept for this session.
    QSignalSpy finished(&window, &MainWindow::diagnosisFinished);
    window.startDiagnosis();
    QVERIFY(finished.wait(5000));
    QCOMPARE(window.archive().runs().size(), 1);
}

void TestMainWindow::historyListOpensAndCompares()
{
    m_script->results = {test::loadFixture(QStringLiteral("office-proxy-502.json")),
        test::loadFixture(QStringLiteral("xero-working.json"))};
    m_script->clock = QDateTime::currentDateTimeUtc().addSecs(-3600);
    MainWindowSetup setup;
    setup.runnerFactory = test::scriptedFactory(m_script);
    setup.historyPath = m_dir.filePath(QStringLiteral("h7.sqlite"));
    MainWindow window(setup);
    window.show();
    QSignalSpy finished(&window, &MainWindow::diagnosisFinished);
    window.startDiagnosis();
    QVERIFY(finished.wait(5000));
    window.startDiagnosis();
    QVERIFY(finished.wait(5000));

    window.showHistory();
    QCOMPARE(window.currentPage(), MainWindow::Page::History);
    QTableWidget *table = window.historyPage()->table();
    QCOMPARE(table->rowCount(), 2);
    // Newest first.
    QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("working normally")));
    window.historyPage()->selectRows({0, 1});
    QVERIFY(window.historyPage()->compareButton()->isEnabled());
    QTest::mouseClick(window.historyPage()->compareButton(), Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Page::Compare);
    QVERIFY(window.comparePage()->differenceCount() > 0);
    QCOMPARE(window.comparePage()->olderCard()->headlineText(),
        QStringLiteral("Your office proxy returns the 502, not QuickBooks"));

    window.showHistory();
    window.historyPage()->selectRows({1});
    QTest::mouseClick(window.historyPage()->openButton(), Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Page::Result);
    QCOMPARE(window.resultPage()->card()->headlineText(),
        QStringLiteral("Your office proxy returns the 502, not QuickBooks"));
}

void TestMainWindow::rememberTheLastChoice()
{
    MainWindowSetup setup;
    setup.runnerFactory = test::scriptedFactory(m_script);
    setup.historyPath = m_dir.filePath(QStringLiteral("h8.sqlite"));
    {
        MainWindow window(setup);
        window.show();
        auto *combo = window.startPage()->serviceCombo();
        combo->setCurrentIndex(combo->findData(QStringLiteral("quickbooks")));
        window.startPage()->activityCombo()->setCurrentIndex(
            window.startPage()->activityCombo()->findData(QStringLiteral("bank_feeds")));
        QSignalSpy finished(&window, &MainWindow::diagnosisFinished);
        window.startDiagnosis();
        QVERIFY(finished.wait(5000));
    }
    MainWindow again(setup);
    QCOMPARE(again.startPage()->serviceCombo()->currentData().toString(), QStringLiteral("quickbooks"));
    QCOMPARE(again.startPage()->activityCombo()->currentData().toString(), QStringLiteral("bank_feeds"));
}

void TestMainWindow::keyboardReachesEveryControl_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("start page") << int(MainWindow::Page::Start);
    QTest::newRow("result page with details") << int(MainWindow::Page::Result);
    QTest::newRow("watch page") << int(MainWindow::Page::Watch);
}

void TestMainWindow::keyboardReachesEveryControl()
{
    QFETCH(int, page);
    MainWindowSetup setup;
    setup.runnerFactory = test::scriptedFactory(m_script);
    setup.historyPath = m_dir.filePath(QStringLiteral("h9.sqlite"));
    MainWindow window(setup);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.messageBar()->dismiss();
    const auto outage = test::loadFixture(QStringLiteral("xero-vendor-outage.json"));
    if (page != int(MainWindow::Page::Start)) {
        window.showResult(outage.evidence, outage.diagnosis, *ServiceCatalog().byId(QStringLiteral("xero")));
        window.resultPage()->setDetailsVisible(true);
    }
    window.showPage(MainWindow::Page(page));
    QWidget *pageWidget = page == int(MainWindow::Page::Start) ? static_cast<QWidget *>(window.startPage())
        : page == int(MainWindow::Page::Result)                ? static_cast<QWidget *>(window.resultPage())
                                                               : static_cast<QWidget *>(window.watchPage());
    const QList<QWidget *> controls = focusableControls(pageWidget);
    QVERIFY(controls.size() >= 3);
    if (page == int(MainWindow::Page::Start))
        window.startPage()->serviceCombo()->setFocus(); // read the order from the top of the form
    QSet<QWidget *> reached;
    QList<QWidget *> order;
    for (int i = 0; i < 80 && reached.size() < controls.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && controls.contains(focus) && !reached.contains(focus)) {
            reached.insert(focus);
            order << focus;
        }
        QTest::keyClick(focus ? focus : &window, Qt::Key_Tab);
    }
    for (QWidget *w : controls)
        QVERIFY2(reached.contains(w),
            qPrintable(QStringLiteral("not reachable by Tab: %1 \"%2\"")
                           .arg(QString::fromLatin1(w->metaObject()->className()), accessibleLabel(w))));
    if (page == int(MainWindow::Page::Start)) {
        // Sensible order: service, address, activity, Diagnose.
        QCOMPARE(
            order.indexOf(window.startPage()->serviceCombo()) < order.indexOf(window.startPage()->urlEdit()), true);
        QCOMPARE(
            order.indexOf(window.startPage()->urlEdit()) < order.indexOf(window.startPage()->activityCombo()), true);
        QCOMPARE(
            order.indexOf(window.startPage()->activityCombo()) < order.indexOf(window.startPage()->diagnoseButton()),
            true);
    }
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    MainWindowSetup setup;
    setup.runnerFactory = test::scriptedFactory(m_script);
    setup.historyPath = m_dir.filePath(QStringLiteral("h10.sqlite"));
    MainWindow window(setup);
    window.show();
    const auto outage = test::loadFixture(QStringLiteral("xero-vendor-outage.json"));
    window.showResult(outage.evidence, outage.diagnosis, *ServiceCatalog().byId(QStringLiteral("xero")));
    window.resultPage()->setDetailsVisible(true);
    for (MainWindow::Page page :
        {MainWindow::Page::Start, MainWindow::Page::Result, MainWindow::Page::Watch, MainWindow::Page::History}) {
        window.showPage(page);
        const auto controls = focusableControls(&window);
        for (QWidget *w : controls) {
            if (qobject_cast<QTabBar *>(w))
                continue; // its tabs carry their own texts
            QVERIFY2(!accessibleLabel(w).isEmpty(),
                qPrintable(QStringLiteral("no accessible name: %1 %2")
                               .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
    }
}

void TestMainWindow::fitsAt1024x700()
{
    MainWindowSetup setup;
    setup.runnerFactory = test::scriptedFactory(m_script);
    setup.historyPath = m_dir.filePath(QStringLiteral("h11.sqlite"));
    MainWindow window(setup);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.minimumSizeHint().width() <= 1024);
    QVERIFY(window.minimumSizeHint().height() <= 700);
    const auto outage = test::loadFixture(QStringLiteral("office-proxy-502.json"));
    window.showResult(outage.evidence, outage.diagnosis, *ServiceCatalog().byId(QStringLiteral("quickbooks")));
    window.resultPage()->setDetailsVisible(true);
    QCoreApplication::processEvents();
    // Every action button is inside the window and not squeezed below its text.
    for (QPushButton *b : {window.resultPage()->runAgainButton(), window.resultPage()->exportButton(),
             window.resultPage()->newCheckButton()}) {
        const QRect r(b->mapTo(&window, QPoint(0, 0)), b->size());
        QVERIFY2(window.rect().contains(r), qPrintable(b->text()));
        QVERIFY(b->width() >= b->fontMetrics().horizontalAdvance(b->text().remove(QLatin1Char('&'))));
    }
}

GATECHECK_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
