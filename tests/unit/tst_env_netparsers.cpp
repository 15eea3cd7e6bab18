// SPDX-License-Identifier: GPL-3.0-or-later
// DNS settings, hosts files, routes and sockets from each OS's own formats, and the
// interface/VPN classification fed by them.
#include "env/FileRead.h"
#include "env/InterfaceClassifier.h"
#include "env/LocalDnsServers.h"
#include "env/MacScutil.h"
#include "env/ResolverConfig.h"
#include "env/RouteLookup.h"
#include "env/WindowsIpconfig.h"

#include <QJsonDocument>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::env;

namespace {

QString fixture(const QString &relative)
{
    const auto data = readCapped(QStringLiteral(GATECHECK_TEST_DATA "/env/") + relative, 16 * 1024 * 1024);
    if (!data)
        qFatal("missing fixture %s", qPrintable(relative));
    return decodeText(*data);
}

const NetworkInterfaceInfo *find(const QList<NetworkInterfaceInfo> &list, const QString &nameStart)
{
    for (const NetworkInterfaceInfo &i : list)
        if (i.name.startsWith(nameStart))
            return &i;
    return nullptr;
}

} // namespace

class TestEnvNetParsers : public QObject
{
    Q_OBJECT
private slots:
    void resolvConf()
    {
        const ResolvConf stub = parseResolvConf(fixture(QStringLiteral("linux/resolv-stub.conf")));
        QCOMPARE(stub.nameservers, QStringList {QStringLiteral("127.0.0.53")});
        QVERIFY(isResolvedStub(stub.nameservers.first()));
        QCOMPARE(stub.search, QStringList {QStringLiteral("corp.example")});
        const ResolvConf nm = parseResolvConf(fixture(QStringLiteral("linux/resolv-networkmanager.conf")));
        QCOMPARE(nm.nameservers,
            (QStringList {
                QStringLiteral("192.168.1.1"), QStringLiteral("fe80::1%wlp0s20f3"), QStringLiteral("1.1.1.1")}));
        QCOMPARE(nm.search, QStringList {QStringLiteral("last.example")}); // the last search/domain line wins
        QVERIFY(nm.options.contains(QStringLiteral("rotate")));
        QVERIFY(parseResolvConf(QString()).nameservers.isEmpty());
    }

    void resolvectlStatus()
    {
        const QList<ResolvedLink> links =
            parseResolvectlStatus(fixture(QStringLiteral("linux/resolvectl-status-252.txt")));
        QCOMPARE(links.size(), 3);
        QCOMPARE(links.at(1).name, QStringLiteral("wlp0s20f3"));
        QCOMPARE(links.at(1).dnsServers, (QStringList {QStringLiteral("192.168.1.1"), QStringLiteral("fd00::1")}));
        QVERIFY(links.at(1).defaultRoute);
        QCOMPARE(links.at(2).name, QStringLiteral("wg0"));
        QCOMPARE(links.at(2).domains, QStringList {QStringLiteral("~corp.example")});
        QVERIFY(!links.at(2).defaultRoute); // split DNS: only corp.example goes to the VPN's server
        // systemd 237 prints continuation lines without a key.
        const QList<ResolvedLink> old =
            parseResolvectlStatus(fixture(QStringLiteral("linux/systemd-resolve-status-237.txt")));
        QCOMPARE(old.size(), 2);
        QCOMPARE(old.at(1).dnsServers, (QStringList {QStringLiteral("10.0.2.3"), QStringLiteral("10.0.2.4")}));
        QCOMPARE(old.at(1).domains, (QStringList {QStringLiteral("corp.example"), QStringLiteral("lab.example")}));
        QVERIFY(old.at(0).dnsServers.isEmpty());
    }

    void hostsFileOverrides()
    {
        int skipped = 0;
        const QList<HostsEntry> entries =
            parseHostsFile(fixture(QStringLiteral("linux/hosts-stale-override.txt")), &skipped);
        QCOMPARE(skipped, 1);
        const QList<HostsOverride> xero = hostsOverridesFor(
            entries, {QStringLiteral("go.xero.com"), QStringLiteral("login.xero.com")}, QStringLiteral("/etc/hosts"));
        QStringList found;
        for (const HostsOverride &o : xero)
            found << o.host + QLatin1Char('=') + o.address;
        QCOMPARE(found,
            (QStringList {QStringLiteral("login.xero.com=203.0.113.9"), QStringLiteral("go.xero.com=203.0.113.9"),
                QStringLiteral("telemetry.xero.com=0.0.0.0")}));
        QCOMPARE(xero.first().file, QStringLiteral("/etc/hosts:5"));
        // notxero.com is not in xero.com's domain; intuit.com only matters for Intuit's hosts.
        QCOMPARE(hostsOverridesFor(entries, {QStringLiteral("qbo.intuit.com")}, QString()).size(), 1);
        QVERIFY(hostsOverridesFor(entries, {QStringLiteral("www.example.co.uk")}, QString()).isEmpty());
    }

    void hostsFileHuge()
    {
        // An ad-blocking hosts file of 200,000 lines: every line parsed, the one match found.
        QString text;
        text.reserve(200000 * 32);
        for (int i = 0; i < 200000; ++i)
            text += QStringLiteral("0.0.0.0 ads%1.tracker.example\n").arg(i);
        text += QStringLiteral("0.0.0.0 go.xero.com\n");
        const QList<HostsEntry> entries = parseHostsFile(text);
        QCOMPARE(entries.size(), 200001);
        QCOMPARE(hostsOverridesFor(entries, {QStringLiteral("go.xero.com")}, QString()).size(), 1);
    }

    void procRoutes()
    {
        const QList<RouteEntry> v4 = parseProcNetRoute(fixture(QStringLiteral("linux/proc-net-route-vpn.txt")));
        QCOMPARE(v4.size(), 6);
        QCOMPARE(v4.at(0).destination, QStringLiteral("0.0.0.0"));
        QCOMPARE(v4.at(0).gateway, QStringLiteral("192.168.1.1"));
        QCOMPARE(v4.at(1).destination, QStringLiteral("0.0.0.0"));
        QCOMPARE(v4.at(1).prefixLength, 1);
        QCOMPARE(v4.at(2).destination, QStringLiteral("128.0.0.0"));
        QCOMPARE(v4.at(3).destination, QStringLiteral("10.8.0.0"));
        QCOMPARE(v4.at(3).prefixLength, 24);
        QVERIFY(isDefaultRoute(v4.at(0)));
        QVERIFY(isDefaultRoute(v4.at(1))); // OpenVPN's def1 halves
        QVERIFY(isDefaultRoute(v4.at(2)));
        QVERIFY(!isDefaultRoute(v4.at(3)));
        QVERIFY(v4.at(5).reject);
        const QList<RouteEntry> v6 = parseProcNetIpv6Route(fixture(QStringLiteral("linux/proc-net-ipv6_route.txt")));
        QCOMPARE(v6.size(), 4);
        QCOMPARE(v6.at(0).destination, QStringLiteral("fd00::"));
        QCOMPARE(v6.at(0).prefixLength, 64);
        QCOMPARE(v6.at(2).gateway, QStringLiteral("fe80::1"));
        QVERIFY(isDefaultRoute(v6.at(2)));
        QVERIFY(!isDefaultRoute(v6.at(3))); // lo's unreachable default
        QVERIFY(parseProcNetRoute(QStringLiteral("Iface\tDestination\nbroken line\n")).isEmpty());
    }

    void routeLookupSendsNothing()
    {
        // Loopback always has a route; the answer is a local address.
        QCOMPARE(localAddressTowards(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHost));
    }

    void procSockets()
    {
        const QList<ProcSocket> v4 = parseProcNetSockets(fixture(QStringLiteral("linux/proc-net-udp.txt")));
        QCOMPARE(v4.size(), 3);
        QCOMPARE(v4.at(0).address, QStringLiteral("127.0.0.1"));
        QCOMPARE(v4.at(0).port, quint16(53));
        QCOMPARE(v4.at(0).inode, quint64(31337));
        QCOMPARE(v4.at(1).address, QStringLiteral("127.0.0.53"));
        QCOMPARE(v4.at(2).port, quint16(5353));
        const QList<ProcSocket> v6 = parseProcNetSockets(fixture(QStringLiteral("linux/proc-net-udp6.txt")));
        QCOMPARE(v6.size(), 1);
        QCOMPARE(v6.at(0).address, QStringLiteral("::1"));
    }

    void scutilDns()
    {
        const QList<MacResolver> resolvers = parseScutilDns(fixture(QStringLiteral("macos/scutil-dns-vpn.txt")));
        QCOMPARE(resolvers.size(), 7);
        QCOMPARE(resolvers.at(0).interfaceName, QStringLiteral("utun4"));
        QCOMPARE(resolvers.at(0).nameservers, (QStringList {QStringLiteral("10.10.0.2"), QStringLiteral("10.10.0.3")}));
        QCOMPARE(resolvers.at(1).nameservers, (QStringList {QStringLiteral("192.168.1.1"), QStringLiteral("fd00::1")}));
        QCOMPARE(resolvers.at(2).domain, QStringLiteral("corp.example")); // split DNS through the VPN
        QVERIFY(!resolvers.at(2).scoped);
        QVERIFY(resolvers.at(5).scoped);
        QCOMPARE(resolvers.at(6).interfaceName, QStringLiteral("utun4"));
        QVERIFY(parseScutilDns(QStringLiteral("No DNS configuration available\n")).isEmpty());
    }

    void windowsAdaptersAndVpns()
    {
        const QList<InterfaceSample> samples =
            parseIpconfigAll(fixture(QStringLiteral("windows/ipconfig-all-vpns.txt")));
        QCOMPARE(samples.size(), 8);
        QCOMPARE(
            samples.at(0).dnsServers, (QStringList {QStringLiteral("192.168.10.1"), QStringLiteral("fd00:10::1")}));
        QList<NetworkInterfaceInfo> infos;
        for (const InterfaceSample &s : samples)
            infos << classifyInterface(s);
        const auto *lan = find(infos, QStringLiteral("Ethernet"));
        QVERIFY(lan && !lan->isVpn && lan->kind == QLatin1String("ethernet"));
        const auto *gp = find(infos, QStringLiteral("Ethernet 3"));
        QVERIFY(gp);
        QVERIFY(gp->isVpn);
        QCOMPARE(gp->vpnProduct, QStringLiteral("Palo Alto GlobalProtect"));
        const auto *tap = find(infos, QStringLiteral("Ethernet 2"));
        QCOMPARE(tap->vpnProduct, QStringLiteral("OpenVPN"));
        QVERIFY(!tap->isVpn); // installed, not connected
        const auto *wg = find(infos, QStringLiteral("Local Area Connection"));
        QCOMPARE(wg->vpnProduct, QStringLiteral("WireGuard"));
        QVERIFY(wg->isVpn);
        const auto *wsl = find(infos, QStringLiteral("vEthernet (WSL)"));
        QCOMPARE(wsl->kind, QStringLiteral("virtual"));
        QVERIFY(!wsl->isVpn);
        const auto *direct = find(infos, QStringLiteral("Local Area Connection* 1"));
        QVERIFY(!direct->isVpn && direct->vpnProduct.isEmpty());
        const auto *wifi = find(infos, QStringLiteral("Wi-Fi"));
        QCOMPARE(wifi->kind, QStringLiteral("wifi"));
        QVERIFY(wifi->addresses.contains(QStringLiteral("2001:db8:4:1::a3")));
        const auto *cisco = find(infos, QStringLiteral("Cisco AnyConnect"));
        QCOMPARE(cisco->vpnProduct, QStringLiteral("Cisco Secure Client (AnyConnect)"));
        QVERIFY(!cisco->isVpn);
    }

    void linuxAndMacInterfaces_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("hardware");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<bool>("tun");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("vpn");
        QTest::addColumn<QString>("product");
        const QStringList routable {QStringLiteral("10.8.0.2")};
        const QStringList linkLocal {QStringLiteral("fe80::1")};
        QTest::newRow("openvpn tun0") << "tun0"
                                      << "tunnel" << routable << true << "tunnel" << true << "";
        QTest::newRow("wireguard") << "wg0"
                                   << "tunnel" << routable << false << "tunnel" << true << "WireGuard";
        QTest::newRow("tailscale") << "tailscale0"
                                   << "tunnel" << QStringList {QStringLiteral("100.101.102.103")} << true << "tunnel"
                                   << true << "Tailscale";
        QTest::newRow("anyconnect on linux")
            << "cscotun0"
            << "tunnel" << routable << true << "tunnel" << true << "Cisco Secure Client (AnyConnect)";
        QTest::newRow("nordlynx") << "nordlynx"
                                  << "tunnel" << routable << false << "tunnel" << true << "NordVPN";
        QTest::newRow("warp") << "CloudflareWARP"
                              << "tunnel" << QStringList {QStringLiteral("172.16.0.2")} << true << "tunnel" << true
                              << "Cloudflare WARP";
        QTest::newRow("idle macOS utun") << "utun2"
                                         << "unknown" << linkLocal << false << "tunnel" << false << "";
        QTest::newRow("active macOS utun") << "utun4"
                                           << "unknown" << routable << false << "tunnel" << true << "";
        QTest::newRow("docker bridge") << "docker0"
                                       << "ethernet" << QStringList {QStringLiteral("172.17.0.1")} << false << "virtual"
                                       << false << "";
        QTest::newRow("veth") << "veth1a2b3c"
                              << "ethernet" << linkLocal << false << "virtual" << false << "";
        QTest::newRow("wifi") << "wlp0s20f3"
                              << "wifi" << QStringList {QStringLiteral("192.168.1.57")} << false << "wifi" << false
                              << "";
        QTest::newRow("tap looks like ethernet") << "tap0"
                                                 << "ethernet" << routable << true << "tunnel" << true << "";
    }
    void linuxAndMacInterfaces()
    {
        QFETCH(QString, name);
        QFETCH(QString, hardware);
        QFETCH(QStringList, addresses);
        QFETCH(bool, tun);
        QFETCH(QString, kind);
        QFETCH(bool, vpn);
        QFETCH(QString, product);
        InterfaceSample s;
        s.name = name;
        s.hardwareKind = hardware;
        s.addresses = addresses;
        s.tunDevice = tun;
        s.up = true;
        const NetworkInterfaceInfo info = classifyInterface(s);
        QCOMPARE(info.kind, kind);
        QCOMPARE(info.isVpn, vpn);
        QCOMPARE(info.vpnProduct, product);
    }

    void tunnelModes()
    {
        NetworkInterfaceInfo lan, full, split;
        lan.name = QStringLiteral("eth0");
        full.isVpn = true;
        full.carriesDefaultRoute = true;
        split.isVpn = true;
        QList<NetworkInterfaceInfo> list {lan, full, split};
        applyTunnelModes(list);
        QCOMPARE(list.at(0).tunnelMode, QString());
        QCOMPARE(list.at(1).tunnelMode, QStringLiteral("full"));
        QCOMPARE(list.at(2).tunnelMode, QStringLiteral("split"));
    }

    void catalogIsDataDriven()
    {
        QVERIFY(VpnCatalog::builtIn().size() >= 20);
        // {"products": [{"product": "Acme Secure", "names": ["acme\\d+"], ...}, {... "(unclosed" ...}]}
        const QByteArray table = "{\"products\": ["
                                 "{\"product\": \"Acme Secure\", \"names\": [\"acme\\\\d+\"],"
                                 " \"descriptions\": [\"Acme Virtual Adapter\"]},"
                                 "{\"product\": \"bad regex\", \"names\": [\"(unclosed\"], \"descriptions\": []}]}";
        const VpnCatalog custom = VpnCatalog::fromJson(QJsonDocument::fromJson(table).object());
        QCOMPARE(custom.productFor(QStringLiteral("acme3"), QString()), QStringLiteral("Acme Secure"));
        QCOMPARE(custom.productFor(QStringLiteral("x"), QStringLiteral("The Acme Virtual Adapter #2")),
            QStringLiteral("Acme Secure"));
        QCOMPARE(custom.productFor(QStringLiteral("(unclosed"), QString()), QString());
        QString error;
        VpnCatalog::fromJson(QJsonObject {}, &error);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnvNetParsers)
#include "tst_env_netparsers.moc"
