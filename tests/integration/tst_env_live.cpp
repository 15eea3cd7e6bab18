// SPDX-License-Identifier: GPL-3.0-or-later
// `gatecheck-cli environment` and `flush-dns` against real parts, each inside a network
// namespace the test made (so names resolve from its own hosts file and nothing leaves):
// a tun device carrying the traffic, https_proxy, a fake $HOME with Chrome/Edge/Firefox
// profiles (and one written by a real headless Chromium), a PAC file served by a real HTTP
// server, and a real caching dnsmasq whose cache the flush must empty.
#include "Netns.h"
#include "RigCli.h"
#include "RigProcess.h"
#include "TestCa.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck::rig;

namespace {

QString cli()
{
    return QStringLiteral(GATECHECK_BINARY_DIR "/app/cli/gatecheck-cli");
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

bool writeJson(const QString &path, const QJsonObject &o)
{
    return writeFile(path, QJsonDocument(o).toJson());
}

QJsonArray envArray(const CliResult &r, const char *key)
{
    return r.json.value(QStringLiteral("environment")).toObject().value(QString::fromLatin1(key)).toArray();
}

QJsonObject findBy(const QJsonArray &list, const char *key, const QString &value)
{
    for (const QJsonValue &v : list)
        if (v.toObject().value(QString::fromLatin1(key)).toString() == value)
            return v.toObject();
    return {};
}

QJsonObject interfaceWithAddress(const CliResult &r, const QString &address)
{
    for (const QJsonValue &v : envArray(r, "interfaces"))
        for (const QJsonValue &a : v.toObject().value(QStringLiteral("addresses")).toArray())
            if (a.toString() == address)
                return v.toObject();
    return {};
}

QJsonObject extension(const CliResult &r, const QString &browser, const QString &id)
{
    for (const QJsonValue &v : envArray(r, "extensions")) {
        const QJsonObject x = v.toObject();
        if (x.value(QStringLiteral("browser")).toString() == browser && x.value(QStringLiteral("id")).toString() == id)
            return x;
    }
    return {};
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

// One Chromium-family extension the way Chrome lays it out: the unpacked files under
// Extensions/<id>/<version>_0 and its entry in the profile's Preferences.
QJsonObject chromiumExtension(const QString &profileDir, const QString &id, const QJsonObject &manifest,
    const QStringList &api, const QStringList &hosts)
{
    const QString version = manifest.value(QStringLiteral("version")).toString();
    const QString relative = QStringLiteral("%1/%2_0").arg(id, version);
    writeJson(profileDir + QLatin1String("/Extensions/") + relative + QLatin1String("/manifest.json"), manifest);
    const QJsonObject permissions {{QStringLiteral("api"), strings(api)},
        {QStringLiteral("explicit_host"), strings(hosts)}, {QStringLiteral("manifest_permissions"), QJsonArray()},
        {QStringLiteral("scriptable_host"), QJsonArray()}};
    return {{QStringLiteral("active_permissions"), permissions}, {QStringLiteral("granted_permissions"), permissions},
        {QStringLiteral("creation_flags"), 9}, {QStringLiteral("disable_reasons"), QJsonArray()},
        {QStringLiteral("first_install_time"), QStringLiteral("13351262402861837")},
        {QStringLiteral("from_webstore"), true}, {QStringLiteral("location"), 1}, {QStringLiteral("path"), relative},
        {QStringLiteral("was_installed_by_default"), false}, {QStringLiteral("withholding_permissions"), false}};
}

QJsonObject chromiumPreferences(const QJsonObject &settings)
{
    return {{QStringLiteral("extensions"), QJsonObject {{QStringLiteral("settings"), settings}}},
        {QStringLiteral("profile"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Person 1")}}}};
}

QJsonObject firefoxAddon(
    const QString &id, const QString &name, const QStringList &permissions, const QStringList &origins)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("version"), QStringLiteral("2.0.1")},
        {QStringLiteral("type"), QStringLiteral("extension")},
        {QStringLiteral("location"), QStringLiteral("app-profile")}, {QStringLiteral("active"), true},
        {QStringLiteral("userDisabled"), false}, {QStringLiteral("appDisabled"), false},
        {QStringLiteral("defaultLocale"), QJsonObject {{QStringLiteral("name"), name}}},
        {QStringLiteral("userPermissions"),
            QJsonObject {
                {QStringLiteral("permissions"), strings(permissions)}, {QStringLiteral("origins"), strings(origins)}}}};
}

QString getent(const Netns &ns, const QString &name)
{
    QString out;
    ns.run({QStringLiteral("getent"), QStringLiteral("ahostsv4"), name}, &out);
    return out.section(QLatin1Char(' '), 0, 0).trimmed();
}

const QByteArray kHosts = "127.0.0.1 localhost\n192.0.2.10 go.xero.com vendor.test\n192.0.2.11 internal.test\n"
                          "198.51.100.5 other.example\n";

} // namespace

class TestEnvLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(cli()), "build gatecheck-cli first"); }

    void tunnelCarriesTheServiceTraffic()
    {
        RIG_REQUIRE_NETNS();
        Netns ns(QStringLiteral("tun"));
        QString error;
        QVERIFY2(ns.create(&error) && ns.setHosts(kHosts, &error) && ns.setResolvConf("nameserver 127.0.0.1\n", &error),
            qPrintable(error));
        QVERIFY2(ns.addTun(QStringLiteral("tun7"), QStringLiteral("10.77.0.2/24"), true, &error), qPrintable(error));
        QTemporaryDir home;
        const CliResult r = runCli(cli(),
            {QStringLiteral("environment"), QStringLiteral("--json"), QStringLiteral("--url"),
                QStringLiteral("https://vendor.test/")},
            ns.execPrefix(), {{QStringLiteral("HOME"), home.path()}});
        QVERIFY2(r.exitCode == 0 && !r.json.isEmpty(), qPrintable(r.describe()));
        const QJsonObject tun = findBy(envArray(r, "interfaces"), "name", QStringLiteral("tun7"));
        QVERIFY2(!tun.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(tun.value(QStringLiteral("kind")).toString(), QStringLiteral("tunnel"));
        QVERIFY(tun.value(QStringLiteral("is_vpn")).toBool());
        QVERIFY(tun.value(QStringLiteral("carries_target_traffic")).toBool());
        QVERIFY(tun.value(QStringLiteral("carries_default_route")).toBool());
        QCOMPARE(tun.value(QStringLiteral("tunnel_mode")).toString(), QStringLiteral("full"));
        QVERIFY(tun.value(QStringLiteral("description")).toString().contains(QLatin1String("tun")));
        QVERIFY(tun.value(QStringLiteral("mtu")).toInt() > 0);
        QVERIFY(findBy(envArray(r, "interfaces"), "name", QStringLiteral("lo")).isEmpty());
        QCOMPARE(r.json.value(QStringLiteral("environment")).toObject().value(QStringLiteral("dns_servers")).toArray(),
            QJsonArray {QStringLiteral("127.0.0.1")});
    }

    void splitTunnelCarriesOnlyItsRoutes()
    {
        RIG_REQUIRE_NETNS();
        Netns router(QStringLiteral("rtr"));
        Netns client(QStringLiteral("spl"));
        QString error;
        QVERIFY2(router.create(&error) && client.create(&error), qPrintable(error));
        QVERIFY2(client.linkTo(router, QStringLiteral("192.168.50.2/24"), QStringLiteral("192.168.50.1/24"), &error),
            qPrintable(error));
        QVERIFY2(client.ip({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"),
                               QStringLiteral("via"), QStringLiteral("192.168.50.1")},
                     &error),
            qPrintable(error));
        QVERIFY2(
            client.addTun(QStringLiteral("tun8"), QStringLiteral("10.78.0.2/24"), false, &error), qPrintable(error));
        QVERIFY2(client.ip({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("10.78.0.0/16"),
                               QStringLiteral("dev"), QStringLiteral("tun8")},
                     &error),
            qPrintable(error));
        QVERIFY(client.setHosts("127.0.0.1 localhost\n10.78.9.9 vendor.test\n198.51.100.77 public.test\n", &error));
        QTemporaryDir home;
        const QMap<QString, QString> env {{QStringLiteral("HOME"), home.path()}};
        const CliResult toVendor = runCli(cli(),
            {QStringLiteral("environment"), QStringLiteral("--json"), QStringLiteral("--url"),
                QStringLiteral("https://vendor.test/")},
            client.execPrefix(), env);
        QVERIFY2(toVendor.exitCode == 0, qPrintable(toVendor.describe()));
        QJsonObject tun = findBy(envArray(toVendor, "interfaces"), "name", QStringLiteral("tun8"));
        QVERIFY(tun.value(QStringLiteral("is_vpn")).toBool());
        QVERIFY(tun.value(QStringLiteral("carries_target_traffic")).toBool());
        QVERIFY(!tun.value(QStringLiteral("carries_default_route")).toBool());
        QCOMPARE(tun.value(QStringLiteral("tunnel_mode")).toString(), QStringLiteral("split"));
        QJsonObject lan = interfaceWithAddress(toVendor, QStringLiteral("192.168.50.2"));
        QVERIFY2(!lan.isEmpty(), qPrintable(toVendor.describe()));
        QVERIFY(lan.value(QStringLiteral("carries_default_route")).toBool());
        QVERIFY(!lan.value(QStringLiteral("carries_target_traffic")).toBool());
        QVERIFY(!lan.value(QStringLiteral("is_vpn")).toBool());

        const CliResult toPublic = runCli(cli(),
            {QStringLiteral("environment"), QStringLiteral("--json"), QStringLiteral("--url"),
                QStringLiteral("https://public.test/")},
            client.execPrefix(), env);
        QVERIFY2(toPublic.exitCode == 0, qPrintable(toPublic.describe()));
        tun = findBy(envArray(toPublic, "interfaces"), "name", QStringLiteral("tun8"));
        QVERIFY(!tun.value(QStringLiteral("carries_target_traffic")).toBool());
        lan = interfaceWithAddress(toPublic, QStringLiteral("192.168.50.2"));
        QVERIFY(lan.value(QStringLiteral("carries_target_traffic")).toBool());
    }

    void httpsProxyIsReportedAndUsed()
    {
        RIG_REQUIRE_NETNS();
        Netns ns(QStringLiteral("prx"));
        QString error;
        QVERIFY2(ns.create(&error) && ns.setHosts(kHosts, &error), qPrintable(error));
        QTemporaryDir home;
        const QMap<QString, QString> env {{QStringLiteral("HOME"), home.path()},
            {QStringLiteral("https_proxy"), QStringLiteral("http://bk:s3cret@127.0.0.1:3128")},
            {QStringLiteral("no_proxy"), QStringLiteral("localhost,internal.test")},
            {QStringLiteral("HTTPS_PROXY"), QString()}, {QStringLiteral("http_proxy"), QString()},
            {QStringLiteral("all_proxy"), QString()}};
        const CliResult r = runCli(cli(),
            {QStringLiteral("environment"), QStringLiteral("--json"), QStringLiteral("--url"),
                QStringLiteral("https://vendor.test/")},
            ns.execPrefix(), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject fromEnv = findBy(envArray(r, "proxies"), "source", QStringLiteral("env"));
        QCOMPARE(fromEnv.value(QStringLiteral("proxy")).toString(), QStringLiteral("127.0.0.1:3128"));
        QCOMPARE(
            fromEnv.value(QStringLiteral("effective_for_target")).toString(), QStringLiteral("PROXY 127.0.0.1:3128"));
        // The as-browser path's own proxy lookup (Qt's system proxy) resolves to the same proxy.
        const QJsonObject system = findBy(envArray(r, "proxies"), "source", QStringLiteral("system"));
        QVERIFY2(system.value(QStringLiteral("effective_for_target"))
                     .toString()
                     .startsWith(QLatin1String("PROXY 127.0.0.1:3128")),
            qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("s3cret"), "a proxy password must never be printed");
        // no_proxy exempts a host, for the variables and for the app's own lookup alike.
        const CliResult exempt = runCli(cli(),
            {QStringLiteral("environment"), QStringLiteral("--json"), QStringLiteral("--url"),
                QStringLiteral("https://internal.test/")},
            ns.execPrefix(), env);
        QCOMPARE(findBy(envArray(exempt, "proxies"), "source", QStringLiteral("env"))
                     .value(QStringLiteral("effective_for_target"))
                     .toString(),
            QStringLiteral("DIRECT"));
        QCOMPARE(findBy(envArray(exempt, "proxies"), "source", QStringLiteral("system"))
                     .value(QStringLiteral("effective_for_target"))
                     .toString(),
            QStringLiteral("DIRECT"));
    }

    void fakeHomeBrowsersAreInventoriedAndRated()
    {
        RIG_REQUIRE_NETNS();
        QTemporaryDir home;
        const QString chrome = home.filePath(QStringLiteral(".config/google-chrome/Default"));
        const QString edge = home.filePath(QStringLiteral(".config/microsoft-edge/Default"));
        QJsonObject chromeSettings;
        chromeSettings.insert(QStringLiteral("aaaabbbbccccddddeeeeffffgggghhhh"),
            chromiumExtension(chrome, QStringLiteral("aaaabbbbccccddddeeeeffffgggghhhh"),
                {{QStringLiteral("manifest_version"), 3},
                    {QStringLiteral("name"), QStringLiteral("Office Proxy Switcher")},
                    {QStringLiteral("version"), QStringLiteral("4.1.0")},
                    {QStringLiteral("permissions"), strings({QStringLiteral("proxy"), QStringLiteral("storage")})},
                    {QStringLiteral("host_permissions"), strings({QStringLiteral("<all_urls>")})}},
                {QStringLiteral("proxy"), QStringLiteral("storage")}, {QStringLiteral("<all_urls>")}));
        chromeSettings.insert(QStringLiteral("cjpalhdlnbpafiamejdnhcphjbkeiagm"),
            chromiumExtension(chrome, QStringLiteral("cjpalhdlnbpafiamejdnhcphjbkeiagm"),
                {{QStringLiteral("manifest_version"), 2}, {QStringLiteral("name"), QStringLiteral("uBlock Origin")},
                    {QStringLiteral("version"), QStringLiteral("1.55.0")},
                    {QStringLiteral("permissions"),
                        strings({QStringLiteral("webRequest"), QStringLiteral("webRequestBlocking"),
                            QStringLiteral("<all_urls>")})}},
                {QStringLiteral("webRequest"), QStringLiteral("webRequestBlocking")}, {QStringLiteral("<all_urls>")}));
        QVERIFY(writeJson(chrome + QLatin1String("/Preferences"), chromiumPreferences(chromeSettings)));
        QJsonObject edgeSettings;
        edgeSettings.insert(QStringLiteral("pdffkfellgipmhklpdmokmckkkfcopbh"),
            chromiumExtension(edge, QStringLiteral("pdffkfellgipmhklpdmokmckkkfcopbh"),
                {{QStringLiteral("manifest_version"), 3}, {QStringLiteral("name"), QStringLiteral("AdGuard AdBlocker")},
                    {QStringLiteral("version"), QStringLiteral("5.0.91")},
                    {QStringLiteral("permissions"), strings({QStringLiteral("declarativeNetRequest")})},
                    {QStringLiteral("host_permissions"), strings({QStringLiteral("<all_urls>")})}},
                {QStringLiteral("declarativeNetRequest")}, {QStringLiteral("<all_urls>")}));
        QVERIFY(writeJson(edge + QLatin1String("/Preferences"), chromiumPreferences(edgeSettings)));
        QVERIFY(writeFile(home.filePath(QStringLiteral(".mozilla/firefox/profiles.ini")),
            "[Profile0]\nName=default-release\nIsRelative=1\nPath=t3st.default-release\nDefault=1\n"));
        QJsonArray addons {
            firefoxAddon(QStringLiteral("uBlock0@raymondhill.net"), QStringLiteral("uBlock Origin"),
                {QStringLiteral("webRequest"), QStringLiteral("webRequestBlocking")}, {QStringLiteral("<all_urls>")}),
            firefoxAddon(
                QStringLiteral("notes@example.org"), QStringLiteral("Quick Notes"), {QStringLiteral("storage")}, {})};
        QVERIFY(writeJson(home.filePath(QStringLiteral(".mozilla/firefox/t3st.default-release/extensions.json")),
            {{QStringLiteral("schemaVersion"), 36}, {QStringLiteral("addons"), addons}}));

        Netns ns(QStringLiteral("ext"));
        QString error;
        QVERIFY2(ns.create(&error) && ns.setHosts(kHosts, &error), qPrintable(error));
        const CliResult r = runCli(cli(),
            {QStringLiteral("environment"), QStringLiteral("--json"), QStringLiteral("--url"),
                QStringLiteral("https://go.xero.com/")},
            ns.execPrefix(), {{QStringLiteral("HOME"), home.path()}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(envArray(r, "extensions").size(), 5);
        const QJsonObject proxyExt =
            extension(r, QStringLiteral("chrome"), QStringLiteral("aaaabbbbccccddddeeeeffffgggghhhh"));
        QCOMPARE(proxyExt.value(QStringLiteral("name")).toString(), QStringLiteral("Office Proxy Switcher"));
        QCOMPARE(proxyExt.value(QStringLiteral("risk")).toString(), QStringLiteral("can_proxy"));
        QCOMPARE(proxyExt.value(QStringLiteral("category")).toString(), QStringLiteral("proxy"));
        const QJsonObject ubo =
            extension(r, QStringLiteral("chrome"), QStringLiteral("cjpalhdlnbpafiamejdnhcphjbkeiagm"));
        QCOMPARE(ubo.value(QStringLiteral("category")).toString(), QStringLiteral("ad_blocker"));
        QCOMPARE(ubo.value(QStringLiteral("risk")).toString(), QStringLiteral("can_alter_requests"));
        QVERIFY(ubo.value(QStringLiteral("risk_reasons"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QLatin1String("every site")));
        const QJsonObject adguard =
            extension(r, QStringLiteral("edge"), QStringLiteral("pdffkfellgipmhklpdmokmckkkfcopbh"));
        QCOMPARE(adguard.value(QStringLiteral("category")).toString(), QStringLiteral("ad_blocker"));
        QCOMPARE(adguard.value(QStringLiteral("risk")).toString(), QStringLiteral("can_alter_requests"));
        QCOMPARE(extension(r, QStringLiteral("firefox"), QStringLiteral("uBlock0@raymondhill.net"))
                     .value(QStringLiteral("profile"))
                     .toString(),
            QStringLiteral("default-release"));
        QCOMPARE(extension(r, QStringLiteral("firefox"), QStringLiteral("notes@example.org"))
                     .value(QStringLiteral("risk"))
                     .toString(),
            QStringLiteral("none"));
        // The text rendering names them too.
        const CliResult text = runCli(cli(),
            {QStringLiteral("environment"), QStringLiteral("--url"), QStringLiteral("https://go.xero.com/")},
            ns.execPrefix(), {{QStringLiteral("HOME"), home.path()}});
        QVERIFY(text.out.contains("Office Proxy Switcher"));
        QVERIFY(text.out.contains("can_proxy"));
    }

    void realChromiumProfileIsRead()
    {
        RIG_REQUIRE_NETNS();
        RIG_REQUIRE_PROGRAM("chromium");
        QTemporaryDir home;
        QTemporaryDir extensionDir;
        QVERIFY(writeJson(extensionDir.filePath(QStringLiteral("manifest.json")),
            {{QStringLiteral("manifest_version"), 3}, {QStringLiteral("name"), QStringLiteral("__MSG_extName__")},
                {QStringLiteral("default_locale"), QStringLiteral("en")},
                {QStringLiteral("version"), QStringLiteral("1.2.3")},
                {QStringLiteral("permissions"), strings({QStringLiteral("proxy"), QStringLiteral("storage")})},
                {QStringLiteral("host_permissions"), strings({QStringLiteral("<all_urls>")})},
                {QStringLiteral("background"),
                    QJsonObject {{QStringLiteral("service_worker"), QStringLiteral("bg.js")}}}}));
        QVERIFY(writeJson(extensionDir.filePath(QStringLiteral("_locales/en/messages.json")),
            {{QStringLiteral("extName"),
                QJsonObject {{QStringLiteral("message"), QStringLiteral("Rig Proxy Switcher")}}}}));
        QVERIFY(writeFile(extensionDir.filePath(QStringLiteral("bg.js")), "// no code needed\n"));
        // The browser runs inside a namespace with no route anywhere: it cannot phone home.
        Netns ns(QStringLiteral("crm"));
        QString error;
        QVERIFY2(ns.create(&error) && ns.setHosts(kHosts, &error), qPrintable(error));
        const QString userData = home.filePath(QStringLiteral(".config/chromium"));
        RigProcess chromium(QStringLiteral("chromium"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        QVERIFY(chromium.start(QStringLiteral("chromium"),
            {QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-gpu"),
                QStringLiteral("--no-first-run"), QStringLiteral("--user-data-dir=") + userData,
                QStringLiteral("--load-extension=") + extensionDir.path(), QStringLiteral("about:blank")},
            ns.execPrefix(), env));
        const QString prefs = userData + QLatin1String("/Default/Preferences");
        const auto written = [&] {
            QFile f(prefs);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains(extensionDir.path().toUtf8());
        };
        // Chromium writes its Preferences a few seconds after start, and again when it quits.
        QTRY_VERIFY_WITH_TIMEOUT(written() || !chromium.isRunning(), 90000);
        chromium.stop();
        QVERIFY2(written(), qPrintable(chromium.output().right(2000)));

        const CliResult r = runCli(cli(),
            {QStringLiteral("environment"), QStringLiteral("--json"), QStringLiteral("--url"),
                QStringLiteral("https://go.xero.com/")},
            ns.execPrefix(), {{QStringLiteral("HOME"), home.path()}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject x = findBy(envArray(r, "extensions"), "name", QStringLiteral("Rig Proxy Switcher"));
        QVERIFY2(!x.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(x.value(QStringLiteral("browser")).toString(), QStringLiteral("chromium"));
        QCOMPARE(x.value(QStringLiteral("version")).toString(), QStringLiteral("1.2.3"));
        QVERIFY(x.value(QStringLiteral("enabled")).toBool());
        QCOMPARE(x.value(QStringLiteral("risk")).toString(), QStringLiteral("can_proxy"));
        // Chromium's own built-in component extensions are not reported.
        for (const QJsonValue &v : envArray(r, "extensions"))
            QVERIFY(v.toObject().value(QStringLiteral("id")).toString()
                != QLatin1String("mhjfbmdgcfjbbpaeojofohoefgiehjai"));
    }

    void pacServedByTheRigIsEvaluated()
    {
        RIG_REQUIRE_NETNS();
        RIG_REQUIRE_PROGRAM("python3");
        Netns ns(QStringLiteral("pac"));
        QString error;
        QVERIFY2(ns.create(&error) && ns.setHosts(kHosts, &error), qPrintable(error));
        RigProcess server(QStringLiteral("pac-server"));
        QVERIFY(server.writeFile(QStringLiteral("www/proxy.pac"), R"(
            function FindProxyForURL(url, host) {
                if (dnsDomainIs(host, ".xero.com") && isInNet(dnsResolve(host), "192.0.2.0", "255.255.255.0"))
                    return "PROXY 10.9.9.9:3128; DIRECT";
                return "DIRECT";
            })"));
        QVERIFY(server.writeFile(QStringLiteral("www/loop.pac"), "function FindProxyForURL(u, h) { while (true) {} }"));
        QVERIFY(server.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("18080"),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"),
                server.filePath(QStringLiteral("www"))},
            ns.execPrefix()));
        QVERIFY2(server.waitForOutput(QStringLiteral("Serving HTTP"), std::chrono::seconds(30)),
            qPrintable(server.output()));

        // KDE's "use proxy configuration URL" and Firefox's own PAC setting, in a fake home.
        QTemporaryDir home;
        QVERIFY(writeFile(home.filePath(QStringLiteral(".config/kioslaverc")),
            "[Proxy Settings]\nProxyType=2\nProxy Config Script=http://127.0.0.1:18080/proxy.pac\n"));
        QVERIFY(writeFile(home.filePath(QStringLiteral(".mozilla/firefox/profiles.ini")),
            "[Profile0]\nName=work\nIsRelative=1\nPath=w0rk.default\n"));
        QVERIFY(writeFile(home.filePath(QStringLiteral(".mozilla/firefox/w0rk.default/prefs.js")),
            "user_pref(\"network.proxy.type\", 2);\n"
            "user_pref(\"network.proxy.autoconfig_url\", \"http://127.0.0.1:18080/proxy.pac\");\n"));
        const QMap<QString, QString> env {{QStringLiteral("HOME"), home.path()}};
        const auto run = [&](const QString &url) {
            return runCli(cli(),
                {QStringLiteral("environment"), QStringLiteral("--json"), QStringLiteral("--url"), url},
                ns.execPrefix(), env);
        };
        CliResult r = run(QStringLiteral("https://go.xero.com/app/dashboard"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject pac = findBy(envArray(r, "proxies"), "source", QStringLiteral("pac"));
        QCOMPARE(pac.value(QStringLiteral("effective_for_target")).toString(),
            QStringLiteral("PROXY 10.9.9.9:3128; DIRECT"));
        QVERIFY(pac.value(QStringLiteral("detail")).toString().contains(QLatin1String("https://go.xero.com/")));
        QCOMPARE(findBy(envArray(r, "proxies"), "source", QStringLiteral("kde"))
                     .value(QStringLiteral("effective_for_target"))
                     .toString(),
            QStringLiteral("PROXY 10.9.9.9:3128; DIRECT"));
        QCOMPARE(findBy(envArray(r, "proxies"), "source", QStringLiteral("firefox"))
                     .value(QStringLiteral("effective_for_target"))
                     .toString(),
            QStringLiteral("PROXY 10.9.9.9:3128; DIRECT"));
        QVERIFY2(server.output().contains(QLatin1String("GET /proxy.pac")), qPrintable(server.output()));

        r = run(QStringLiteral("https://other.example/"));
        QCOMPARE(findBy(envArray(r, "proxies"), "source", QStringLiteral("pac"))
                     .value(QStringLiteral("effective_for_target"))
                     .toString(),
            QStringLiteral("DIRECT"));

        // A script that never returns: the run still ends, and says why.
        QVERIFY(writeFile(home.filePath(QStringLiteral(".config/kioslaverc")),
            "[Proxy Settings]\nProxyType=2\nProxy Config Script=http://127.0.0.1:18080/loop.pac\n"));
        QVERIFY(QFile::remove(home.filePath(QStringLiteral(".mozilla/firefox/w0rk.default/prefs.js"))));
        r = run(QStringLiteral("https://go.xero.com/"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(findBy(envArray(r, "proxies"), "source", QStringLiteral("pac"))
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QLatin1String("did not answer")),
            qPrintable(r.describe()));

        // The server gone: reported as not fetched, nothing invented.
        server.stop();
        r = run(QStringLiteral("https://go.xero.com/"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject gone = findBy(envArray(r, "proxies"), "source", QStringLiteral("pac"));
        QVERIFY(gone.value(QStringLiteral("detail")).toString().contains(QLatin1String("could not be fetched")));
        QVERIFY(gone.value(QStringLiteral("effective_for_target")).toString().isEmpty());
    }

    void nonPublicRootInAMountNamespace()
    {
        RIG_REQUIRE_NETNS(); // root
        RIG_REQUIRE_PROGRAM("unshare");
        RIG_REQUIRE_PROGRAM("openssl");
        QTemporaryDir work;
        QString error;
        const QString caDir = work.filePath(QStringLiteral("ca"));
        QDir().mkpath(caDir);
        TestCa ca(caDir, QStringLiteral("/CN=Gatecheck Test Inspection Root/O=Fortinet"));
        QVERIFY2(ca.create(&error), qPrintable(error));
        // The namespace's /etc/ssl/certs: the test root plus one publicly trusted root.
        const QString certs = work.filePath(QStringLiteral("certs"));
        const QString empty = work.filePath(QStringLiteral("empty"));
        QDir().mkpath(certs);
        QDir().mkpath(empty);
        QVERIFY(QFile::copy(ca.certPath(), certs + QLatin1String("/gatecheck-test-inspection.pem")));
        QFile bundled(QStringLiteral(":/gatecheck/certs/public-roots.pem"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> publicRoots = QSslCertificate::fromData(bundled.readAll(), QSsl::Pem);
        QVERIFY(writeFile(certs + QLatin1String("/public.pem"), publicRoots.at(5).toPem()));
        QTemporaryDir home;
        // A private mount namespace: the bind mounts vanish with it and never touch this machine.
        const CliResult r = runCli(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
                QStringLiteral(
                    "mount --bind \"$1\" /etc/ssl/certs && mount --bind \"$2\" /usr/local/share/ca-certificates "
                    "&& exec \"$3\" environment --json --url https://127.0.0.1/"),
                QStringLiteral("sh"), certs, empty, cli()},
            {findProgram(QStringLiteral("unshare")), QStringLiteral("--mount"), QStringLiteral("--propagation"),
                QStringLiteral("private"), QStringLiteral("--")},
            {{QStringLiteral("HOME"), home.path()}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray roots = envArray(r, "non_public_roots");
        QCOMPARE(roots.size(), 1);
        QCOMPARE(roots.first().toObject().value(QStringLiteral("subject")).toString(),
            QStringLiteral("Gatecheck Test Inspection Root"));
        QCOMPARE(roots.first().toObject().value(QStringLiteral("organization")).toString(), QStringLiteral("Fortinet"));
        QCOMPARE(roots.first().toObject().value(QStringLiteral("store")).toString(), QStringLiteral("/etc/ssl/certs"));
        // This machine's own store was not touched.
        QVERIFY(!QFile::exists(QStringLiteral("/etc/ssl/certs/gatecheck-test-inspection.pem")));
    }

    void flushEmptiesARealCachingResolver()
    {
        RIG_REQUIRE_NETNS();
        RIG_REQUIRE_PROGRAM("dnsmasq");
        RIG_REQUIRE_PROGRAM("getent");
        Netns ns(QStringLiteral("fls"));
        QString error;
        QVERIFY2(ns.create(&error) && ns.setHosts("127.0.0.1 localhost\n", &error)
                && ns.setResolvConf("nameserver 127.0.0.1\noptions attempts:1 timeout:2\n", &error),
            qPrintable(error));
        // getaddrinfo's AI_ADDRCONFIG ignores 127.0.0.1: give the namespace one other IPv4 address.
        QVERIFY2(ns.addAddress(QStringLiteral("lo"), QStringLiteral("10.200.0.1/32"), &error), qPrintable(error));
        const auto upstreamArgs = [](const char *answer) {
            return QStringList {QStringLiteral("-k"), QStringLiteral("--conf-file=/dev/null"),
                QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"), QStringLiteral("--pid-file="),
                QStringLiteral("--log-facility=-"), QStringLiteral("--listen-address=127.0.0.2"),
                QStringLiteral("--bind-interfaces"), QStringLiteral("--port=5353"), QStringLiteral("--local-ttl=600"),
                QStringLiteral("--address=/vendor.test/") + QString::fromLatin1(answer)};
        };
        // The "authoritative" upstream gives one answer with a long TTL...
        auto upstream = std::make_unique<RigProcess>(QStringLiteral("dnsmasq-upstream"));
        QVERIFY(upstream->start(QStringLiteral("dnsmasq"), upstreamArgs("192.0.2.10"), ns.execPrefix()));
        QVERIFY2(upstream->waitForOutput(QStringLiteral("started"), std::chrono::seconds(20)),
            qPrintable(upstream->output()));
        // ...and this computer's caching resolver keeps it.
        RigProcess cache(QStringLiteral("dnsmasq-cache"));
        QVERIFY(cache.start(QStringLiteral("dnsmasq"),
            {QStringLiteral("-k"), QStringLiteral("--conf-file=/dev/null"), QStringLiteral("--no-resolv"),
                QStringLiteral("--no-hosts"), QStringLiteral("--pid-file="), QStringLiteral("--log-facility=-"),
                QStringLiteral("--listen-address=127.0.0.1"), QStringLiteral("--bind-interfaces"),
                QStringLiteral("--port=53"), QStringLiteral("--cache-size=150"),
                QStringLiteral("--server=127.0.0.2#5353")},
            ns.execPrefix()));
        QVERIFY2(cache.waitForOutput(QStringLiteral("started"), std::chrono::seconds(20)), qPrintable(cache.output()));
        QCOMPARE(getent(ns, QStringLiteral("vendor.test")), QStringLiteral("192.0.2.10"));

        // The upstream changes its answer; the cache still serves the old one (a stale record).
        upstream = std::make_unique<RigProcess>(QStringLiteral("dnsmasq-upstream-2"));
        QVERIFY(upstream->start(QStringLiteral("dnsmasq"), upstreamArgs("192.0.2.20"), ns.execPrefix()));
        QVERIFY2(upstream->waitForOutput(QStringLiteral("started"), std::chrono::seconds(20)),
            qPrintable(upstream->output()));
        QCOMPARE(getent(ns, QStringLiteral("vendor.test")), QStringLiteral("192.0.2.10"));

        const CliResult r = runCli(cli(),
            {QStringLiteral("flush-dns"), QStringLiteral("--host"), QStringLiteral("vendor.test"),
                QStringLiteral("--json")},
            ns.execPrefix());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("flushed"));
        const QJsonObject step = r.json.value(QStringLiteral("steps")).toArray().first().toObject();
        QVERIFY2(step.value(QStringLiteral("cache")).toString().startsWith(QLatin1String("dnsmasq (pid ")),
            qPrintable(r.describe()));
        QCOMPARE(step.value(QStringLiteral("method")).toString(), QStringLiteral("SIGHUP"));
        QCOMPARE(step.value(QStringLiteral("outcome")).toString(), QStringLiteral("flushed"));
        // The effect: the new answer shows through now.
        QCOMPARE(getent(ns, QStringLiteral("vendor.test")), QStringLiteral("192.0.2.20"));

        // The before/after comparison comes from the system resolver probe.
        const QJsonObject comparison = r.json.value(QStringLiteral("comparisons")).toArray().first().toObject();
        const QJsonObject before = comparison.value(QStringLiteral("before")).toObject();
        if (before.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
            == QLatin1String("not_supported")) {
            qWarning("SystemResolverProbe is still a stub on this branch: before/after checked with getent only");
        } else {
            QCOMPARE(before.value(QStringLiteral("addresses"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("address"))
                         .toString(),
                QStringLiteral("192.0.2.10"));
            QCOMPARE(comparison.value(QStringLiteral("after"))
                         .toObject()
                         .value(QStringLiteral("addresses"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("address"))
                         .toString(),
                QStringLiteral("192.0.2.20"));
            QVERIFY(comparison.value(QStringLiteral("changed")).toBool());
        }
        QVERIFY(r.json.value(QStringLiteral("browser_advice")).toArray().size() >= 3);
    }

    void nothingToFlushIsSaidPlainly()
    {
        RIG_REQUIRE_NETNS();
        Netns ns(QStringLiteral("nof"));
        QString error;
        QVERIFY2(ns.create(&error) && ns.setHosts("127.0.0.1 localhost\n", &error)
                && ns.setResolvConf("nameserver 192.0.2.53\n", &error),
            qPrintable(error));
        const CliResult r = runCli(cli(), {QStringLiteral("flush-dns"), QStringLiteral("--json")}, ns.execPrefix());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("nothing_to_flush"));
        QVERIFY2(r.json.value(QStringLiteral("steps"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QLatin1String("192.0.2.53")),
            qPrintable(r.describe()));
        const CliResult text = runCli(cli(), {QStringLiteral("flush-dns")}, ns.execPrefix());
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("no DNS cache"));
        QVERIFY(text.out.contains("about:networking#dns"));
        QCOMPARE(
            runCli(cli(), {QStringLiteral("flush-dns"), QStringLiteral("--host"), QStringLiteral("a b")}).exitCode, 2);
        QCOMPARE(
            runCli(cli(), {QStringLiteral("environment"), QStringLiteral("--url"), QStringLiteral("ftp://x")}).exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestEnvLive)
#include "tst_env_live.moc"
