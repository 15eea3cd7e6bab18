// SPDX-License-Identifier: GPL-3.0-or-later
// Browser profiles read from disk — Chrome, Edge, Brave, Opera and Firefox in the Linux,
// Windows and macOS layouts (tests/data/env/browsers/*-home) — and the extension ratings,
// including truncated, binary, oversized and oddly encoded files.
#include "env/BrowserProfiles.h"
#include "env/ExtensionCatalog.h"
#include "env/MatchPattern.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::env;

namespace {

const QString kData = QStringLiteral(GATECHECK_TEST_DATA "/env/browsers/");
const QStringList kXeroHosts {QStringLiteral("go.xero.com"), QStringLiteral("login.xero.com")};
const QUrl kXero(QStringLiteral("https://go.xero.com/"));

const BrowserExtensionInfo *find(const BrowserScan &scan, const QString &browser, const QString &id)
{
    for (const BrowserExtensionInfo &x : scan.extensions)
        if (x.browser == browser && x.id == id)
            return &x;
    return nullptr;
}

const ProxySetting *firefoxProxy(const BrowserScan &scan, const QString &profile)
{
    for (const ProxySetting &p : scan.proxies)
        if (p.source == QLatin1String("firefox") && p.detail.contains(profile))
            return &p;
    return nullptr;
}

} // namespace

class TestEnvBrowsers : public QObject
{
    Q_OBJECT
private slots:
    void matchPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("covers");
        QTest::newRow("all urls") << "<all_urls>"
                                  << "go.xero.com" << true;
        QTest::newRow("any scheme any host") << "*://*/*"
                                             << "go.xero.com" << true;
        QTest::newRow("subdomain wildcard") << "https://*.xero.com/*"
                                            << "go.xero.com" << true;
        QTest::newRow("subdomain wildcard, bare domain") << "https://*.xero.com/*"
                                                         << "xero.com" << true;
        QTest::newRow("other domain") << "https://*.xero.com/*"
                                      << "xero.com.evil.example" << false;
        QTest::newRow("http only") << "http://*/*"
                                   << "go.xero.com" << false;
        QTest::newRow("exact host") << "*://go.xero.com/*"
                                    << "go.xero.com" << true;
        QTest::newRow("exact other host") << "*://login.xero.com/*"
                                          << "go.xero.com" << false;
        QTest::newRow("port in pattern") << "https://go.xero.com:8443/*"
                                         << "go.xero.com" << true;
        QTest::newRow("api name") << "storage"
                                  << "go.xero.com" << false;
    }
    void matchPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(bool, covers);
        QCOMPARE(patternCoversHost(pattern, host), covers);
    }

    void linuxChromeEdgeFirefox()
    {
        const BrowserScan scan =
            scanBrowsers(OsKind::Linux, kData + QLatin1String("linux-home"), QProcessEnvironment(), kXeroHosts, kXero);
        QCOMPARE(scan.profilesRead,
            (QStringList {QStringLiteral("chrome/Person 1"), QStringLiteral("chrome/Work"),
                QStringLiteral("edge/Profile 1"), QStringLiteral("firefox/default-release"),
                QStringLiteral("firefox/default")}));
        // uBlock Origin (MV2): webRequestBlocking + <all_urls>.
        const auto *ubo = find(scan, QStringLiteral("chrome"), QStringLiteral("cjpalhdlnbpafiamejdnhcphjbkeiagm"));
        QVERIFY(ubo);
        QCOMPARE(ubo->name, QStringLiteral("uBlock Origin"));
        QCOMPARE(ubo->version, QStringLiteral("1.55.0"));
        QVERIFY(ubo->enabled);
        QCOMPARE(ubo->risk, QStringLiteral("can_alter_requests"));
        QCOMPARE(ubo->category, QStringLiteral("ad_blocker"));
        QVERIFY(ubo->permissions.contains(QStringLiteral("webRequestBlocking")));
        QVERIFY(ubo->hostPermissions.contains(QStringLiteral("<all_urls>")));
        // AdBlock (MV3): the name comes from _locales (key case differs), DNR + <all_urls>.
        const auto *adblock = find(scan, QStringLiteral("chrome"), QStringLiteral("gighmmpiobklfepjocnamgkkbiglidom"));
        QVERIFY(adblock);
        QCOMPARE(adblock->name, QStringLiteral("AdBlock — block ads across the web"));
        QVERIFY(adblock->enabled); // disable_reasons: []
        QCOMPARE(adblock->risk, QStringLiteral("can_alter_requests"));
        // Google Docs Offline: content scripts on Google only: nothing to do with Xero.
        const auto *docs = find(scan, QStringLiteral("chrome"), QStringLiteral("ghbmnnjooekpmoecnnnilnnbdlolhkhi"));
        QVERIFY(docs);
        QCOMPARE(docs->risk, QStringLiteral("none"));
        // Component extensions (the PDF viewer) are part of the browser, not reported.
        QVERIFY(!find(scan, QStringLiteral("chrome"), QStringLiteral("mhjfbmdgcfjbbpaeojofohoefgiehjai")));
        // A settings entry without files on disk is noted, not invented.
        QVERIFY(!find(scan, QStringLiteral("chrome"), QStringLiteral("nonexistentnonexistentnonexistent")));
        QVERIFY(scan.notes.join(QLatin1Char('\n')).contains(QLatin1String("without files on disk")));
        // Proxy SwitchyOmega in the second profile: the proxy permission.
        const auto *omega = find(scan, QStringLiteral("chrome"), QStringLiteral("padekgcemlokbadohgkifijomclgjgif"));
        QVERIFY(omega);
        QCOMPARE(omega->profile, QStringLiteral("Work"));
        QCOMPARE(omega->name, QStringLiteral("Proxy SwitchyOmega"));
        QCOMPARE(omega->risk, QStringLiteral("can_proxy"));
        QCOMPARE(omega->category, QStringLiteral("proxy"));
        // A Xero-specific helper with host access to *.xero.com, but switched off.
        const auto *helper = find(scan, QStringLiteral("chrome"), QStringLiteral("abcdefghijklmnopabcdefghijklmnop"));
        QVERIFY(helper);
        QVERIFY(!helper->enabled);
        QCOMPARE(helper->risk, QStringLiteral("none"));
        QVERIFY(helper->riskReasons.first().contains(QLatin1String("switched off")));
        QVERIFY(helper->riskReasons.first().contains(QLatin1String("go.xero.com")));
        // Edge: uBlock from Edge Add-ons (its own id), and uBlock Origin Lite whose DNR has no host access.
        const auto *edgeUbo = find(scan, QStringLiteral("edge"), QStringLiteral("odfafepnkmbhccpbejgmiehpchacaeak"));
        QVERIFY(edgeUbo);
        QCOMPARE(edgeUbo->category, QStringLiteral("ad_blocker"));
        const auto *ubol = find(scan, QStringLiteral("edge"), QStringLiteral("ddkjiahejlhfcafbddmgiahcphecmpfh"));
        QVERIFY(ubol);
        QCOMPARE(ubol->risk, QStringLiteral("low"));
        QVERIFY(ubol->riskReasons.join(QLatin1Char(' ')).contains(QLatin1String("blocking needs no access")));
        QVERIFY(!find(scan, QStringLiteral("edge"), QStringLiteral("jmjflgjpcpepeafmmgdpfkogkghcpiha")));
        // Chrome's secure DNS setting from Local State.
        QCOMPARE(scan.dohSettings.first(),
            QStringLiteral("chrome: dns_over_https.mode=secure via https://dns.example.net/dns-query"));
    }

    void linuxFirefox()
    {
        const BrowserScan scan =
            scanBrowsers(OsKind::Linux, kData + QLatin1String("linux-home"), QProcessEnvironment(), kXeroHosts, kXero);
        const auto *ubo = find(scan, QStringLiteral("firefox"), QStringLiteral("uBlock0@raymondhill.net"));
        QVERIFY(ubo);
        QCOMPARE(ubo->profile, QStringLiteral("default-release"));
        QCOMPARE(ubo->risk, QStringLiteral("can_alter_requests"));
        const auto *foxy = find(scan, QStringLiteral("firefox"), QStringLiteral("foxyproxy@eric.h.jung"));
        QVERIFY(foxy);
        QVERIFY(!foxy->enabled);
        QCOMPARE(foxy->risk, QStringLiteral("none"));
        QCOMPARE(foxy->category, QStringLiteral("proxy"));
        const auto *containers = find(scan, QStringLiteral("firefox"), QStringLiteral("@testpilot-containers"));
        QVERIFY(containers);
        QCOMPARE(containers->risk, QStringLiteral("can_proxy"));
        // Built-in add-ons, themes and language packs are not extensions the user added.
        QVERIFY(!find(scan, QStringLiteral("firefox"), QStringLiteral("formautofill@mozilla.org")));
        QVERIFY(!find(scan, QStringLiteral("firefox"), QStringLiteral("default-theme@mozilla.org")));
        QVERIFY(!find(scan, QStringLiteral("firefox"), QStringLiteral("langpack-de@firefox.mozilla.org")));
        // Its own proxy, overriding the system's, and DoH-only mode.
        const ProxySetting *proxy = firefoxProxy(scan, QStringLiteral("default-release"));
        QVERIFY(proxy);
        QCOMPARE(proxy->effectiveForTarget, QStringLiteral("PROXY proxy.corp.example:3128"));
        const ProxySetting *other = firefoxProxy(scan, QStringLiteral("profile default;"));
        QVERIFY(other);
        QCOMPARE(other->mode, QStringLiteral("system"));
        QVERIFY(scan.dohSettings.join(QLatin1Char('\n'))
                    .contains(QLatin1String("firefox/default-release: network.trr.mode=3")));
    }

    void windowsLayout()
    {
        const BrowserScan scan = scanBrowsers(
            OsKind::Windows, kData + QLatin1String("windows-home"), QProcessEnvironment(), kXeroHosts, kXero);
        QCOMPARE(scan.profilesRead,
            (QStringList {QStringLiteral("chrome/Accounts"), QStringLiteral("firefox/default-release")}));
        // Settings only in Secure Preferences (HMAC-protected on Windows), name from en_US.
        const auto *browsec = find(scan, QStringLiteral("chrome"), QStringLiteral("omghfjlpggmjjaagoclmmobgdodcjboh"));
        QVERIFY(browsec);
        QCOMPARE(browsec->name, QStringLiteral("Browsec VPN - Free VPN for Chrome"));
        QCOMPARE(browsec->category, QStringLiteral("vpn"));
        QCOMPARE(browsec->risk, QStringLiteral("can_proxy"));
        const auto *docs = find(scan, QStringLiteral("chrome"), QStringLiteral("ghbmnnjooekpmoecnnnilnnbdlolhkhi"));
        QVERIFY(docs && !docs->enabled); // state 0
        // user.js (set by IT) overrides prefs.js: auto-detect, not the PAC URL.
        const ProxySetting *proxy = firefoxProxy(scan, QStringLiteral("default-release"));
        QVERIFY(proxy);
        QCOMPARE(proxy->mode, QStringLiteral("auto_detect"));
        // %LOCALAPPDATA% is honoured when set.
        QProcessEnvironment env;
        env.insert(QStringLiteral("LOCALAPPDATA"), kData + QLatin1String("windows-home/AppData/Local"));
        const auto installs = browserInstalls(OsKind::Windows, QStringLiteral("/nowhere"), env);
        QVERIFY(installs.first().root.startsWith(kData));
    }

    void macLayout()
    {
        const BrowserScan scan =
            scanBrowsers(OsKind::MacOS, kData + QLatin1String("macos-home"), QProcessEnvironment(), kXeroHosts, kXero);
        // Brave: uBlock with site access withheld ("on click"), granted only for one news site.
        const auto *ubo = find(scan, QStringLiteral("brave"), QStringLiteral("cjpalhdlnbpafiamejdnhcphjbkeiagm"));
        QVERIFY(ubo);
        QCOMPARE(ubo->hostPermissions, QStringList {QStringLiteral("https://news.example/*")});
        // Without access to Xero's hosts its blocking cannot touch Xero; only its "privacy"
        // permission (network privacy settings) is left.
        QCOMPARE(ubo->risk, QStringLiteral("low"));
        QCOMPARE(ubo->riskReasons, QStringList {QStringLiteral("can change the browser's network privacy settings")});
        // Opera keeps one profile directly in its directory, under extensions.opsettings.
        const auto *nord = find(scan, QStringLiteral("opera"), QStringLiteral("fjoaledfpmneenckfbpdfhkmimnjocfa"));
        QVERIFY(nord);
        QCOMPARE(nord->profile, QStringLiteral("Default"));
        QCOMPARE(nord->category, QStringLiteral("vpn"));
        QCOMPARE(nord->risk, QStringLiteral("can_proxy"));
    }

    void brokenProfiles()
    {
        const BrowserScan scan =
            scanBrowsers(OsKind::Linux, kData + QLatin1String("broken-home"), QProcessEnvironment(), kXeroHosts, kXero);
        const QString notes = scan.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("Local State is not valid JSON")), qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("Preferences is not valid JSON")), qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("extensions.json has no add-on list")), qPrintable(notes));
        // Manifest and messages with a UTF-8 BOM still read.
        const auto *adblock = find(scan, QStringLiteral("chrome"), QStringLiteral("gighmmpiobklfepjocnamgkkbiglidom"));
        QVERIFY(adblock);
        QCOMPARE(adblock->name, QStringLiteral("AdBlock (BOM)"));
        // Wrong types everywhere: no crash, no invented extension.
        QVERIFY(!find(scan, QStringLiteral("chrome"), QStringLiteral("weirdweirdweirdweirdweirdweirdwe")));
        QVERIFY(!find(scan, QStringLiteral("chrome"), QStringLiteral("manifestisnotjsonmanifestisnotjs")));
        // Firefox's prefs with garbage lines still give the SOCKS proxy.
        const ProxySetting *proxy = firefoxProxy(scan, QStringLiteral("broken"));
        QVERIFY(proxy);
        QCOMPARE(proxy->effectiveForTarget, QStringLiteral("SOCKS5 socks.example:1080"));
    }

    void oversizedPreferences()
    {
        QTemporaryDir home;
        const QString profile = home.filePath(QStringLiteral(".config/chromium/Default"));
        QVERIFY(QDir().mkpath(profile));
        QFile prefs(profile + QLatin1String("/Preferences"));
        QVERIFY(prefs.open(QIODevice::WriteOnly));
        prefs.write("{\"extensions\":{\"settings\":{");
        QVERIFY(prefs.resize(40 * 1024 * 1024)); // sparse; over the 32 MiB cap
        prefs.close();
        const BrowserScan scan = scanBrowsers(OsKind::Linux, home.path(), QProcessEnvironment(), kXeroHosts, kXero);
        QVERIFY(scan.extensions.isEmpty());
        QVERIFY2(scan.notes.join(QLatin1Char('\n')).contains(QLatin1String("too large")),
            qPrintable(scan.notes.join(QLatin1Char('\n'))));
    }

    void noBrowsersAtAll()
    {
        QTemporaryDir home;
        const BrowserScan scan = scanBrowsers(OsKind::Linux, home.path(), QProcessEnvironment(), kXeroHosts, kXero);
        QVERIFY(scan.extensions.isEmpty() && scan.profilesRead.isEmpty() && scan.notes.isEmpty());
    }

    void ratingWithoutATarget()
    {
        // No service given: only access to every site counts as host access.
        BrowserExtensionInfo x;
        x.id = QStringLiteral("x");
        x.name = QStringLiteral("Some Helper");
        x.enabled = true;
        x.permissions = {QStringLiteral("webRequestBlocking")};
        x.hostPermissions = {QStringLiteral("https://*.example.org/*")};
        ExtensionCatalog::builtIn().rate(x, {});
        QCOMPARE(x.risk, QStringLiteral("none"));
        x.hostPermissions << QStringLiteral("<all_urls>");
        ExtensionCatalog::builtIn().rate(x, {});
        QCOMPARE(x.risk, QStringLiteral("can_alter_requests"));
        QVERIFY(x.riskReasons.first().contains(QLatin1String("every site")));
        // The debugger permission needs no host permission to intercept everything.
        BrowserExtensionInfo d;
        d.enabled = true;
        d.permissions = {QStringLiteral("debugger")};
        ExtensionCatalog::builtIn().rate(d, kXeroHosts);
        QCOMPARE(d.risk, QStringLiteral("can_alter_requests"));
        QCOMPARE(riskRank(QStringLiteral("can_proxy")), 3);
        QVERIFY(ExtensionCatalog::builtIn().knownCount() > 30);
        QCOMPARE(ExtensionCatalog::builtIn().categoryFor(QStringLiteral("unknown"), QStringLiteral("Super VPN Free")),
            QStringLiteral("vpn"));
    }
};

QTEST_GUILESS_MAIN(TestEnvBrowsers)
#include "tst_env_browsers.moc"
