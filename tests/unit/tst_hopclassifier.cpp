// SPDX-License-Identifier: GPL-3.0-or-later
// Who answered: classified by the hop's own marks, never by the status number. The header
// sets are those real servers send (squid 5.7, mitmproxy 8.1, tinyproxy, nginx, Cloudflare,
// CloudFront, Akamai, AWS ELB, envoy).
#include "diagnosis/HopClassifier.h"
#include "profiles/ProfileRegistry.h"

#include <QTest>

using namespace gatecheck;

Q_DECLARE_METATYPE(gatecheck::Hop)
Q_DECLARE_METATYPE(gatecheck::Outcome)

namespace {

using Headers = QMap<QString, QString>;

HttpObservation answer(int status, const Headers &headers, const QString &proxy = QString(),
    const QByteArray &body = QByteArray(), const QString &title = QString(),
    const QString &issuer = QStringLiteral("CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc"))
{
    HttpObservation h;
    h.id = QStringLiteral("http:test");
    h.url = QStringLiteral("https://go.xero.com/");
    h.path = proxy.isEmpty() ? QStringLiteral("direct") : QStringLiteral("as-browser");
    h.proxy = proxy;
    h.status = status;
    h.headers = headers;
    h.bodyHead = body;
    h.title = title;
    h.tlsIssuer = issuer;
    return h;
}

VendorProfile xero()
{
    return *ProfileRegistry().find(QStringLiteral("xero"));
}

const char *name(Hop h)
{
    switch (h) {
    case Hop::Unknown:
        return "unknown";
    case Hop::Vendor:
        return "vendor";
    case Hop::Proxy:
        return "proxy";
    case Hop::Waf:
        return "waf";
    case Hop::CaptivePortal:
        return "captive";
    }
    return "?";
}

const char *name(Outcome o)
{
    switch (o) {
    case Outcome::NotRun:
        return "not_run";
    case Outcome::Good:
        return "good";
    case Outcome::VendorError:
        return "vendor_error";
    case Outcome::ProxyError:
        return "proxy_error";
    case Outcome::Blocked:
        return "blocked";
    case Outcome::Captive:
        return "captive";
    case Outcome::Failed:
        return "failed";
    }
    return "?";
}

} // namespace

class TestHopClassifier : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<HttpObservation>("http");
        QTest::addColumn<QString>("hop");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("who");
        const QString proxy = QStringLiteral("http://10.0.0.2:3128");
        const Headers squid {{QStringLiteral("server"), QStringLiteral("squid/5.7")},
            {QStringLiteral("via"), QStringLiteral("1.1 proxy.lan (squid/5.7)")}};
        auto squidWith = [&](const char *error) {
            Headers h = squid;
            h.insert(QStringLiteral("x-squid-error"), QLatin1String(error));
            return h;
        };
        QTest::newRow("squid refused upstream: 503")
            << answer(503, squidWith("ERR_CONNECT_FAIL 111"), proxy, {}, {}, {}) << "proxy"
            << "proxy_error"
            << "squid/5.7";
        QTest::newRow("squid empty upstream answer: 502")
            << answer(502, squidWith("ERR_ZERO_SIZE_OBJECT 0"), proxy) << "proxy"
            << "proxy_error"
            << "squid/5.7";
        QTest::newRow("squid access denied: 403") << answer(403, squidWith("ERR_ACCESS_DENIED 0"), proxy) << "proxy"
                                                  << "proxy_error"
                                                  << "squid/5.7";
        QTest::newRow("squid relays the vendor's 502") << answer(502,
            {{QStringLiteral("server"), QStringLiteral("cloudflare")},
                {QStringLiteral("cf-ray"), QStringLiteral("8e5c-SYD")},
                {QStringLiteral("via"), QStringLiteral("1.1 proxy.lan (squid/5.7)")}},
            proxy) << "vendor"
                                                       << "vendor_error"
                                                       << "Cloudflare";
        QTest::newRow("mitmproxy's own 502")
            << answer(502, {{QStringLiteral("server"), QStringLiteral("mitmproxy 8.1.1")}}, proxy) << "proxy"
            << "proxy_error"
            << "mitmproxy 8.1.1";
        QTest::newRow("tinyproxy 500") << answer(500, {{QStringLiteral("server"), QStringLiteral("tinyproxy/1.11.1")}},
            proxy) << "proxy"
                                       << "proxy_error"
                                       << "tinyproxy/1.11.1";
        QTest::newRow("407 from the proxy")
            << answer(407, {{QStringLiteral("proxy-authenticate"), QStringLiteral("Negotiate")}}, proxy) << "proxy"
            << "proxy_error"
            << "";
        QTest::newRow("Zscaler block page, no headers but the body") << answer(403,
            {{QStringLiteral("content-type"), QStringLiteral("text/html")}}, QString(),
            "<html><title>Website blocked</title>... Zscaler ...") << "proxy"
                                                                     << "proxy_error"
                                                                     << "Zscaler";
        QTest::newRow("Cloudflare 502") << answer(502,
            {{QStringLiteral("server"), QStringLiteral("cloudflare")},
                {QStringLiteral("cf-ray"), QStringLiteral("8e5c-SYD")}})
                                        << "vendor"
                                        << "vendor_error"
                                        << "Cloudflare";
        QTest::newRow("CloudFront 504") << answer(504,
            {{QStringLiteral("x-amz-cf-id"), QStringLiteral("abc==")},
                {QStringLiteral("x-cache"), QStringLiteral("Error from cloudfront")}})
                                        << "vendor"
                                        << "vendor_error"
                                        << "Amazon CloudFront";
        QTest::newRow("AWS ELB 503") << answer(503, {{QStringLiteral("server"), QStringLiteral("awselb/2.0")}})
                                     << "vendor"
                                     << "vendor_error"
                                     << "AWS load balancer";
        QTest::newRow("envoy 503") << answer(503, {{QStringLiteral("server"), QStringLiteral("envoy")}}) << "vendor"
                                   << "vendor_error"
                                   << "envoy gateway";
        QTest::newRow("the vendor's nginx (profile pattern)")
            << answer(502, {{QStringLiteral("server"), QStringLiteral("nginx/1.22.1")}}) << "vendor"
            << "vendor_error"
            << "nginx/1.22.1";
        QTest::newRow("Cloudflare challenge") << answer(403,
            {{QStringLiteral("server"), QStringLiteral("cloudflare")},
                {QStringLiteral("cf-mitigated"), QStringLiteral("challenge")}},
            QString(), {}, QStringLiteral("Just a moment..."))
                                              << "waf"
                                              << "blocked"
                                              << "Cloudflare";
        QTest::newRow("Cloudflare challenge is 503 too")
            << answer(503, {{QStringLiteral("server"), QStringLiteral("cloudflare")}}, QString(),
                   "<script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate\">", QStringLiteral("Just a moment..."))
            << "waf"
            << "blocked"
            << "Cloudflare";
        QTest::newRow("Akamai access denied")
            << answer(403, {{QStringLiteral("server"), QStringLiteral("AkamaiGHost")}}, QString(),
                   "You don't have permission... Reference&#32;&#35;18", QStringLiteral("Access Denied"))
            << "waf"
            << "blocked"
            << "Akamai";
        QTest::newRow("Imperva page") << answer(200, {}, QString(), "<script src=\"/_Incapsula_Resource?SWJIYLWA=\">")
                                      << "waf"
                                      << "blocked"
                                      << "Imperva Incapsula";
        QTest::newRow("AWS WAF captcha") << answer(
            405, {{QStringLiteral("x-amzn-waf-action"), QStringLiteral("captcha")}})
                                         << "waf"
                                         << "blocked"
                                         << "AWS WAF";
        QTest::newRow("plain 200 direct")
            << answer(200, {{QStringLiteral("content-type"), QStringLiteral("text/html")}}) << "vendor"
            << "good"
            << "";
        QTest::newRow("unmarked 502 through a proxy with an inspection certificate")
            << answer(502, {}, proxy, {}, {}, QStringLiteral("CN=Forcepoint Cloud CA,O=Forcepoint LLC")) << "proxy"
            << "proxy_error"
            << "Forcepoint";
        QTest::newRow("unmarked 503 through a proxy, unknown certificate")
            << answer(503, {}, proxy, {}, {}, QStringLiteral("CN=Acme Outbound CA")) << "proxy"
            << "proxy_error"
            << "http://10.0.0.2:3128";
        QTest::newRow("unmarked 502 inside a clean tunnel") << answer(502, {}, proxy) << "unknown"
                                                            << "vendor_error"
                                                            << "";
        HttpObservation captive = answer(200, {{QStringLiteral("server"), QStringLiteral("lighttpd")}});
        captive.url = QStringLiteral("http://go.xero.com/");
        captive.redirects = {{302, QStringLiteral("http://wifi.hotel-example.net/login?orig=go.xero.com")}};
        QTest::newRow("captive portal redirect") << captive << "captive"
                                                 << "captive"
                                                 << "wifi.hotel-example.net";
        HttpObservation toLogin = answer(200, {{QStringLiteral("server"), QStringLiteral("cloudflare")}});
        toLogin.redirects = {{302, QStringLiteral("https://login.xero.com/identity/user/login")}};
        QTest::newRow("redirect to the vendor's own login is not a portal") << toLogin << "vendor"
                                                                            << "good"
                                                                            << "Cloudflare";
        HttpObservation refused = answer(0, {}, proxy);
        refused.error = {ErrorCode::ProxyConnectionRefused, QStringLiteral("Proxy connection refused")};
        QTest::newRow("proxy refuses the connection") << refused << "proxy"
                                                      << "proxy_error"
                                                      << "http://10.0.0.2:3128";
        HttpObservation timeout = answer(0, {});
        timeout.error = {ErrorCode::Timeout, QStringLiteral("No answer")};
        QTest::newRow("no answer") << timeout << "unknown"
                                   << "failed"
                                   << "";
        HttpObservation stub = answer(0, {});
        stub.error = {ErrorCode::NotSupported, QStringLiteral("not implemented")};
        QTest::newRow("probe did not run") << stub << "unknown"
                                           << "not_run"
                                           << "";
    }

    void classify()
    {
        QFETCH(HttpObservation, http);
        QFETCH(QString, hop);
        QFETCH(QString, outcome);
        QFETCH(QString, who);
        const HopVerdict v = classifyHop(http, xero());
        QCOMPARE(QString::fromLatin1(name(v.hop)), hop);
        QCOMPARE(QString::fromLatin1(name(v.outcome)), outcome);
        if (!who.isEmpty())
            QCOMPARE(v.name, who);
    }

    void flags()
    {
        const VendorProfile p = xero();
        HttpObservation h =
            answer(407, {{QStringLiteral("proxy-authenticate"), QStringLiteral("Basic realm=\"office\"")}},
                QStringLiteral("http://10.0.0.2:3128"));
        QVERIFY(classifyHop(h, p).authRequired);
        QCOMPARE(classifyHop(h, p).detail, QStringLiteral("Basic"));
        h = answer(403,
            {{QStringLiteral("server"), QStringLiteral("squid/5.7")},
                {QStringLiteral("x-squid-error"), QStringLiteral("ERR_ACCESS_DENIED 0")}});
        QVERIFY(classifyHop(h, p).policyBlock);
        h = answer(403,
            {{QStringLiteral("server"), QStringLiteral("cloudflare")},
                {QStringLiteral("cf-mitigated"), QStringLiteral("challenge")}});
        QVERIFY(classifyHop(h, p).challenge);
        h = answer(403, {{QStringLiteral("server"), QStringLiteral("AkamaiGHost")}}, QString(), "Reference #18",
            QStringLiteral("Access Denied"));
        QVERIFY(!classifyHop(h, p).challenge);
        h = answer(502,
            {{QStringLiteral("cf-ray"), QStringLiteral("8e5c-SYD")},
                {QStringLiteral("xero-correlation-id"), QStringLiteral("c0ffee")}});
        QCOMPARE(classifyHop(h, p).reference, QStringLiteral("cf-ray: 8e5c-SYD, xero-correlation-id: c0ffee"));
    }
};

QTEST_GUILESS_MAIN(TestHopClassifier)
#include "tst_hopclassifier.moc"
