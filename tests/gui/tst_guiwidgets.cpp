// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's presenters and single widgets, given recorded results: verdict card, checklist
// grouping, service matching, watch health, compare rows, settings persistence.

#include "AppSettings.h"
#include "Application.h"
#include "ChecklistModel.h"
#include "ComparePage.h"
#include "EvidencePresenter.h"
#include "GuiTestSupport.h"
#include "ServiceCatalog.h"
#include "StartPage.h"
#include "TimelineChart.h"
#include "VerdictCard.h"
#include "VerdictPresenter.h"
#include "WatchController.h"
#include "profiles/ProfileRegistry.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableWidget>
#include <QtTest>

using namespace gatecheck;
using namespace gatecheck::gui;

class TestGuiWidgets : public QObject
{
    Q_OBJECT
private slots:
    void verdictCardShowsHeadlineWhoAndSteps_data();
    void verdictCardShowsHeadlineWhoAndSteps();
    void verdictCardNeverColourAlone();
    void stepsSplitActionAndReason();
    void checklistGroupsProbesInPlainWords();
    void checklistMarksUnstartedStepsNotNeeded();
    void pastedUrlFindsItsService_data();
    void pastedUrlFindsItsService();
    void servicePickerListsTheShippedThreeFirst();
    void healthNeedsAnAnswerOnTheBrowsersPath();
    void dnsDifferencesAreMarked();
    void compareMarksDifferences();
    void timelinePlotsFailuresSeparately();
    void settingsRoundTrip();
    void settingsRejectBadResolvers();
};

void TestGuiWidgets::verdictCardShowsHeadlineWhoAndSteps_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("tone");
    QTest::newRow("vendor outage: Xero acts, three steps")
        << "xero-vendor-outage.json"
        << "xero"
        << "Xero's servers are failing — it is not your computer or network"
        << "Xero has to fix this" << 3 << int(Tone::Problem);
    QTest::newRow("office proxy: IT acts, steps include the other finding's")
        << "office-proxy-502.json"
        << "quickbooks"
        << "Your office proxy returns the 502, not QuickBooks"
        << "Your IT support or network administrator has to act" << 4 << int(Tone::Problem);
    QTest::newRow("working: nobody acts, no steps") << "xero-working.json"
                                                    << "xero"
                                                    << "Xero is working normally from this computer"
                                                    << "Nobody needs to act" << 0 << int(Tone::Good);
}

void TestGuiWidgets::verdictCardShowsHeadlineWhoAndSteps()
{
    QFETCH(QString, fixture);
    QFETCH(QString, profile);
    QFETCH(QString, headline);
    QFETCH(QString, who);
    QFETCH(int, steps);
    QFETCH(int, tone);
    QString error;
    const auto recorded = test::loadFixture(fixture, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto vendor = ServiceCatalog(ServiceCatalog::builtInServices()).byId(profile);
    QVERIFY(vendor);

    VerdictCard card;
    card.setView(VerdictPresenter::present(recorded.diagnosis, *vendor));
    QCOMPARE(card.headlineText(), headline);
    QCOMPARE(card.whoText(), who);
    QCOMPARE(card.stepTexts().size(), steps);
    QCOMPARE(int(card.view().tone), tone);
    for (int i = 0; i < card.stepTexts().size(); ++i)
        QVERIFY(card.stepTexts().at(i).startsWith(QStringLiteral("%1. ").arg(i + 1)));
    if (steps > 0) {
        // The first step's reason comes from the rule's own "action — reason" text.
        QCOMPARE(card.view().steps.constFirst().reason.isEmpty(), false);
    }
}

void TestGuiWidgets::verdictCardNeverColourAlone()
{
    // Every tone carries a word; problem and fine differ in words, not only in colour.
    Diagnosis problem;
    problem.findings << Finding {
        QStringLiteral("x"), Severity::Problem, WhoFixes::Vendor, 1, QStringLiteral("Down"), {}, {}, {}};
    Diagnosis fine;
    fine.verdict.code = QStringLiteral("ok");
    fine.findings << Finding {
        QStringLiteral("ok"), Severity::Info, WhoFixes::None, 1, QStringLiteral("Fine"), {}, {}, {}};
    const VendorProfile p = ServiceCatalog::builtInServices().constFirst();
    VerdictCard a;
    VerdictCard b;
    a.setView(VerdictPresenter::present(problem, p));
    b.setView(VerdictPresenter::present(fine, p));
    QVERIFY(!a.toneText().isEmpty());
    QVERIFY(!b.toneText().isEmpty());
    QVERIFY(a.toneText() != b.toneText());
    QVERIFY(a.accessibleDescription().contains(a.toneText()));
    QVERIFY(toneColor(Tone::Problem, a.palette()) != toneColor(Tone::Good, a.palette()));
    // Dark palettes get their own, lighter colours.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    QVERIFY(isDarkPalette(dark));
    QVERIFY(toneColor(Tone::Problem, dark).lightness() > toneColor(Tone::Problem, QPalette(Qt::white)).lightness());
}

void TestGuiWidgets::stepsSplitActionAndReason()
{
    QCOMPARE(VerdictPresenter::splitStep(QStringLiteral("Wait — Xero is on it")).action, QStringLiteral("Wait"));
    QCOMPARE(VerdictPresenter::splitStep(QStringLiteral("Wait — it is being fixed")).reason,
        QStringLiteral("It is being fixed"));
    QCOMPARE(VerdictPresenter::splitStep(QStringLiteral("Wait\nbecause")).reason, QStringLiteral("Because"));
    QCOMPARE(VerdictPresenter::splitStep(QStringLiteral("Use a pre-set re-try")).reason, QString());
}

void TestGuiWidgets::checklistGroupsProbesInPlainWords()
{
    QCOMPARE(ChecklistModel::groupOf(QStringLiteral("dns:system:go.xero.com")), ChecklistModel::Group::SystemDns);
    QCOMPARE(
        ChecklistModel::groupOf(QStringLiteral("dns:1.1.1.1:53:go.xero.com")), ChecklistModel::Group::AlternateDns);
    QCOMPARE(ChecklistModel::groupOf(QStringLiteral("dns:doh:https://1.1.1.1/dns-query:go.xero.com")),
        ChecklistModel::Group::EncryptedDns);
    QCOMPARE(ChecklistModel::groupOf(QStringLiteral("http:as-browser:https://go.xero.com/")),
        ChecklistModel::Group::BrowserPath);
    QCOMPARE(ChecklistModel::groupOf(QStringLiteral("http:alt-dns:https://go.xero.com/@1.2.3.4")),
        ChecklistModel::Group::AlternatePath);
    QCOMPARE(ChecklistModel::groupOf(QStringLiteral("tls:go.xero.com:1.2.3.4:443")), ChecklistModel::Group::Encryption);
    QCOMPARE(ChecklistModel::groupOf(QStringLiteral("status:direct:https://status.xero.com/")),
        ChecklistModel::Group::StatusPage);

    DiagnosisOptions options;
    options.profile = ServiceCatalog::builtInServices().constFirst();
    options.resolvers = DiagnosisOptions::defaultResolvers();
    ChecklistModel model;
    model.reset(QStringLiteral("Xero"), options);
    QVERIFY(model.indexOf(ChecklistModel::Group::StatusPage) >= 0);
    QVERIFY(model.indexOf(ChecklistModel::Group::EncryptedDns) < 0); // none configured
    model.probeStarted(QStringLiteral("dns:system:a"));
    model.probeStarted(QStringLiteral("dns:system:b"));
    const auto &step = model.steps().at(model.indexOf(ChecklistModel::Group::SystemDns));
    QCOMPARE(step.state, ChecklistModel::State::Checking);
    model.probeFinished(QStringLiteral("dns:system:a"), true);
    QCOMPARE(model.steps().at(model.indexOf(ChecklistModel::Group::SystemDns)).state, ChecklistModel::State::Checking);
    model.probeFinished(QStringLiteral("dns:system:b"), false);
    QCOMPARE(model.steps().at(model.indexOf(ChecklistModel::Group::SystemDns)).state, ChecklistModel::State::Failed);
    QVERIFY(model.title(ChecklistModel::Group::StatusPage).contains(QStringLiteral("Xero")));
}

void TestGuiWidgets::checklistMarksUnstartedStepsNotNeeded()
{
    DiagnosisOptions options;
    options.profile = customProfile(QUrl(QStringLiteral("http://127.0.0.1:9/")));
    ChecklistModel model;
    model.reset(QStringLiteral("127.0.0.1"), options);
    QVERIFY(model.indexOf(ChecklistModel::Group::Encryption) < 0); // plain http has no certificate
    model.probeStarted(QStringLiteral("http:direct:x"));
    model.finish(true);
    for (const auto &step : model.steps())
        QCOMPARE(step.state, ChecklistModel::State::Skipped);
    QCOMPARE(model.stateText(model.steps().at(model.indexOf(ChecklistModel::Group::DirectPath))),
        ChecklistModel::tr("Stopped"));
}

void TestGuiWidgets::pastedUrlFindsItsService_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("id");
    QTest::newRow("exact Xero host with a path") << "https://go.xero.com/app/payroll/123"
                                                 << "xero";
    QTest::newRow("another Xero host") << "https://reporting.xero.com/"
                                       << "xero";
    QTest::newRow("QuickBooks company host") << "https://c17.qbo.intuit.com/app/homepage"
                                             << "quickbooks";
    QTest::newRow("Intuit developer") << "https://developer.intuit.com/app/developer/dashboard"
                                      << "intuit-developer";
    QTest::newRow("unrelated site") << "https://example.com/xero.com"
                                    << "";
}

void TestGuiWidgets::pastedUrlFindsItsService()
{
    QFETCH(QString, url);
    QFETCH(QString, id);
    const ServiceCatalog catalog(ServiceCatalog::builtInServices());
    const auto match = catalog.matchUrl(QUrl(url));
    QCOMPARE(match ? match->id : QString(), id);
}

void TestGuiWidgets::servicePickerListsTheShippedThreeFirst()
{
    // Two profiles of the office's own, named so that alphabetical order would put one first.
    QFile shipped(QStringLiteral(":/gatecheck/profiles/xero.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const QJsonObject xero = QJsonDocument::fromJson(shipped.readAll()).object();
    const QString dir = ProfileRegistry::defaultUserDirectory();
    QVERIFY(QDir().mkpath(dir));
    for (const auto &[id, name] : {std::pair {"aardvark-books", "Aardvark Books"}, std::pair {"zeta", "Zeta Ledger"}}) {
        QJsonObject own = xero;
        own.insert(QStringLiteral("id"), QString::fromLatin1(id));
        own.insert(QStringLiteral("name"), QString::fromLatin1(name));
        QFile file(dir + QStringLiteral("/%1.json").arg(QString::fromLatin1(id)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(own).toJson());
    }
    StartPage page {ServiceCatalog()};
    QStringList ids;
    for (int i = 0; i < page.serviceCombo()->count(); ++i)
        ids << page.serviceCombo()->itemData(i).toString();
    QCOMPARE(ids,
        QStringList({QStringLiteral("xero"), QStringLiteral("quickbooks"), QStringLiteral("intuit-developer"),
            QStringLiteral("aardvark-books"), QStringLiteral("zeta"), StartPage::customId()}));
    QCOMPARE(page.serviceCombo()->itemText(1), QStringLiteral("QuickBooks Online"));
    QVERIFY(page.selectService(QStringLiteral("zeta")));
    QCOMPARE(page.serviceCombo()->currentText(), QStringLiteral("Zeta Ledger"));
    QVERIFY(!page.selectService(QStringLiteral("no-such-service")));
    QVERIFY(QDir(dir).removeRecursively());
}

void TestGuiWidgets::healthNeedsAnAnswerOnTheBrowsersPath()
{
    const auto outage = test::loadFixture(QStringLiteral("xero-vendor-outage.json"));
    const auto proxy = test::loadFixture(QStringLiteral("office-proxy-502.json"));
    const auto working = test::loadFixture(QStringLiteral("xero-working.json"));
    QVERIFY(!WatchController::isHealthy(outage.evidence, outage.diagnosis));
    // Direct works, but the browser's path (through the proxy) does not: not recovered.
    QVERIFY(!WatchController::isHealthy(proxy.evidence, Diagnosis {}));
    QVERIFY(WatchController::isHealthy(working.evidence, working.diagnosis));
    Evidence cancelled = working.evidence;
    cancelled.cancelled = true;
    QVERIFY(!WatchController::isHealthy(cancelled, working.diagnosis));
    const WatchPoint point = WatchController::pointFrom(outage.evidence, outage.diagnosis);
    QCOMPARE(point.samples.size(), outage.evidence.http.size());
    QVERIFY(point.samples.constFirst().failed);
}

void TestGuiWidgets::dnsDifferencesAreMarked()
{
    const auto proxy = test::loadFixture(QStringLiteral("office-proxy-502.json"));
    const auto rows = EvidencePresenter::dnsRows(proxy.evidence);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.constFirst().resolver, EvidencePresenter::tr("This computer (system resolver)"));
    QVERIFY(!rows.at(0).differs);
    QVERIFY(rows.at(1).differs);
    QVERIFY(rows.at(2).differs);
    const auto outage = test::loadFixture(QStringLiteral("xero-vendor-outage.json"));
    for (const DnsRow &row : EvidencePresenter::dnsRows(outage.evidence))
        QVERIFY2(!row.differs, qPrintable(row.resolver)); // same set, other order
}

void TestGuiWidgets::compareMarksDifferences()
{
    // core/report's comparison on the page: the status page explains the outage, its sentence
    // names both sides, and it is listed first.
    const auto outage = test::loadFixture(QStringLiteral("xero-vendor-outage.json"));
    const auto working = test::loadFixture(QStringLiteral("xero-working.json"));
    StoredRun a;
    a.evidence = outage.evidence;
    a.diagnosis = outage.diagnosis;
    StoredRun b;
    b.evidence = working.evidence;
    b.diagnosis = working.diagnosis;
    const VendorProfile xero = *ServiceCatalog().byId(QStringLiteral("xero"));
    ComparePage page;
    page.setRuns(a, b, xero, xero);
    const RunComparison &c = page.comparison();
    QVERIFY(page.differenceCount() > 0);
    QCOMPARE(page.table()->rowCount(), page.differenceCount());
    QVERIFY(c.differences.constFirst().explains);
    bool statusPage = false;
    for (const Difference &d : c.differences) {
        QVERIFY(!d.sentence.isEmpty());
        statusPage |= d.code == QLatin1String("status_page");
    }
    QVERIFY(statusPage);
    QCOMPARE(page.table()->item(0, 3)->text(), c.differences.constFirst().sentence);
    QVERIFY(page.table()->item(0, 0)->text().contains(c.differences.constFirst().topic));
    QVERIFY(!page.headlineText().isEmpty());
}

void TestGuiWidgets::timelinePlotsFailuresSeparately()
{
    const auto outage = test::loadFixture(QStringLiteral("xero-vendor-outage.json"));
    const auto working = test::loadFixture(QStringLiteral("xero-working.json"));
    TimelineChart chart;
    chart.addPoint(WatchController::pointFrom(outage.evidence, outage.diagnosis));
    chart.addPoint(WatchController::pointFrom(working.evidence, working.diagnosis));
    QCOMPARE(chart.failureCount(), 3);
    QCOMPARE(chart.pointCount(QStringLiteral("as-browser")), 1);
    QCOMPARE(chart.pointCount(QStringLiteral("direct")), 1);
    const QImage image = chart.renderImage(QSize(600, 300));
    QCOMPARE(image.size(), QSize(600, 300));
    chart.clear();
    QCOMPARE(chart.failureCount(), 0);
    QVERIFY(chart.pathsShown().isEmpty());
}

void TestGuiWidgets::settingsRoundTrip()
{
    AppSettings s = AppSettings::defaults();
    s.resolvers = {QStringLiteral("127.0.0.2:5353"), QStringLiteral("[::1]:53")};
    s.dohEndpoint = QStringLiteral("https://127.0.0.3/dns-query");
    s.probeTimeoutSeconds = 4;
    s.overallTimeoutSeconds = 12;
    s.watchIntervalMinutes = 7;
    s.redactReports = false;
    s.language = QStringLiteral("de");
    s.lastServiceId = QStringLiteral("quickbooks");
    s.save();
    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.resolvers, s.resolvers);
    QCOMPARE(loaded.dohEndpoint, s.dohEndpoint);
    QCOMPARE(loaded.probeTimeoutSeconds, 4);
    QCOMPARE(loaded.overallTimeoutSeconds, 12);
    QCOMPARE(loaded.watchIntervalMinutes, 7);
    QCOMPARE(loaded.redactReports, false);
    QCOMPARE(loaded.language, QStringLiteral("de"));
    QCOMPARE(loaded.lastServiceId, QStringLiteral("quickbooks"));
    DiagnosisOptions options;
    QVERIFY(loaded.applyTo(options));
    QCOMPARE(options.resolvers.size(), 2);
    QCOMPARE(options.resolvers.at(0).port, quint16(5353));
    QCOMPARE(options.dohEndpoints.value(0), QUrl(s.dohEndpoint));
    QCOMPARE(options.probeTimeout, std::chrono::milliseconds(4000));
    AppSettings::defaults().save();
}

void TestGuiWidgets::settingsRejectBadResolvers()
{
    QVERIFY(!AppSettings::validateResolvers({QStringLiteral("not-an-ip")}).isEmpty());
    QVERIFY(AppSettings::validateResolvers({QStringLiteral("9.9.9.9:53")}).isEmpty());
    QVERIFY(!AppSettings::validateDohEndpoint(QStringLiteral("http://1.1.1.1/dns-query")).isEmpty());
    AppSettings s = AppSettings::defaults();
    s.resolvers = {QStringLiteral("bogus"), QStringLiteral("127.0.0.2")};
    DiagnosisOptions options;
    QString error;
    QVERIFY(!s.applyTo(options, &error));
    QVERIFY(error.contains(QStringLiteral("bogus")));
    QCOMPARE(options.resolvers.size(), 1); // the good one is still used
}

GATECHECK_GUI_TEST_MAIN(TestGuiWidgets)
#include "tst_guiwidgets.moc"
