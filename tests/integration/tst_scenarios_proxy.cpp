// SPDX-License-Identifier: GPL-3.0-or-later
// Live scenarios on the browser's proxy path: squid failing upstream, squid asking for a
// password, and a TLS-inspecting middlebox (mitmproxy) whose root imitates Zscaler.
#include "Mitmproxy.h"
#include "ScenarioTest.h"
#include "Squid.h"

using namespace gatecheck::rig;

namespace {

QMap<QString, QString> proxyEnv(quint16 port, const QString &address = QStringLiteral("127.0.0.1"))
{
    const QString proxy = QStringLiteral("http://%1:%2").arg(address).arg(port);
    return {{QStringLiteral("https_proxy"), proxy}, {QStringLiteral("http_proxy"), proxy}};
}

} // namespace

class TestScenariosProxy : public QObject
{
    Q_OBJECT
    qint64 lastElapsed = 0;

private slots:
    void initTestCase()
    {
        SCENARIO_REQUIRE();
        RIG_REQUIRE_PROGRAM("squid");
    }

    void proxyFailsUpstream_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("who");
        QTest::newRow("office proxy (another machine)") << "198.51.100.3"
                                                        << "it";
        QTest::newRow("proxy on this computer") << "127.0.0.1"
                                                << "user";
    }

    // The proxy cannot reach the vendor (its own DNS has an old address); going direct works.
    void proxyFailsUpstream()
    {
        QFETCH(QString, address);
        QFETCH(QString, who);
        Scenario s(QStringLiteral("pxe"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error) && s.start(&error), qPrintable(error));
        if (address != QLatin1String("127.0.0.1"))
            QVERIFY2(
                s.ns().addAddress(QStringLiteral("lo"), address + QStringLiteral("/32"), &error), qPrintable(error));
        Squid squid(&s.ns());
        squid.setListenAddress(address);
        squid.addHost(QLatin1String(Scenario::VendorHost), QLatin1String(Scenario::DeadIp));
        squid.addHost(QLatin1String(Scenario::StatusHost), QLatin1String(Scenario::StatusIp));
        QVERIFY2(squid.start(&error), qPrintable(error));
        const CliResult r = s.diagnose({}, proxyEnv(squid.port(), address));
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "proxy_error", qPrintable(who));
    }

    void proxyAuthRequired()
    {
        Scenario s(QStringLiteral("pxa"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error) && s.start(&error), qPrintable(error));
        Squid squid(&s.ns());
        squid.requireBasicAuth(true);
        squid.addHost(QLatin1String(Scenario::VendorHost), QLatin1String(Scenario::VendorIp));
        QVERIFY2(squid.start(&error), qPrintable(error));
        const CliResult r = s.diagnose({}, proxyEnv(squid.port()));
        lastElapsed = s.lastElapsedMs();
        SCENARIO_EXPECT(r, "proxy_auth_required", "it");
    }

    void tlsInterception_data()
    {
        QTest::addColumn<bool>("trusted");
        QTest::newRow("IT pushed the inspection root") << true;
        QTest::newRow("inspection root not trusted") << false;
    }

    void tlsInterception()
    {
        RIG_REQUIRE_PROGRAM("mitmdump");
        QFETCH(bool, trusted);
        Scenario s(QStringLiteral("tls"), QStringLiteral(SCENARIO_CLI));
        QString error;
        QVERIFY2(s.create(&error) && s.start(&error), qPrintable(error));
        TestCa zscaler(s.dir() + QStringLiteral("/zscaler"), QStringLiteral("/CN=Zscaler Root CA/O=Zscaler Inc."));
        QVERIFY2(zscaler.create(&error), qPrintable(error));
        Mitmproxy mitm(&s.ns());
        mitm.setInterceptionCa(zscaler);
        mitm.setUpstreamTrustedCa(s.ca().certPath());
        QVERIFY2(mitm.start(&error), qPrintable(error));

        QStringList extra;
        if (trusted) {
            QByteArray roots;
            for (const QString &path : {s.ca().certPath(), zscaler.certPath()}) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                roots += f.readAll();
            }
            extra << QStringLiteral("--extra-system-roots") << s.writeFile(QStringLiteral("os-roots.pem"), roots);
        }
        const CliResult r = s.diagnose(extra, proxyEnv(mitm.port()));
        lastElapsed = s.lastElapsedMs();
        const QJsonObject f = findingNamed(r.json, QStringLiteral("tls_interception"));
        QVERIFY2(!f.isEmpty(), describeDiagnosis(r).constData());
        QVERIFY2(f.value(QStringLiteral("title")).toString().contains(QLatin1String("Zscaler"))
                || f.value(QStringLiteral("detail")).toString().contains(QLatin1String("Zscaler")),
            describeDiagnosis(r).constData());
        QCOMPARE(f.value(QStringLiteral("who_fixes")).toString(), QStringLiteral("it"));
        if (trusted) {
            // Inspection the OS trusts, on a path that works: a warning beside "ok".
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
            SCENARIO_EXPECT(r, "ok", "none");
        } else {
            SCENARIO_EXPECT(r, "tls_interception", "it");
        }
    }
};

QTEST_GUILESS_MAIN(TestScenariosProxy)
#include "tst_scenarios_proxy.moc"
