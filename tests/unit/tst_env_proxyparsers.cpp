// SPDX-License-Identifier: GPL-3.0-or-later
// Proxy settings of every OS, parsed from realistic captures (tests/data/env/<os>/).
#include "env/DesktopProxy.h"
#include "env/FileRead.h"
#include "env/FirefoxPrefs.h"
#include "env/MacScutil.h"
#include "env/ProxyRules.h"
#include "env/WindowsProxy.h"

#include <QTest>

using namespace gatecheck;
using namespace gatecheck::env;

namespace {

QByteArray fixture(const QString &relative)
{
    const auto data = readCapped(QStringLiteral(GATECHECK_TEST_DATA "/env/") + relative, 16 * 1024 * 1024);
    if (!data)
        qFatal("missing fixture %s", qPrintable(relative));
    return *data;
}

const QUrl kXero(QStringLiteral("https://go.xero.com/app/dashboard?x=1"));

} // namespace

class TestEnvProxyParsers : public QObject
{
    Q_OBJECT
private slots:
    void proxyUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pac");
        QTest::addColumn<bool>("credentials");
        QTest::newRow("bare host:port") << "proxy:3128"
                                        << "PROXY proxy:3128" << false;
        QTest::newRow("url with credentials") << "http://bob:s3cret@proxy.corp:8080/"
                                              << "PROXY proxy.corp:8080" << true;
        QTest::newRow("socks5h") << "socks5h://127.0.0.1:1080"
                                 << "SOCKS5 127.0.0.1:1080" << false;
        QTest::newRow("https proxy, default port") << "https://secure-proxy.example"
                                                   << "HTTPS secure-proxy.example:443" << false;
        QTest::newRow("ipv6 literal") << "http://[fd00::5]:3128"
                                      << "PROXY [fd00::5]:3128" << false;
        QTest::newRow("unknown scheme") << "ftp://proxy:21"
                                        << "" << false;
        QTest::newRow("empty") << "   "
                               << "" << false;
    }
    void proxyUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, pac);
        QFETCH(bool, credentials);
        const auto p = parseProxyUrl(text);
        QCOMPARE(p ? p->pacStyle() : QString(), pac);
        if (p)
            QCOMPARE(p->hadCredentials, credentials);
    }

    void bypassDialects_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("list");
        QTest::addColumn<int>("dialect");
        QTest::addColumn<bool>("bypassed");
        const int env = int(BypassDialect::Env), win = int(BypassDialect::WinInet), dom = int(BypassDialect::Domain);
        QTest::newRow("env suffix with dot") << "go.xero.com"
                                             << ".xero.com" << env << true;
        QTest::newRow("env bare domain covers subdomains") << "go.xero.com"
                                                           << "xero.com" << env << true;
        QTest::newRow("env does not match a longer name") << "notxero.com"
                                                          << "xero.com" << env << false;
        QTest::newRow("env star") << "anything.example"
                                  << "*" << env << true;
        QTest::newRow("env cidr") << "10.1.2.3"
                                  << "10.0.0.0/8" << env << true;
        QTest::newRow("env port is ignored") << "go.xero.com"
                                             << "go.xero.com:443" << env << true;
        QTest::newRow("wininet exact only") << "go.xero.com"
                                            << "xero.com" << win << false;
        QTest::newRow("wininet wildcard") << "go.xero.com"
                                          << "*.xero.com" << win << true;
        QTest::newRow("wininet <local> plain name") << "intranet"
                                                    << "<local>" << win << true;
        QTest::newRow("wininet <local> dotted name") << "go.xero.com"
                                                     << "<local>" << win << false;
        QTest::newRow("wininet ip wildcard") << "10.4.5.6"
                                             << "10.*" << win << true;
        QTest::newRow("macos abbreviated subnet") << "169.254.3.4"
                                                  << "169.254/16" << dom << true;
        QTest::newRow("domain list miss") << "go.xero.com"
                                          << "localhost, 127.0.0.1" << dom << false;
    }
    void bypassDialects()
    {
        QFETCH(QString, host);
        QFETCH(QString, list);
        QFETCH(int, dialect);
        QFETCH(bool, bypassed);
        QCOMPARE(bypassMatches(host, splitList(list, QStringLiteral(",; ")), BypassDialect(dialect)), bypassed);
    }

    void environmentVariables()
    {
        QProcessEnvironment env;
        QVERIFY(!envProxySetting(env, kXero)); // nothing set, nothing reported
        env.insert(QStringLiteral("https_proxy"), QStringLiteral("http://u:p@proxy.corp:3128"));
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("localhost,.internal"));
        auto s = envProxySetting(env, kXero);
        QVERIFY(s);
        QCOMPARE(s->source, QStringLiteral("env"));
        QCOMPARE(s->proxy, QStringLiteral("proxy.corp:3128"));
        QCOMPARE(s->effectiveForTarget, QStringLiteral("PROXY proxy.corp:3128"));
        QVERIFY2(!s->detail.contains(QLatin1String("p@")), "credentials must never be reported");
        QVERIFY(s->detail.contains(QLatin1String("user name and password")));
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("xero.com"));
        QCOMPARE(envProxySetting(env, kXero)->effectiveForTarget, QStringLiteral("DIRECT"));
        // Only the upper-case name: reported, with the warning that Qt-based programs ignore it.
        QProcessEnvironment upper;
        upper.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("proxy.corp:8080"));
        s = envProxySetting(upper, kXero);
        QVERIFY(s);
        QCOMPARE(s->effectiveForTarget, QStringLiteral("PROXY proxy.corp:8080"));
        QVERIFY(s->detail.contains(QLatin1String("only the upper-case HTTPS_PROXY")));
        // http_proxy alone does not apply to https URLs.
        QProcessEnvironment httpOnly;
        httpOnly.insert(QStringLiteral("http_proxy"), QStringLiteral("proxy.corp:8080"));
        QCOMPARE(envProxySetting(httpOnly, kXero)->effectiveForTarget, QStringLiteral("DIRECT"));
    }

    void pacQueryUrlStripsHttpsPath()
    {
        QCOMPARE(pacQueryUrl(kXero).toString(), QStringLiteral("https://go.xero.com/"));
        const QUrl plain(QStringLiteral("http://example.test/a?b"));
        QCOMPARE(pacQueryUrl(plain), plain);
    }

    // ---- Windows ----------------------------------------------------------------------

    void windowsPacAndAutoDetectExport()
    {
        int skipped = -1;
        const RegistryKeys keys =
            parseRegExport(fixture(QStringLiteral("windows/internet-settings-pac-autodetect.reg")), &skipped);
        QCOMPARE(skipped, 0);
        const auto s = winInetFromExport(keys);
        QVERIFY(s);
        QVERIFY(s->fromConnectionBlob);
        QVERIFY(s->autoDetect);
        QVERIFY(!s->proxyEnable);
        QCOMPARE(s->autoConfigUrl, QStringLiteral("http://wpad.corp.example/proxy.pac"));
        const ProxySetting p = proxySettingFrom(*s, kXero);
        QCOMPARE(p.source, QStringLiteral("wininet"));
        QCOMPARE(p.mode, QStringLiteral("auto_detect"));
        QCOMPARE(p.pacUrl, QStringLiteral("http://wpad.corp.example/proxy.pac"));
        QVERIFY(p.effectiveForTarget.isEmpty()); // only the PAC/WPAD evaluation can say
        QVERIFY(p.detail.contains(QLatin1String("switched off")));
    }

    void windowsManualExport()
    {
        const auto s =
            winInetFromExport(parseRegExport(fixture(QStringLiteral("windows/internet-settings-manual.reg"))));
        QVERIFY(s);
        QVERIFY(!s->autoDetect);
        ProxySetting p = proxySettingFrom(*s, kXero);
        QCOMPARE(p.mode, QStringLiteral("manual"));
        QCOMPARE(p.effectiveForTarget, QStringLiteral("PROXY proxy.corp.example:8443")); // the https= entry
        QCOMPARE(proxySettingFrom(*s, QUrl(QStringLiteral("http://go.xero.com/"))).effectiveForTarget,
            QStringLiteral("PROXY proxy.corp.example:8080"));
        QCOMPARE(proxySettingFrom(*s, QUrl(QStringLiteral("https://intranet.corp.example/"))).effectiveForTarget,
            QStringLiteral("DIRECT"));
        QCOMPARE(proxySettingFrom(*s, QUrl(QStringLiteral("https://fileserver/"))).effectiveForTarget,
            QStringLiteral("DIRECT")); // <local>
    }

    void windowsBrokenExports()
    {
        // Cut mid-way through a hex continuation: the keys before it survive, nothing crashes.
        int skipped = 0;
        const RegistryKeys truncated =
            parseRegExport(fixture(QStringLiteral("windows/internet-settings-truncated.reg")), &skipped);
        const auto s = winInetFromExport(truncated);
        QVERIFY(s);
        QCOMPARE(s->proxyServer.section(QLatin1Char(';'), 0, 0), QStringLiteral("http=proxy.corp.example:8080"));
        // A blob whose length field points far past its end, a bad hex line and a garbage line.
        const RegistryKeys corrupt =
            parseRegExport(fixture(QStringLiteral("windows/internet-settings-corrupt-blob.reg")), &skipped);
        QCOMPARE(skipped, 2);
        const auto c = winInetFromExport(corrupt);
        QVERIFY(c);
        QVERIFY(c->autoDetect); // the flags (0x0b) still came through
        QCOMPARE(c->proxyServer, QStringLiteral("proxy.corp.example:8080"));
        QVERIFY(!parseConnectionBlob(QByteArray("\x46\0\0", 3)));
        QVERIFY(parseRegExport(QByteArray()).isEmpty());
        QVERIFY(!winInetFromExport(parseRegExport("not a registry file at all")));
    }

    void netshWinHttp()
    {
        const auto direct =
            parseNetshWinHttp(QString::fromUtf8(fixture(QStringLiteral("windows/netsh-winhttp-direct.txt"))));
        QVERIFY(direct && direct->direct);
        const auto proxy =
            parseNetshWinHttp(QString::fromUtf8(fixture(QStringLiteral("windows/netsh-winhttp-proxy.txt"))));
        QVERIFY(proxy && !proxy->direct);
        const ProxySetting p = proxySettingFrom(*proxy, kXero);
        QCOMPARE(p.source, QStringLiteral("winhttp"));
        QCOMPARE(p.effectiveForTarget, QStringLiteral("PROXY proxy.corp.example:8080"));
        QCOMPARE(proxySettingFrom(*proxy, QUrl(QStringLiteral("https://a.corp.example/"))).effectiveForTarget,
            QStringLiteral("DIRECT"));
        // Localised output is not guessed at.
        QVERIFY(!parseNetshWinHttp(QString::fromUtf8(fixture(QStringLiteral("windows/netsh-winhttp-german.txt")))));
    }

    // ---- macOS ------------------------------------------------------------------------

    void macPac()
    {
        const auto d = parseScutilDictionary(QString::fromUtf8(fixture(QStringLiteral("macos/scutil-proxy-pac.txt"))));
        QVERIFY(d);
        QCOMPARE(d->value(QStringLiteral("ExceptionsList")).toList().size(), 2);
        const ProxySetting p = macProxySetting(*d, kXero);
        QCOMPARE(p.mode, QStringLiteral("pac"));
        QCOMPARE(p.pacUrl, QStringLiteral("http://wpad.corp.example/proxy.pac"));
    }
    void macManual()
    {
        const auto d =
            parseScutilDictionary(QString::fromUtf8(fixture(QStringLiteral("macos/scutil-proxy-manual.txt"))));
        QVERIFY(d);
        const ProxySetting p = macProxySetting(*d, kXero);
        QCOMPARE(p.mode, QStringLiteral("manual"));
        QCOMPARE(p.effectiveForTarget, QStringLiteral("PROXY proxy.corp.example:3129"));
        QCOMPARE(macProxySetting(*d, QUrl(QStringLiteral("http://go.xero.com/"))).effectiveForTarget,
            QStringLiteral("PROXY proxy.corp.example:3128"));
        QCOMPARE(macProxySetting(*d, QUrl(QStringLiteral("https://files.corp.example/"))).effectiveForTarget,
            QStringLiteral("DIRECT"));
        QCOMPARE(macProxySetting(*d, QUrl(QStringLiteral("https://nas/"))).effectiveForTarget,
            QStringLiteral("DIRECT")); // ExcludeSimpleHostnames
    }
    void macWpadAndNone()
    {
        const auto wpad =
            parseScutilDictionary(QString::fromUtf8(fixture(QStringLiteral("macos/scutil-proxy-wpad.txt"))));
        QVERIFY(wpad);
        const ProxySetting p = macProxySetting(*wpad, kXero);
        QCOMPARE(p.mode, QStringLiteral("auto_detect"));
        QVERIFY(p.detail.contains(QLatin1String("WPAD")));
        const auto none =
            parseScutilDictionary(QString::fromUtf8(fixture(QStringLiteral("macos/scutil-proxy-none.txt"))));
        QVERIFY(none);
        QCOMPARE(macProxySetting(*none, kXero).effectiveForTarget, QStringLiteral("DIRECT"));
    }
    void macMalformed()
    {
        QString error;
        QVERIFY(!parseScutilDictionary(
            QString::fromUtf8(fixture(QStringLiteral("macos/scutil-proxy-truncated.txt"))), &error));
        QVERIFY(error.contains(QLatin1String("ends inside")));
        QVERIFY(!parseScutilDictionary(QStringLiteral("  No proxy configuration\n"), &error));
        // 10,000 nested dictionaries: refused, not a stack overflow.
        QString deep = QStringLiteral("<dictionary> {\n");
        for (int i = 0; i < 10000; ++i)
            deep += QStringLiteral("k : <dictionary> {\n");
        QVERIFY(!parseScutilDictionary(deep, &error));
        QVERIFY(error.contains(QLatin1String("too deep")));
    }

    // ---- Linux desktops ----------------------------------------------------------------

    void gnomeManual()
    {
        const auto settings =
            parseGsettingsList(QString::fromUtf8(fixture(QStringLiteral("linux/gsettings-proxy-manual.txt"))));
        QCOMPARE(settings.value(QStringLiteral("org.gnome.system.proxy mode")), QStringLiteral("manual"));
        const auto p = gnomeProxySetting(settings, kXero);
        QVERIFY(p);
        QCOMPARE(p->source, QStringLiteral("gnome"));
        // https fields empty + use-same-proxy: the http proxy serves https too.
        QCOMPARE(p->effectiveForTarget, QStringLiteral("PROXY proxy.corp.example:3128"));
        QVERIFY(p->bypass.contains(QStringLiteral("it's.odd.example")));
        QCOMPARE(gnomeProxySetting(settings, QUrl(QStringLiteral("https://wiki.corp.example/")))->effectiveForTarget,
            QStringLiteral("DIRECT"));
    }
    void gnomeAutoAndNone()
    {
        const auto autoMode = gnomeProxySetting(
            parseGsettingsList(QString::fromUtf8(fixture(QStringLiteral("linux/gsettings-proxy-auto.txt")))), kXero);
        QVERIFY(autoMode);
        QCOMPARE(autoMode->mode, QStringLiteral("pac"));
        QCOMPARE(autoMode->pacUrl, QStringLiteral("http://wpad.corp.example/wpad.dat"));
        QVERIFY(autoMode->bypass.isEmpty());
        const auto none = gnomeProxySetting(
            parseGsettingsList(QString::fromUtf8(fixture(QStringLiteral("linux/gsettings-proxy-none.txt")))), kXero);
        QCOMPARE(none->mode, QStringLiteral("none"));
        QVERIFY(
            !gnomeProxySetting(parseGsettingsList(QStringLiteral("No such schema “org.gnome.system.proxy”\n")), kXero));
        QCOMPARE(parseGvariantStringArray(QStringLiteral("@as []")), QStringList {});
    }
    void kde()
    {
        const auto manual =
            kdeProxySetting(parseKdeIni(QString::fromUtf8(fixture(QStringLiteral("linux/kioslaverc-manual"))),
                                QStringLiteral("Proxy Settings")),
                kXero);
        QVERIFY(manual);
        QCOMPARE(manual->effectiveForTarget, QStringLiteral("PROXY proxy.corp.example:3129"));
        const auto pac = kdeProxySetting(parseKdeIni(QString::fromUtf8(fixture(QStringLiteral("linux/kioslaverc-pac"))),
                                             QStringLiteral("Proxy Settings")),
            kXero);
        QVERIFY(pac);
        QCOMPARE(pac->mode, QStringLiteral("pac"));
        QCOMPARE(pac->pacUrl, QStringLiteral("http://wpad.corp.example/proxy.pac"));
        QVERIFY(!kdeProxySetting(
            parseKdeIni(QStringLiteral("[General]\nfoo=bar\n"), QStringLiteral("Proxy Settings")), kXero));
    }

    // ---- Firefox ----------------------------------------------------------------------

    void firefoxPrefs()
    {
        const FirefoxPrefs prefs = parseFirefoxPrefs(QString::fromUtf8(
            fixture(QStringLiteral("browsers/linux-home/.mozilla/firefox/k2j4h7vd.default-release/prefs.js"))));
        QCOMPARE(prefs.skipped, 0);
        QCOMPARE(prefs.values.value(QStringLiteral("browser.startup.homepage")).toString(),
            QStringLiteral("https://go.xero.com/app/\"dashboard\""));
        const ProxySetting p = firefoxProxySetting(prefs, QStringLiteral("default-release"), kXero);
        QCOMPARE(p.source, QStringLiteral("firefox"));
        QCOMPARE(p.mode, QStringLiteral("manual"));
        QCOMPARE(p.effectiveForTarget, QStringLiteral("PROXY proxy.corp.example:3128"));
        QCOMPARE(
            firefoxProxySetting(prefs, QString(), QUrl(QStringLiteral("https://a.corp.example/"))).effectiveForTarget,
            QStringLiteral("DIRECT"));
        QVERIFY(
            firefoxDohSetting(prefs, QStringLiteral("default-release")).contains(QLatin1String("network.trr.mode=3")));
        // Absent network.proxy.type = 5 = follow the system.
        const FirefoxPrefs empty = parseFirefoxPrefs(QStringLiteral("// nothing\n"));
        QCOMPARE(firefoxProxySetting(empty, QString(), kXero).mode, QStringLiteral("system"));
        QVERIFY(firefoxDohSetting(empty, QString()).isEmpty());
    }
    void firefoxHostilePrefs()
    {
        const FirefoxPrefs prefs = parseFirefoxPrefs(QString::fromUtf8(
            fixture(QStringLiteral("browsers/broken-home/.mozilla/firefox/brok3n.default/prefs.js"))));
        QVERIFY(prefs.skipped >= 3);
        QCOMPARE(prefs.values.value(QStringLiteral("network.proxy.type")).toInt(), 1);
        QCOMPARE(prefs.values.value(QStringLiteral("network.proxy.socks_port")).toInt(), 1080);
        QCOMPARE(prefs.values.value(QStringLiteral("valid.after.garbage")).toString(), QStringLiteral("café"));
        QVERIFY(!prefs.values.contains(QStringLiteral("network.proxy.http")));
        const ProxySetting p = firefoxProxySetting(prefs, QString(), kXero);
        QCOMPARE(p.effectiveForTarget, QStringLiteral("SOCKS5 socks.example:1080"));
        // A 2 MB line without a closing quote, NUL bytes, a lone "user_pref(": no hang, no crash.
        QString hostile = QStringLiteral("user_pref(\"a\", \"") + QString(2'000'000, QLatin1Char('x'))
            + QStringLiteral("\nuser_pref(\"b\", 2);\n") + QChar(0) + QStringLiteral("user_pref(");
        const FirefoxPrefs h = parseFirefoxPrefs(hostile);
        QCOMPARE(h.values.value(QStringLiteral("b")).toInt(), 2);
        QVERIFY(!h.values.contains(QStringLiteral("a")));
    }
};

QTEST_GUILESS_MAIN(TestEnvProxyParsers)
#include "tst_env_proxyparsers.moc"
