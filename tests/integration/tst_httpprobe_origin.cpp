// SPDX-License-Identifier: GPL-3.0-or-later
// HttpProbe against a real nginx (origin, gateway errors, WAF challenge, captive portal,
// redirects, pinned addresses, body cap, a slow path): what it records is what the server
// really sent.
#include "DelayRelay.h"
#include "OriginSite.h"
#include "ProbeWait.h"
#include "net/HttpProbe.h"

#include <QSslConfiguration>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::rig;
using namespace std::chrono_literals;

class TestHttpProbeOrigin : public QObject
{
    Q_OBJECT
private:
    OriginSite m_site;
    TrustAnchors m_trust; // the OS store plus the rig CA: the origin is trusted like a real site

    HttpObservation fetch(HttpRequestSpec spec, std::chrono::milliseconds deadline = 10s, qint64 *took = nullptr)
    {
        if (spec.pathName.isEmpty())
            spec.pathName = QStringLiteral("direct");
        if (spec.trust.systemRoots.isEmpty())
            spec.trust = m_trust;
        HttpProbe probe(spec, deadline);
        int finished = 0;
        const qint64 ms = testing::runProbe(probe, &finished);
        if (took)
            *took = ms;
        if (finished != 1)
            qWarning("finished() emitted %d times", finished);
        return probe.observation();
    }

    HttpRequestSpec spec(const QUrl &url)
    {
        HttpRequestSpec s;
        s.url = url;
        return s;
    }

private slots:
    void initTestCase()
    {
        RIG_REQUIRE_PROGRAM("nginx");
        RIG_REQUIRE_PROGRAM("openssl");
        RIG_REQUIRE_PROGRAM("python3");
        m_site.nginx().setOriginPage(QStringLiteral("Origin OK"), QByteArrayLiteral("<p>served by the rig</p>"));
        m_site.nginx().addOriginHeader(QStringLiteral("X-Request-Id"), QStringLiteral("rig-request-1"));
        m_site.nginx().addOriginHeader(QStringLiteral("X-Not-Evidence"), QStringLiteral("dropped"));
        QString error;
        QVERIFY2(m_site.start(&error), qPrintable(error));
        m_trust.systemRoots = testing::systemRoots() + QSslCertificate::fromPath(m_site.caPath());
        m_trust.publicRoots = testing::systemRoots();
        // A 1 MiB file for the body cap, and one exactly at the cap.
        QVERIFY(m_site.nginx().writeFile(QStringLiteral("files/big.bin"), QByteArray(1024 * 1024, 'b')));
        QVERIFY(m_site.nginx().writeFile(QStringLiteral("files/exact.bin"), QByteArray(100000, 'e')));
    }

    void answersAsTheServerSent_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("value");
        for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")}) {
            const auto row = [&](const char *what) -> QTestData & {
                return QTest::newRow(qPrintable(scheme + QLatin1Char(' ') + QLatin1String(what))) << scheme;
            };
            row("origin page") << "/" << 200 << "Origin OK"
                               << "x-request-id"
                               << "rig-request-1";
            row("real 502 from a dead upstream") << "/bad-gateway" << 502 << "502 Bad Gateway"
                                                 << "content-type"
                                                 << "text/html";
            row("503 with Retry-After") << "/unavailable" << 503 << "503 Service Temporarily Unavailable"
                                        << "retry-after"
                                        << "120";
            row("real 504 from a slow upstream") << "/gateway-timeout" << 504 << "504 Gateway Time-out"
                                                 << "content-type"
                                                 << "text/html";
            row("WAF challenge 403") << "/challenge" << 403 << "Just a moment..."
                                     << "cf-mitigated"
                                     << "challenge";
            row("WAF challenge 503") << "/challenge-503" << 503 << "Just a moment..."
                                     << "cf-ray"
                                     << "8a1b2c3d4e5f6789-AMS";
            row("cookie names, never values") << "/set-cookie" << 200 << ""
                                              << "set-cookie"
                                              << "session, __cf_bm";
        }
    }

    void answersAsTheServerSent()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, title);
        QFETCH(QString, header);
        QFETCH(QString, value);
        const QUrl url = scheme == QLatin1String("https") ? m_site.httpsUrl(path) : m_site.httpUrl(path);
        const HttpObservation h = fetch(spec(url));
        QVERIFY2(!h.error.isError(), qPrintable(h.error.code + QLatin1Char(' ') + h.error.message));
        QCOMPARE(h.status, status);
        QVERIFY2(h.headers.value(QStringLiteral("server")).startsWith(QLatin1String("nginx/")),
            qPrintable(h.headers.value(QStringLiteral("server"))));
        QCOMPARE(h.headers.value(header), value);
        QCOMPARE(h.title, title);
        QVERIFY(!h.headers.contains(QStringLiteral("x-not-evidence")));
        QVERIFY(!QString::fromUtf8(h.bodyHead).contains(QLatin1String("s3cret")));
        QVERIFY(h.bodyBytes > 0);
        QVERIFY(h.timings.firstByteMs >= 0 && h.timings.totalMs >= h.timings.firstByteMs);
        QCOMPARE(h.remoteAddress, QStringLiteral("127.0.0.1"));
        if (scheme == QLatin1String("https")) {
            QCOMPARE(h.httpVersion, QStringLiteral("2")); // nginx offers h2, Qt takes it
            QVERIFY2(h.tlsIssuer.contains(QLatin1String("CN=Gatecheck Test Root CA")), qPrintable(h.tlsIssuer));
            QVERIFY(h.timings.tlsMs >= 0);
        } else {
            QCOMPARE(h.httpVersion, QStringLiteral("1.1"));
            QVERIFY(h.tlsIssuer.isEmpty());
            QVERIFY(h.timings.connectMs >= 0);
        }
    }

    void pinnedKeepsSniAndHost_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("address");
        QTest::newRow("https over IPv4") << "https"
                                         << "127.0.0.1";
        QTest::newRow("https over IPv6") << "https"
                                         << "::1";
        QTest::newRow("http over IPv4") << "http"
                                        << "127.0.0.1";
        QTest::newRow("http over IPv6") << "http"
                                        << "::1";
    }

    void pinnedKeepsSniAndHost()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, address);
        const bool https = scheme == QLatin1String("https");
        const QString marker = QStringLiteral("/whoami?pin=%1-%2").arg(scheme, address);
        QUrl url = https ? m_site.httpsUrl(QStringLiteral("/whoami"), QStringLiteral("origin.test"))
                         : m_site.httpUrl(QStringLiteral("/whoami"), QStringLiteral("origin.test"));
        url.setQuery(marker.section(QLatin1Char('?'), 1));
        HttpRequestSpec s = spec(url);
        s.pathName = QStringLiteral("alt-dns");
        s.pinnedAddress = address;
        const HttpObservation h = fetch(s);
        QVERIFY2(!h.error.isError(), qPrintable(h.error.code + QLatin1Char(' ') + h.error.message));
        QCOMPARE(h.status, 200);
        QCOMPARE(h.pinnedAddress, address);
        QCOMPARE(h.remoteAddress, address);
        QCOMPARE(h.httpVersion, QStringLiteral("1.1"));
        // What nginx saw: SNI and Host are the name, though the connection went to the address.
        const QString port = QString::number(url.port());
        const QString expected =
            QStringLiteral("%1|origin.test|HTTP/1.1").arg(https ? QStringLiteral("origin.test") : QString());
        QCOMPARE(QString::fromUtf8(h.bodyHead).trimmed(), expected);
        // nginx writes its log line once the response is out: wait for it.
        const QString logLine = QStringLiteral("%1|%2|origin.test|HTTP/1.1|%3|200")
                                    .arg(port, https ? QStringLiteral("origin.test") : QStringLiteral("-"), marker);
        QTRY_VERIFY_WITH_TIMEOUT(m_site.nginx().accessLog().contains(logLine), 10000);
    }

    void pinnedChecksTheCertificateAgainstTheName()
    {
        // Pinned to the right address but asking for a name the certificate does not carry.
        HttpRequestSpec s = spec(m_site.httpsUrl(QStringLiteral("/"), QStringLiteral("not-origin.test")));
        s.pinnedAddress = QStringLiteral("127.0.0.1");
        const HttpObservation h = fetch(s);
        QCOMPARE(h.error.code, ErrorCode::TlsVerifyFailed);
        QVERIFY2(
            h.error.message.contains(QLatin1String("host name"), Qt::CaseInsensitive), qPrintable(h.error.message));
        QCOMPARE(h.status, 0);
    }

    void tlsIsJudgedLikeABrowser_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("trustRigCa");
        QTest::addColumn<QString>("errorText");
        QTest::newRow("issuer unknown to the system") << int(m_site.httpsPort()) << false << "untrusted";
        QTest::newRow("expired certificate") << int(m_site.expiredPort()) << true << "expired";
        QTest::newRow("certificate for another name") << int(m_site.wrongNamePort()) << true << "host name";
    }

    void tlsIsJudgedLikeABrowser()
    {
        QFETCH(int, port);
        QFETCH(bool, trustRigCa);
        QFETCH(QString, errorText);
        QUrl url = m_site.httpsUrl(QStringLiteral("/"));
        url.setPort(port);
        HttpRequestSpec s = spec(url);
        s.trust = m_trust;
        if (!trustRigCa)
            s.trust.systemRoots = testing::systemRoots();
        const HttpObservation h = fetch(s);
        QCOMPARE(h.error.code, ErrorCode::TlsVerifyFailed);
        QVERIFY2(h.error.message.contains(errorText, Qt::CaseInsensitive), qPrintable(h.error.message));
        QCOMPARE(h.status, 0);
        // The issuer of what was presented is known even though it was refused.
        QVERIFY2(h.tlsIssuer.contains(QLatin1String("CN=Gatecheck Test Root CA")), qPrintable(h.tlsIssuer));
    }

    void redirectsAreFollowedAndBounded_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("maxRedirects");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("hops");
        QTest::addColumn<QString>("error");
        QTest::newRow("8 redirects, 8 allowed") << "/chain/1" << 8 << 200 << 8 << "";
        QTest::newRow("8 redirects, 5 allowed") << "/chain/1" << 5 << 302 << 6 << ErrorCode::TooManyRedirects;
        QTest::newRow("a loop") << "/loop" << 5 << 302 << 6 << ErrorCode::TooManyRedirects;
        QTest::newRow("no redirects allowed") << "/chain/7" << 0 << 302 << 1 << ErrorCode::TooManyRedirects;
    }

    void redirectsAreFollowedAndBounded()
    {
        QFETCH(QString, path);
        QFETCH(int, maxRedirects);
        QFETCH(int, status);
        QFETCH(int, hops);
        QFETCH(QString, error);
        HttpRequestSpec s = spec(m_site.httpsUrl(path));
        s.limits.maxRedirects = maxRedirects;
        const HttpObservation h = fetch(s);
        QCOMPARE(h.error.code, error);
        QCOMPARE(h.status, status);
        QCOMPARE(h.redirects.size(), hops);
        QCOMPARE(h.redirects.constFirst().status, 302);
        if (status == 200)
            QCOMPARE(h.title, QStringLiteral("Origin OK"));
    }

    void captivePortalRedirectIsFollowed()
    {
        const HttpObservation h = fetch(spec(m_site.httpUrl(QStringLiteral("/portal"), QStringLiteral("::1"))));
        QVERIFY2(!h.error.isError(), qPrintable(h.error.message));
        QCOMPARE(h.status, 200);
        QCOMPARE(h.title, QStringLiteral("Wi-Fi Sign In"));
        QCOMPARE(h.redirects.size(), 1);
        QCOMPARE(QUrl(h.redirects.constFirst().location).host(), QStringLiteral("127.0.0.1"));
    }

    void pinnedPathDoesNotFollowToAnotherHost()
    {
        HttpRequestSpec s = spec(m_site.httpUrl(QStringLiteral("/portal"), QStringLiteral("origin.test")));
        s.pinnedAddress = QStringLiteral("127.0.0.1");
        const HttpObservation h = fetch(s);
        QVERIFY(!h.error.isError());
        QCOMPARE(h.status, 302);
        QCOMPARE(h.redirects.size(), 1);
        QCOMPARE(h.headers.value(QStringLiteral("location")),
            QStringLiteral("http://127.0.0.1:%1/portal-login").arg(m_site.httpPort()));
    }

    void bodyIsCapped_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("truncated");
        for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")}) {
            QTest::newRow(qPrintable(scheme + QStringLiteral(" 1 MiB, cap 100000")))
                << scheme << "/files/big.bin" << true;
            QTest::newRow(qPrintable(scheme + QStringLiteral(" exactly the cap")))
                << scheme << "/files/exact.bin" << false;
        }
    }

    void bodyIsCapped()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, file);
        QFETCH(bool, truncated);
        HttpRequestSpec s = spec(scheme == QLatin1String("https") ? m_site.httpsUrl(file) : m_site.httpUrl(file));
        s.limits.maxBodyBytes = 100000;
        const HttpObservation h = fetch(s);
        QVERIFY2(!h.error.isError(), qPrintable(h.error.message));
        QCOMPARE(h.status, 200);
        QCOMPARE(h.bodyTruncated, truncated);
        QCOMPARE(h.bodyBytes, qint64(100000));
        QCOMPARE(h.bodyHead.size(), qsizetype(s.limits.bodyHeadBytes));
        QCOMPARE(h.headers.value(QStringLiteral("content-length")),
            truncated ? QStringLiteral("1048576") : QStringLiteral("100000"));
    }

    void slowPathIsTimedNotFailed_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<int>("deadlineMs");
        QTest::addColumn<QString>("error");
        QTest::newRow("http, 300 ms each way") << "http" << 300 << 15000 << "";
        QTest::newRow("https, 300 ms each way") << "https" << 300 << 15000 << "";
        QTest::newRow("slower than the deadline") << "http" << 1500 << 1000 << ErrorCode::Timeout;
    }

    void slowPathIsTimedNotFailed()
    {
        QFETCH(QString, scheme);
        QFETCH(int, delayMs);
        QFETCH(int, deadlineMs);
        QFETCH(QString, error);
        const bool https = scheme == QLatin1String("https");
        DelayRelay relay(QStringLiteral("127.0.0.1"), https ? m_site.httpsPort() : m_site.httpPort(),
            std::chrono::milliseconds(delayMs));
        QString startError;
        QVERIFY2(relay.start(&startError), qPrintable(startError));
        QUrl url = https ? m_site.httpsUrl(QStringLiteral("/")) : m_site.httpUrl(QStringLiteral("/"));
        url.setPort(relay.port());
        const HttpObservation h = fetch(spec(url), std::chrono::milliseconds(deadlineMs));
        QVERIFY2(h.error.code == error, qPrintable(h.error.code + QLatin1Char(' ') + h.error.message));
        if (!error.isEmpty()) {
            QCOMPARE(h.status, 0);
            QVERIFY(h.timings.totalMs >= deadlineMs * 9 / 10); // a coarse timer may fire 5% early
            return;
        }
        QCOMPARE(h.status, 200);
        QCOMPARE(h.title, QStringLiteral("Origin OK"));
        // The request waits for the relay's connect and its own delay, the answer for another.
        QVERIFY2(h.timings.firstByteMs >= 2 * delayMs, qPrintable(QString::number(h.timings.firstByteMs)));
        if (https) // the handshake alone crosses the relay twice
            QVERIFY2(h.timings.tlsMs >= 2 * delayMs, qPrintable(QString::number(h.timings.tlsMs)));
        QVERIFY(h.timings.totalMs >= h.timings.firstByteMs);
    }
};

QTEST_GUILESS_MAIN(TestHttpProbeOrigin)
#include "tst_httpprobe_origin.moc"
