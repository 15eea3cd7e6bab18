// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window when this computer's DNS gives a stale address. tests/gui/run-in-netns.sh
// runs this binary inside a network namespace of its own whose resolv.conf says 127.0.0.53,
// so the "system resolver" is a dnsmasq the test starts there:
//
//   127.0.0.53:53  the system resolver: go.vendor.test is 127.0.0.66, where nothing listens
//   127.0.0.2:53   the alternate resolver (the app's settings): go.vendor.test is 127.0.0.1
//   127.0.0.1      nginx serving the origin over http
//
// DoH points at a dead loopback port. Paste the address, press Diagnose, and the card must
// say dns_stale and that the user acts (flush the DNS cache).

#include "AppSettings.h"
#include "Application.h"
#include "Dnsmasq.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OriginSite.h"
#include "ResultPage.h"
#include "RigProcess.h"
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

const QString kVendorHost = QStringLiteral("go.vendor.test");
const QString kStaleIp = QStringLiteral("127.0.0.66");
const QString kLiveIp = QStringLiteral("127.0.0.1");

} // namespace

class TestGuiLiveDns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void staleSystemAddress();

private:
    QTemporaryDir m_dir;
};

void TestGuiLiveDns::initTestCase()
{
    // Only inside the namespace run-in-netns.sh made: outside it, 127.0.0.53 may be the
    // machine's own resolver and the test would neither control nor may touch it.
    if (qEnvironmentVariableIsEmpty("GATECHECK_TEST_NETNS")) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("run through tests/gui/run-in-netns.sh (ctest does)");
        QSKIP("run through tests/gui/run-in-netns.sh (ctest does)");
    }
    RIG_REQUIRE_PROGRAM("nginx");
    RIG_REQUIRE_PROGRAM("openssl");
    RIG_REQUIRE_PROGRAM("dnsmasq");
    for (const char *name : kProxyVariables)
        qunsetenv(name);
}

void TestGuiLiveDns::cleanup()
{
    AppSettings::defaults().save();
}

void TestGuiLiveDns::staleSystemAddress()
{
    OriginSite site;
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));

    Dnsmasq systemDns(QStringLiteral("127.0.0.53"), {}, 53);
    systemDns.addHost(kVendorHost, {kStaleIp}, 60);
    QVERIFY2(systemDns.start(&error), qPrintable(error));
    Dnsmasq altDns(QStringLiteral("127.0.0.2"), {}, 53);
    altDns.addHost(kVendorHost, {kLiveIp}, 60);
    QVERIFY2(altDns.start(&error), qPrintable(error));

    const quint16 dead = freeTcpPort();
    AppSettings s = AppSettings::defaults();
    s.resolvers = {QStringLiteral("127.0.0.2:53")};
    s.dohEndpoint = QStringLiteral("https://127.0.0.1:%1/dns-query").arg(dead);
    s.probeTimeoutSeconds = 10;
    s.overallTimeoutSeconds = 60;
    s.save();

    MainWindowSetup setup;
    setup.historyPath = m_dir.filePath(QStringLiteral("stale.sqlite"));
    MainWindow window(setup);
    window.show();
    const QString url = QStringLiteral("http://%1:%2/").arg(kVendorHost).arg(site.httpPort());
    window.startPage()->urlEdit()->clear();
    window.startPage()->urlEdit()->setFocus();
    QTest::keyClicks(window.startPage()->urlEdit(), url);
    QCOMPARE(window.startPage()->serviceCombo()->currentData().toString(), StartPage::customId());
    QSignalSpy finished(&window, &MainWindow::diagnosisFinished);
    QTest::mouseClick(window.startPage()->diagnoseButton(), Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Page::Running);
    QVERIFY2(finished.wait(150000) || finished.size() == 1, "no verdict within 150 s");
    QCOMPARE(window.currentPage(), MainWindow::Page::Result);

    const auto runs = window.archive().runs();
    QCOMPARE(runs.size(), 1);
    const auto stored = window.archive().run(runs.constFirst().id);
    QVERIFY(stored.has_value());
    const Diagnosis &d = stored->diagnosis;
    const QString headline = window.resultPage()->card()->headlineText();
    const QString who = window.resultPage()->card()->whoText();
    qInfo().noquote() << "verdict" << d.verdict.code << "|" << headline << "|" << who;
    QStringList codes;
    for (const Finding &f : d.findings)
        codes << f.code;
    QVERIFY2(d.verdict.code == QLatin1String("dns_stale"),
        qPrintable(d.verdict.code + QStringLiteral(" findings: ") + codes.join(QStringLiteral(", "))
            + QStringLiteral("\nsystem dnsmasq: ") + systemDns.queries().join(QStringLiteral("; "))
            + QStringLiteral("\nalt dnsmasq: ") + altDns.queries().join(QStringLiteral("; "))));

    // Both resolvers were really asked.
    QVERIFY2(systemDns.queries().contains(QStringLiteral("A ") + kVendorHost), qPrintable(systemDns.log()));
    QVERIFY2(altDns.queries().contains(QStringLiteral("A ") + kVendorHost), qPrintable(altDns.log()));

    // The finding behind the verdict: the user acts, and it names the stale and the good address.
    const Finding *stale = nullptr;
    for (const Finding &f : d.findings)
        if (f.code == QLatin1String("dns_stale"))
            stale = &f;
    QVERIFY(stale);
    QVERIFY(stale->whoFixes == WhoFixes::User);
    QVERIFY(d.verdict.whoFixes == WhoFixes::User);
    QVERIFY2(stale->detail.contains(kStaleIp) && stale->detail.contains(kLiveIp), qPrintable(stale->detail));

    // What the card says.
    QVERIFY(!headline.isEmpty());
    QCOMPARE(headline, d.verdict.headline);
    QVERIFY2(
        headline.contains(QStringLiteral("address"), Qt::CaseInsensitive) || headline.contains(QStringLiteral("DNS")),
        qPrintable(headline));
    QCOMPARE(who, VerdictPresenter::whoShouldAct(stale->whoFixes, kVendorHost));
    QCOMPARE(window.archive().runs().constFirst().verdictCode, QStringLiteral("dns_stale"));
}

GATECHECK_GUI_TEST_MAIN(TestGuiLiveDns)
#include "tst_guilive_dns.moc"
