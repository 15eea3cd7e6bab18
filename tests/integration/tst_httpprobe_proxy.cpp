// SPDX-License-Identifier: GPL-3.0-or-later
// HttpProbe through real middleboxes: squid (a forward proxy with its own error pages, one
// that wants a login), mitmproxy (TLS interception with a product-like CA, and the case
// where it answers 502 itself), and the system proxy as the environment sets it.
#include "HostileHttp.h"
#include "Mitmproxy.h"
#include "OriginSite.h"
#include "ProbeWait.h"
#include "Squid.h"
#include "TestCa.h"
#include "net/HttpProbe.h"

#include <QSslConfiguration>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::rig;
using namespace std::chrono_literals;

namespace {

const char *const kProxyVariables[] = {
    "http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"};

// Replaces the proxy environment for one test row and puts the old one back afterwards.
class ProxyEnvironment
{
public:
    explicit ProxyEnvironment(const QStringList &assignments)
    {
        for (const char *name : kProxyVariables) {
            if (qEnvironmentVariableIsSet(name))
                m_saved.append({QByteArray(name), qgetenv(name)});
            qunsetenv(name);
        }
        for (const QString &assignment : assignments)
            qputenv(assignment.section(QLatin1Char('='), 0, 0).toLatin1().constData(),
                assignment.section(QLatin1Char('='), 1).toLocal8Bit());
    }
    ~ProxyEnvironment()
    {
        for (const char *name : kProxyVariables)
            qunsetenv(name);
        for (const auto &[name, value] : m_saved)
            qputenv(name.constData(), value);
    }

private:
    QList<QPair<QByteArray, QByteArray>> m_saved;
};

} // namespace

class TestHttpProbeProxy : public QObject
{
    Q_OBJECT
private:
    OriginSite m_site;
    QTemporaryDir m_dir;
    TestCa m_zscaler {m_dir.filePath(QStringLiteral("zscaler")), QStringLiteral("/CN=Zscaler Root CA/O=Zscaler Inc.")};
    Squid m_squid;
    Squid m_authSquid;
    Mitmproxy m_mitm;
    Mitmproxy m_refusingMitm;
    HostileHttp m_closingUpstream {HostileHttp::Mode::AcceptClose};
    HostileHttp m_garbage {HostileHttp::Mode::Garbage};
    quint16 m_deadPort = 0;
    QList<QSslCertificate> m_originCa;
    QList<QSslCertificate> m_inspectionCa;

    HttpObservation fetch(
        const QUrl &url, ProxyMode mode, const QNetworkProxy &proxy = {}, const QList<QSslCertificate> &extraRoots = {})
    {
        HttpRequestSpec spec;
        spec.url = url;
        spec.pathName = mode == ProxyMode::System ? QStringLiteral("as-browser") : QStringLiteral("proxy");
        spec.proxyMode = mode;
        spec.explicitProxy = proxy;
        spec.trust.systemRoots = testing::systemRoots() + m_originCa + extraRoots;
        spec.trust.publicRoots = testing::systemRoots();
        HttpProbe probe(spec, 15s);
        int finished = 0;
        testing::runProbe(probe, &finished);
        if (finished != 1)
            qWarning("finished() emitted %d times", finished);
        return probe.observation();
    }

    QNetworkProxy httpProxy(quint16 port) const
    {
        return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port);
    }

    QString proxyText(quint16 port) const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

private slots:
    void initTestCase()
    {
        RIG_REQUIRE_PROGRAM("nginx");
        RIG_REQUIRE_PROGRAM("squid");
        RIG_REQUIRE_PROGRAM("mitmdump");
        RIG_REQUIRE_PROGRAM("openssl");
        RIG_REQUIRE_PROGRAM("python3");
        QString error;
        QVERIFY2(m_site.start(&error), qPrintable(error));
        m_originCa = QSslCertificate::fromPath(m_site.caPath());
        QVERIFY2(m_zscaler.create(&error), qPrintable(error));
        m_inspectionCa = QSslCertificate::fromPath(m_zscaler.certPath());
        QVERIFY2(m_closingUpstream.start(&error), qPrintable(error));
        QVERIFY2(m_garbage.start(&error), qPrintable(error));
        m_deadPort = freeTcpPort();
        QVERIFY2(m_squid.start(&error), qPrintable(error));
        m_authSquid.requireBasicAuth(true);
        QVERIFY2(m_authSquid.start(&error), qPrintable(error));
        m_mitm.setInterceptionCa(m_zscaler);
        m_mitm.setUpstreamTrustedCa(m_site.caPath());
        QVERIFY2(m_mitm.start(&error), qPrintable(error));
        m_refusingMitm.setInterceptionCa(m_zscaler);
        QVERIFY2(m_refusingMitm.start(&error), qPrintable(error));
    }

    void squidSaysWhoAnswered_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("squidError");
        QTest::newRow("the origin, through squid") << "origin" << 200 << "nginx/"
                                                   << "";
        QTest::newRow("nginx's own 502, through squid") << "origin-502" << 502 << "nginx/"
                                                        << "";
        QTest::newRow("refused upstream: squid's 503") << "dead" << 503 << "squid/"
                                                       << "ERR_CONNECT_FAIL";
        QTest::newRow("upstream accepts and closes: squid's 502") << "closing" << 502 << "squid/"
                                                                  << "ERR_ZERO_SIZE_OBJECT";
    }

    void squidSaysWhoAnswered()
    {
        QFETCH(QString, target);
        QFETCH(int, status);
        QFETCH(QString, server);
        QFETCH(QString, squidError);
        QUrl url = m_site.httpUrl(
            target == QLatin1String("origin-502") ? QStringLiteral("/bad-gateway") : QStringLiteral("/"));
        if (target == QLatin1String("dead"))
            url.setPort(m_deadPort);
        else if (target == QLatin1String("closing"))
            url.setPort(m_closingUpstream.port());
        const HttpObservation h = fetch(url, ProxyMode::Explicit, httpProxy(m_squid.port()));
        QVERIFY2(!h.error.isError(), qPrintable(h.error.code + QLatin1Char(' ') + h.error.message));
        QCOMPARE(h.status, status);
        QCOMPARE(h.proxy, proxyText(m_squid.port()));
        QVERIFY2(h.headers.value(QStringLiteral("server")).startsWith(server),
            qPrintable(h.headers.value(QStringLiteral("server"))));
        QVERIFY2(h.headers.value(QStringLiteral("via")).contains(QLatin1String("(squid/")),
            qPrintable(h.headers.value(QStringLiteral("via"))));
        const QString squidSays = h.headers.value(QStringLiteral("x-squid-error"));
        QVERIFY2(squidError.isEmpty() ? squidSays.isEmpty() : squidSays.startsWith(squidError), qPrintable(squidSays));
        if (!squidError.isEmpty())
            QVERIFY2(h.title.startsWith(QLatin1String("ERROR")), qPrintable(h.title));
    }

    void httpsTunnelsThroughSquid()
    {
        const HttpObservation h =
            fetch(m_site.httpsUrl(QStringLiteral("/")), ProxyMode::Explicit, httpProxy(m_squid.port()));
        QVERIFY2(!h.error.isError(), qPrintable(h.error.code + QLatin1Char(' ') + h.error.message));
        QCOMPARE(h.status, 200);
        QCOMPARE(h.proxy, proxyText(m_squid.port()));
        QCOMPARE(h.remoteAddress, QStringLiteral("127.0.0.1"));
        // A tunnel: squid cannot add headers, and the certificate is the origin's own.
        QVERIFY(!h.headers.contains(QStringLiteral("via")));
        QVERIFY2(h.tlsIssuer.contains(QLatin1String("CN=Gatecheck Test Root CA")), qPrintable(h.tlsIssuer));
        // Squid logs a tunnel when it closes.
        const QString tunnel = QStringLiteral("CONNECT 127.0.0.1:%1").arg(m_site.httpsPort());
        QTRY_VERIFY_WITH_TIMEOUT(m_squid.accessLog().join(QLatin1Char('\n')).contains(tunnel), 15000);
    }

    void proxyFailuresAreNamed_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("error");
        for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")}) {
            const auto row = [&](const char *what) -> QTestData & {
                return QTest::newRow(qPrintable(scheme + QLatin1Char(' ') + QLatin1String(what))) << scheme;
            };
            row("proxy port closed") << "closed"
                                     << "origin" << ErrorCode::ProxyConnectionRefused;
            row("proxy wants a login (407)") << "auth"
                                             << "origin" << ErrorCode::ProxyAuthRequired;
        }
        QTest::newRow("https proxy cannot reach the server (CONNECT 503)") << "https"
                                                                           << "squid"
                                                                           << "dead" << ErrorCode::ProxyError;
        QTest::newRow("https proxy speaks garbage") << "https"
                                                    << "garbage"
                                                    << "origin" << ErrorCode::ProxyError;
    }

    void proxyFailuresAreNamed()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, proxy);
        QFETCH(QString, target);
        QFETCH(QString, error);
        QUrl url = scheme == QLatin1String("https") ? m_site.httpsUrl(QStringLiteral("/"))
                                                    : m_site.httpUrl(QStringLiteral("/"));
        if (target == QLatin1String("dead"))
            url.setPort(m_deadPort);
        quint16 port = m_squid.port();
        if (proxy == QLatin1String("closed"))
            port = m_deadPort;
        else if (proxy == QLatin1String("auth"))
            port = m_authSquid.port();
        else if (proxy == QLatin1String("garbage"))
            port = m_garbage.port();
        const HttpObservation h = fetch(url, ProxyMode::Explicit, httpProxy(port));
        QVERIFY2(h.error.code == error, qPrintable(h.error.code + QLatin1Char(' ') + h.error.message));
        QVERIFY(!h.error.message.isEmpty());
        QCOMPARE(h.proxy, proxyText(port));
    }

    void systemProxyFollowsTheEnvironment_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<bool>("proxied");
        const QString squid = QStringLiteral("http://127.0.0.1:%1").arg(m_squid.port());
        const QString bare = QStringLiteral("127.0.0.1:%1").arg(m_squid.port());
        QTest::newRow("https_proxy") << QStringList {QStringLiteral("https_proxy=") + squid} << true;
        QTest::newRow("HTTPS_PROXY (upper case)") << QStringList {QStringLiteral("HTTPS_PROXY=") + squid} << true;
        QTest::newRow("https_proxy without a scheme") << QStringList {QStringLiteral("https_proxy=") + bare} << true;
        QTest::newRow("all_proxy") << QStringList {QStringLiteral("all_proxy=") + squid} << true;
        QTest::newRow("http_proxy does not cover https")
            << QStringList {QStringLiteral("http_proxy=") + squid} << false;
        QTest::newRow("no_proxy names the address")
            << QStringList {QStringLiteral("https_proxy=") + squid, QStringLiteral("no_proxy=localhost,127.0.0.1")}
            << false;
        QTest::newRow("NO_PROXY covers the subnet")
            << QStringList {QStringLiteral("https_proxy=") + squid, QStringLiteral("NO_PROXY=127.0.0.0/8")} << false;
        QTest::newRow("no_proxy for another port")
            << QStringList {QStringLiteral("https_proxy=") + squid, QStringLiteral("no_proxy=127.0.0.1:1")} << true;
        QTest::newRow("nothing set") << QStringList {} << false;
    }

    void systemProxyFollowsTheEnvironment()
    {
        QFETCH(QStringList, environment);
        QFETCH(bool, proxied);
        const QUrl url = m_site.httpsUrl(QStringLiteral("/"));
        const qsizetype logBefore = m_squid.accessLog().size();
        HttpObservation h;
        {
            const ProxyEnvironment env(environment);
            h = fetch(url, ProxyMode::System);
        }
        QVERIFY2(!h.error.isError(), qPrintable(h.error.code + QLatin1Char(' ') + h.error.message));
        QCOMPARE(h.status, 200);
        QCOMPARE(h.proxy, proxied ? proxyText(m_squid.port()) : QString());
        // Squid's own log agrees. It writes a tunnel's line when the tunnel closes, so wait
        // for it; for a direct row, wait for a marker request sent through squid afterwards
        // and check that nothing else arrived before it.
        const QString tunnel = QStringLiteral("CONNECT 127.0.0.1:%1").arg(m_site.httpsPort());
        const auto newLines = [&] { return m_squid.accessLog().mid(logBefore); };
        if (proxied) {
            QTRY_VERIFY_WITH_TIMEOUT(newLines().join(QLatin1Char('\n')).contains(tunnel), 15000);
            return;
        }
        const QString marker = QStringLiteral("marker-%1")
                                   .arg(QLatin1String(QTest::currentDataTag()))
                                   .replace(QLatin1Char(' '), QLatin1Char('-'));
        // A path, not a query: squid strips query strings from its log.
        QVERIFY(m_site.nginx().writeFile(QStringLiteral("files/") + marker, "marker"));
        const QUrl markerUrl = m_site.httpUrl(QStringLiteral("/files/") + marker);
        QCOMPARE(fetch(markerUrl, ProxyMode::Explicit, httpProxy(m_squid.port())).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(newLines().join(QLatin1Char('\n')).contains(marker), 15000);
        QVERIFY2(!newLines().join(QLatin1Char('\n')).contains(tunnel), qPrintable(newLines().join(QLatin1Char('\n'))));
    }

    void interceptionShowsInTheIssuer_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("inspectionRootTrusted");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("server");
        QTest::newRow("inspection root pushed to the system store") << "mitm" << true << 200 << ""
                                                                    << "CN=Zscaler Root CA"
                                                                    << "nginx/";
        QTest::newRow("inspection root not trusted")
            << "mitm" << false << 0 << ErrorCode::TlsVerifyFailed << "CN=Zscaler Root CA"
            << "";
        QTest::newRow("middlebox refuses the upstream, answers 502 itself") << "refusing-mitm" << true << 502 << ""
                                                                            << "CN=Zscaler Root CA"
                                                                            << "mitmproxy";
        QTest::newRow("the direct path meets the origin") << "direct" << true << 200 << ""
                                                          << "CN=Gatecheck Test Root CA"
                                                          << "nginx/";
    }

    void interceptionShowsInTheIssuer()
    {
        QFETCH(QString, path);
        QFETCH(bool, inspectionRootTrusted);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, issuer);
        QFETCH(QString, server);
        const QUrl url = m_site.httpsUrl(QStringLiteral("/"));
        const QList<QSslCertificate> extra = inspectionRootTrusted ? m_inspectionCa : QList<QSslCertificate> {};
        HttpObservation h;
        if (path == QLatin1String("direct"))
            h = fetch(url, ProxyMode::None, {}, extra);
        else
            h = fetch(url, ProxyMode::Explicit,
                httpProxy(path == QLatin1String("mitm") ? m_mitm.port() : m_refusingMitm.port()), extra);
        QCOMPARE(h.error.code, error);
        QCOMPARE(h.status, status);
        QVERIFY2(h.tlsIssuer.contains(issuer), qPrintable(h.tlsIssuer));
        const QString serverSays = h.headers.value(QStringLiteral("server"));
        QVERIFY2(server.isEmpty() ? serverSays.isEmpty() : serverSays.startsWith(server), qPrintable(serverSays));
    }
};

QTEST_GUILESS_MAIN(TestHttpProbeProxy)
#include "tst_httpprobe_proxy.moc"
