// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every page of the real main window from recorded results and saves PNGs, so a
// person can look at what a bookkeeper sees. Usage: gatecheck_screenshots OUTDIR WIDTHxHEIGHT [dark]

#include "Application.h"
#include "ComparePage.h"
#include "DetailsTabs.h"
#include "ExportDialog.h"
#include "GuiTestSupport.h"
#include "HistoryPage.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ResultPage.h"
#include "RunChecklist.h"
#include "SettingsDialog.h"
#include "StartPage.h"
#include "TimelineChart.h"
#include "WatchController.h"
#include "WatchPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QToolButton>

using namespace gatecheck;
using namespace gatecheck::gui;

namespace {

void settle(int ms = 60)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

template<typename Pred> bool waitFor(Pred pred, int ms = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!pred() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return pred();
}

bool save(QWidget *w, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = w->grab().save(path);
    qInfo("%s %s", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 38));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 30));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(50, 50, 52));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(38, 79, 120));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(50, 50, 52));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(130, 130, 130));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir userFiles;
    test::isolateUserFiles(userFiles);
    QApplication app(argc, argv);
    setupApplication(app);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        qCritical("usage: gatecheck_screenshots OUTDIR WIDTHxHEIGHT [dark]");
        return 2;
    }
    const QString out = args.at(1);
    const QStringList wh = args.at(2).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    const bool dark = args.value(3) == QLatin1String("dark");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(darkPalette());
    QDir().mkpath(out);
    const QString suffix =
        QStringLiteral("-%1x%2%3").arg(size.width()).arg(size.height()).arg(dark ? QStringLiteral("-dark") : QString());

    QString error;
    const test::Recorded outage = test::loadFixture(QStringLiteral("xero-vendor-outage.json"), &error);
    const test::Recorded proxy = test::loadFixture(QStringLiteral("office-proxy-502.json"), &error);
    const test::Recorded working = test::loadFixture(QStringLiteral("xero-working.json"), &error);
    if (!error.isEmpty()) {
        qCritical("fixture: %s", qPrintable(error));
        return 1;
    }

    auto script = std::make_shared<test::Script>();
    script->results = {outage};
    script->hold = true;
    MainWindowSetup setup;
    setup.runnerFactory = test::scriptedFactory(script);
    setup.historyPath = userFiles.filePath(QStringLiteral("history.sqlite"));
    setup.watchIntervalMs = 40;
    MainWindow window(setup);
    window.resize(size);
    window.show();
    window.messageBar()->dismiss();
    int failures = 0;
    failures += !save(&window, out, QStringLiteral("01-start") + suffix);

    window.startPage()->selectService(QStringLiteral("xero"));
    window.startPage()->activityCombo()->setCurrentIndex(1);
    window.startDiagnosis();
    failures += !save(&window, out, QStringLiteral("02-running") + suffix);
    window.cancelDiagnosis();
    waitFor([&] { return !window.runner()->isRunning(); });
    window.messageBar()->dismiss();

    window.showResult(outage.evidence, outage.diagnosis, *ServiceCatalog().byId(QStringLiteral("xero")));
    failures += !save(&window, out, QStringLiteral("03-verdict-vendor") + suffix);
    window.resultPage()->setDetailsVisible(true);
    failures += !save(&window, out, QStringLiteral("04-details-paths") + suffix);
    const QStringList tabs {QStringLiteral("paths"), QStringLiteral("dns"), QStringLiteral("tls"),
        QStringLiteral("computer"), QStringLiteral("json")};
    window.showResult(proxy.evidence, proxy.diagnosis, *ServiceCatalog().byId(QStringLiteral("quickbooks")));
    window.resultPage()->setDetailsVisible(false);
    failures += !save(&window, out, QStringLiteral("05-verdict-proxy") + suffix);
    window.resultPage()->setDetailsVisible(true);
    for (int i = 1; i < tabs.size(); ++i) {
        window.resultPage()->details()->setCurrentIndex(i);
        failures += !save(
            &window, out, QStringLiteral("%1-details-%2").arg(5 + i, 2, 10, QLatin1Char('0')).arg(tabs.at(i)) + suffix);
    }
    window.resultPage()->setDetailsVisible(false);

    // Watch: four failing checks two minutes apart, then Xero answers again.
    script->hold = false;
    script->results = {outage, outage, outage, outage, working};
    script->started = 1;
    script->clock = QDateTime::currentDateTimeUtc().addSecs(-600);
    script->latencyJitter = {0, 140, -60, 220, 30};
    test::Recorded seeded = outage;
    seeded.evidence.startedAt = script->clock.addSecs(-120);
    seeded.evidence.finishedAt = seeded.evidence.startedAt.addSecs(5);
    window.showResult(seeded.evidence, outage.diagnosis, *ServiceCatalog().byId(QStringLiteral("xero")));
    window.startWatching();
    waitFor([&] { return window.watch()->hasRecovered(); });
    window.messageBar()->dismiss();
    failures += !save(&window, out, QStringLiteral("10-watch") + suffix);
    window.messageBar()->showMessage(
        QStringLiteral("Xero works again. Checked at 09:12: Xero answered normally. You can carry on."), Tone::Good);
    failures += !save(&window, out, QStringLiteral("11-watch-recovered") + suffix);
    window.messageBar()->dismiss();

    window.archive().add(proxy.evidence, proxy.diagnosis, false);
    window.showHistory();
    failures += !save(&window, out, QStringLiteral("12-history") + suffix);
    const auto runs = window.archive().runs();
    window.compareRuns(runs.constFirst().id, runs.constLast().id);
    failures += !save(&window, out, QStringLiteral("13-compare") + suffix);

    SettingsDialog settings(window.settings(), &window);
    settings.show();
    failures += !save(&settings, out, QStringLiteral("14-settings") + suffix);
    ExportDialog exportDialog(*ServiceCatalog().byId(QStringLiteral("xero")), outage.evidence, true, &window);
    exportDialog.show();
    failures += !save(&exportDialog, out, QStringLiteral("15-export") + suffix);
    return failures == 0 ? 0 : 1;
}
