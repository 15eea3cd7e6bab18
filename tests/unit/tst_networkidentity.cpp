// SPDX-License-Identifier: GPL-3.0-or-later
// Which network a run was made on, without secrets: a salted gateway hash, the SSID where
// readable, the public prefix only when allowed, and a label a person recognises.
#include "history/AddressScope.h"
#include "history/NetworkIdentity.h"

#include <QTest>

using namespace gatecheck;

namespace {

EnvironmentFacts office()
{
    EnvironmentFacts env;
    env.collected = true;
    NetworkInterfaceInfo lo;
    lo.name = QStringLiteral("lo");
    lo.kind = QStringLiteral("loopback");
    lo.addresses = {QStringLiteral("127.0.0.1/8")};
    NetworkInterfaceInfo wifi;
    wifi.name = QStringLiteral("wlan0");
    wifi.kind = QStringLiteral("wifi");
    wifi.ssid = QStringLiteral("ACME-Office");
    wifi.gateway = QStringLiteral("10.20.0.1");
    wifi.addresses = {QStringLiteral("10.20.3.44/22"), QStringLiteral("2001:db8:77:1::44/64")};
    wifi.carriesDefaultRoute = true;
    NetworkInterfaceInfo vpn;
    vpn.name = QStringLiteral("wg0");
    vpn.kind = QStringLiteral("tunnel");
    vpn.isVpn = true;
    vpn.vpnProduct = QStringLiteral("WireGuard");
    vpn.carriesTargetTraffic = true;
    env.interfaces = {lo, wifi, vpn};
    return env;
}

} // namespace

class TestNetworkIdentity : public QObject
{
    Q_OBJECT

private slots:
    void derivedFromTheDefaultRoute()
    {
        NetworkIdentityOptions options;
        options.salt = QByteArray("salt-one");
        const NetworkIdentity id = networkIdentityFromEnvironment(office(), options);
        QCOMPARE(id.interfaceKind, QStringLiteral("wifi"));
        QCOMPARE(id.ssid, QStringLiteral("ACME-Office"));
        QCOMPARE(id.label, QStringLiteral("Wi-Fi \u201cACME-Office\u201d + VPN (WireGuard)"));
        QCOMPARE(id.gatewayHash.size(), 16);
        QVERIFY(!id.gatewayHash.contains(QLatin1String("10.20")));
        QVERIFY(id.publicIpPrefix.isEmpty()); // not allowed by default
    }

    void hashIsSaltedAndStable()
    {
        NetworkIdentityOptions one, two;
        one.salt = QByteArray("salt-one");
        two.salt = QByteArray("salt-two");
        const NetworkIdentity a = networkIdentityFromEnvironment(office(), one);
        QCOMPARE(networkIdentityFromEnvironment(office(), one).gatewayHash, a.gatewayHash);
        QVERIFY(networkIdentityFromEnvironment(office(), two).gatewayHash != a.gatewayHash);
        EnvironmentFacts elsewhere = office();
        elsewhere.interfaces[1].gateway = QStringLiteral("192.168.1.1");
        elsewhere.interfaces[1].ssid.clear();
        const NetworkIdentity b = networkIdentityFromEnvironment(elsewhere, one);
        QVERIFY(b.gatewayHash != a.gatewayHash);
        QVERIFY(!a.sameNetworkAs(b));
        QVERIFY(a.sameNetworkAs(networkIdentityFromEnvironment(office(), one)));
        QCOMPARE(b.label, QStringLiteral("Wi-Fi (wlan0) + VPN (WireGuard)"));
    }

    void withoutGatewayTheSubnetIdentifies()
    {
        EnvironmentFacts env = office();
        env.interfaces[1].gateway.clear();
        const NetworkIdentity id = networkIdentityFromEnvironment(env, {QByteArray("s"), false, {}, {}});
        QCOMPARE(id.gatewayHash.size(), 16);
        env.interfaces[1].addresses = {QStringLiteral("10.20.1.9/22")}; // same /22
        QCOMPARE(networkIdentityFromEnvironment(env, {QByteArray("s"), false, {}, {}}).gatewayHash, id.gatewayHash);
    }

    void publicPrefixOnlyWhenAllowed()
    {
        NetworkIdentityOptions options;
        options.includePublicIp = true;
        options.publicIp = QStringLiteral("198.51.100.77");
        QCOMPARE(networkIdentityFromEnvironment(office(), options).publicIpPrefix, QStringLiteral("198.51.100.0/24"));
        options.publicIp.clear(); // falls back to a global address of an interface
        QCOMPARE(networkIdentityFromEnvironment(office(), options).publicIpPrefix, QStringLiteral("2001:db8:77::/48"));
        options.publicIp = QStringLiteral("10.0.0.1"); // a private address is no public prefix
        QVERIFY(networkIdentityFromEnvironment(office(), options).publicIpPrefix.isEmpty());
        QCOMPARE(publicIpPrefix(QStringLiteral("not an address")), QString());
    }

    void labelGivenByTheUserWins()
    {
        NetworkIdentityOptions options;
        options.label = QStringLiteral("Office");
        QCOMPARE(networkIdentityFromEnvironment(office(), options).label, QStringLiteral("Office"));
        QVERIFY(networkIdentityFromEnvironment(EnvironmentFacts {}).isEmpty());
    }

    void jsonRoundTrip()
    {
        const NetworkIdentity id =
            networkIdentityFromEnvironment(office(), {QByteArray("s"), true, QStringLiteral("203.0.113.9"), {}});
        const NetworkIdentity back = NetworkIdentity::fromJson(id.toJson());
        QCOMPARE(back.toJson(), id.toJson());
    }

    void addressScopes_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("scope");
        QTest::newRow("10/8") << "10.1.2.3" << int(AddressScope::Private);
        QTest::newRow("172.31") << "172.31.255.1" << int(AddressScope::Private);
        QTest::newRow("172.32") << "172.32.0.1" << int(AddressScope::Public);
        QTest::newRow("192.168 with prefix") << "192.168.1.1/24" << int(AddressScope::Private);
        QTest::newRow("CGNAT") << "100.100.0.1" << int(AddressScope::Private);
        QTest::newRow("link-local") << "169.254.1.1" << int(AddressScope::LinkLocal);
        QTest::newRow("v6 link-local zone") << "fe80::1%eth0" << int(AddressScope::LinkLocal);
        QTest::newRow("ULA") << "fd00::1" << int(AddressScope::Private);
        QTest::newRow("mapped private") << "::ffff:192.168.0.1" << int(AddressScope::Private);
        QTest::newRow("loopback") << "127.0.0.53" << int(AddressScope::Loopback);
        QTest::newRow("public") << "203.0.113.20" << int(AddressScope::Public);
        QTest::newRow("multicast") << "224.0.0.251" << int(AddressScope::Special);
        QTest::newRow("text") << "proxy.example" << int(AddressScope::NotAnAddress);
    }

    void addressScopes()
    {
        QFETCH(QString, address);
        QFETCH(int, scope);
        QCOMPARE(int(addressScope(address)), scope);
    }
};

QTEST_GUILESS_MAIN(TestNetworkIdentity)
#include "tst_networkidentity.moc"
