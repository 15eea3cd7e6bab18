// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window against real servers (tests/rig) on 127.0.0.1: paste the address,
// press Diagnose, wait for the verdict the real probes and rules give, and check what the
// card says and who it says must act. Alternate resolvers and DoH point at a dead loopback
// port, targets are IP literals, so no packet leaves the machine.

#include "AppSettings.h"
#include "Application.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Mitmproxy.h"
#include "Nginx.h"
#include "OriginSite.h"
#include "ResultPage.h"
#include "RigProcess.h"
#include "TestCa.h"
#include "VerdictCard.h"
#include "VerdictPresenter.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace gatecheck;
using namespace gatecheck::gui;
using namespace gatecheck::rig;

namespace {

const char *const kProxyVariables[] = {
    "http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"};

// Sets https_proxy for one test, and removes every proxy variable again afterwards.
struct ProxyEnvironment
{
    explicit ProxyEnvironment(const QByteArray &httpsProxy = {})
    {
        for (const char *name : kProxyVariables)
            qunsetenv(name);
        if (!httpsProxy.isEmpty())
            qputenv("https_proxy", httpsProxy);
    }
    ~ProxyEnvironment()
    {
        for (const char *name : kProxyVariables)
            qunsetenv(name);
    }
};

struct Outcome
{
    Diagnosis diagnosis;
    QString headline; // as the card shows it
    QString who;
};

} // namespace

class TestGuiLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void healthyOrigin();
    void vendorGatewayErrorWithGreenStatusPage();
    void tlsInterceptionOnTheBrowsersPath();

private:
    // Pastes `url` on the start page, presses Diagnose, waits for the verdict.
    Outcome diagnose(MainWindow &window, const QString &url, const QString &expectedServiceId);
    QTemporaryDir m_dir;
    quint16 m_dead = 0;
};

void TestGuiLive::initTestCase()
{
    RIG_REQUIRE_PROGRAM("nginx");
    RIG_REQUIRE_PROGRAM("openssl");
    ProxyEnvironment none; // whatever the machine has, these runs go direct unless a test says otherwise
}

void TestGuiLive::init()
{
    m_dead = freeTcpPort();
    AppSettings s = AppSettings::defaults();
    s.resolvers = {QStringLiteral("127.0.0.1:%1").arg(m_dead)};
    s.dohEndpoint = QStringLiteral("https://127.0.0.1:%1/dns-query").arg(m_dead);
    s.probeTimeoutSeconds = 10;
    s.overallTimeoutSeconds = 40;
    s.save();
}

void TestGuiLive::cleanup()
{
    AppSettings::defaults().save();
}

Outcome TestGuiLive::diagnose(MainWindow &window, const QString &url, const QString &expectedServiceId)
{
    Outcome out;
    window.show();
    window.startPage()->urlEdit()->clear();
    window.startPage()->urlEdit()->setFocus();
    QTest::keyClicks(window.startPage()->urlEdit(), url);
    [&] { QCOMPARE(window.startPage()->serviceCombo()->currentData().toString(), expectedServiceId); }();
    QSignalSpy finished(&window, &MainWindow::diagnosisFinished);
    QTest::mouseClick(window.startPage()->diagnoseButton(), Qt::LeftButton);
    [&] {
        QCOMPARE(window.currentPage(), MainWindow::Page::Running);
        QVERIFY2(finished.wait(90000) || finished.size() == 1, "no verdict within 90 s");
        QCOMPARE(window.currentPage(), MainWindow::Page::Result);
    }();
    // What was stored is what was diagnosed.
    const auto runs = window.archive().runs();
    if (!runs.isEmpty())
        if (const auto stored = window.archive().run(runs.constFirst().id))
            out.diagnosis = stored->diagnosis;
    out.headline = window.resultPage()->card()->headlineText();
    out.who = window.resultPage()->card()->whoText();
    if (QTest::currentTestFailed() || out.diagnosis.verdict.code.isEmpty())
        return out;
    qInfo().noquote() << "verdict" << out.diagnosis.verdict.code << "|" << out.headline << "|" << out.who;
    return out;
}

void TestGuiLive::healthyOrigin()
{
    ProxyEnvironment none;
    OriginSite site;
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    MainWindowSetup setup;
    setup.historyPath = m_dir.filePath(QStringLiteral("healthy.sqlite"));
    MainWindow window(setup);
    const QString url = site.httpUrl(QStringLiteral("/")).toString();
    const Outcome o = diagnose(window, url, StartPage::customId());
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(o.diagnosis.verdict.code == QLatin1String("ok"), qPrintable(o.diagnosis.verdict.code));
    QCOMPARE(o.headline, o.diagnosis.verdict.headline);
    QCOMPARE(o.who, VerdictPresenter::whoShouldAct(WhoFixes::None, site.httpUrl({}).host()));
    QCOMPARE(window.resultPage()->card()->toneText(), VerdictPresenter::tr("Looks fine"));
    QCOMPARE(window.archive().runs().size(), 1);
    QCOMPARE(window.archive().runs().constFirst().verdictCode, QStringLiteral("ok"));
}

void TestGuiLive::vendorGatewayErrorWithGreenStatusPage()
{
    ProxyEnvironment none;
    Nginx nginx;
    QString error;
    QVERIFY2(nginx.start(&error), qPrintable(error));
    QFile green(QStringLiteral(GATECHECK_TEST_DATA "/statuspage/xero-all-green.json"));
    QVERIFY(green.open(QIODevice::ReadOnly));
    QVERIFY(nginx.writeFile(QStringLiteral("status/green/api/v2/summary.json"), green.readAll()));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(nginx.httpPort());

    // The office added its own profile for this app; pasting its address picks it.
    VendorProfile acme = customProfile(
        QUrl(base + QStringLiteral("/")), QUrl(base + QStringLiteral("/status/green/api/v2/summary.json")));
    acme.id = QStringLiteral("acme-ledger");
    acme.displayName = QStringLiteral("Acme Ledger");
    QList<VendorProfile> services = ServiceCatalog::builtInServices();
    services << acme;
    MainWindowSetup setup;
    setup.catalog = ServiceCatalog(services);
    setup.historyPath = m_dir.filePath(QStringLiteral("vendor502.sqlite"));
    MainWindow window(setup);
    const Outcome o = diagnose(window, base + QStringLiteral("/bad-gateway"), acme.id);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(o.diagnosis.verdict.code == QLatin1String("vendor_error"), qPrintable(o.diagnosis.verdict.code));
    QVERIFY(o.diagnosis.verdict.whoFixes == WhoFixes::Vendor);
    QCOMPARE(o.headline, o.diagnosis.verdict.headline);
    QCOMPARE(o.who, VerdictPresenter::whoShouldAct(WhoFixes::Vendor, QStringLiteral("Acme Ledger")));
    // The status page was read (green), so the card does not blame an outage.
    QVERIFY(!window.resultPage()->statusPageButton()->isHidden());
}

void TestGuiLive::tlsInterceptionOnTheBrowsersPath()
{
    RIG_REQUIRE_PROGRAM("mitmdump");
    OriginSite site;
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    QTemporaryDir dir;
    TestCa zscaler(dir.filePath(QStringLiteral("zscaler")), QStringLiteral("/CN=Zscaler Root CA/O=Zscaler Inc."));
    QVERIFY2(zscaler.create(&error), qPrintable(error));
    Mitmproxy mitm;
    mitm.setInterceptionCa(zscaler);
    mitm.setUpstreamTrustedCa(site.caPath());
    QVERIFY2(mitm.start(&error), qPrintable(error));
    // The browser's path goes through the middlebox (the system proxy Qt reads); the
    // origin's private CA is an extra root of "this computer", the middlebox's is not.
    ProxyEnvironment proxied(QStringLiteral("http://127.0.0.1:%1").arg(mitm.port()).toUtf8());

    MainWindowSetup setup;
    setup.historyPath = m_dir.filePath(QStringLiteral("tls.sqlite"));
    setup.extraSystemRootsPem = site.caPath();
    MainWindow window(setup);
    const Outcome o = diagnose(window, site.httpsUrl(QStringLiteral("/")).toString(), StartPage::customId());
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(o.diagnosis.verdict.code == QLatin1String("tls_interception"), qPrintable(o.diagnosis.verdict.code));
    QVERIFY(o.diagnosis.verdict.whoFixes == WhoFixes::It);
    QCOMPARE(o.headline, o.diagnosis.verdict.headline);
    QVERIFY2(o.headline.contains(QStringLiteral("Zscaler")), qPrintable(o.headline));
    QCOMPARE(o.who, VerdictPresenter::whoShouldAct(WhoFixes::It, site.httpsUrl({}).host()));
}

GATECHECK_GUI_TEST_MAIN(TestGuiLive)
#include "tst_guilive.moc"
