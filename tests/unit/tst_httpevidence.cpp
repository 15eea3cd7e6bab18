// SPDX-License-Identifier: GPL-3.0-or-later
// What an HTTP response becomes as evidence: the headers that tell who answered (never a
// cookie value), and the page title, from well-formed and hostile input alike.
#include "net/HttpEvidence.h"
#include "net/HttpProbe.h"

#include <QTest>

using namespace gatecheck;

using Pairs = QList<QPair<QByteArray, QByteArray>>;

class TestHttpEvidence : public QObject
{
    Q_OBJECT
private slots:
    void keepsHopHeaders()
    {
        const Pairs headers {{"Server", "cloudflare"}, {"CF-RAY", "8a1b-AMS"}, {"Via", "1.1 proxy-a (squid/5.7)"},
            {"via", "1.1 edge"}, {"X-Akamai-Transformed", "9 - 0 pmb=mRUM,1"}, {"X-Envoy-Upstream-Service-Time", "12"},
            {"Content-Type", "text/html; charset=UTF-8"}, {"X-Frame-Options", "DENY"}, {"Authorization-Info", "secret"},
            {"Set-Cookie", "session=abc; Path=/\n__cf_bm=xyz; HttpOnly\nsession=def"}};
        const QMap<QString, QString> kept = hopHeaders(headers);
        QCOMPARE(kept.value(QStringLiteral("server")), QStringLiteral("cloudflare"));
        QCOMPARE(kept.value(QStringLiteral("cf-ray")), QStringLiteral("8a1b-AMS"));
        QCOMPARE(kept.value(QStringLiteral("via")), QStringLiteral("1.1 proxy-a (squid/5.7), 1.1 edge"));
        QCOMPARE(kept.value(QStringLiteral("x-akamai-transformed")), QStringLiteral("9 - 0 pmb=mRUM,1"));
        QCOMPARE(kept.value(QStringLiteral("x-envoy-upstream-service-time")), QStringLiteral("12"));
        QCOMPARE(kept.value(QStringLiteral("content-type")), QStringLiteral("text/html; charset=UTF-8"));
        QCOMPARE(kept.value(QStringLiteral("set-cookie")), QStringLiteral("session, __cf_bm"));
        QVERIFY(!kept.contains(QStringLiteral("x-frame-options")));
        QVERIFY(!kept.contains(QStringLiteral("authorization-info")));
        for (const QString &value : kept)
            QVERIFY2(!value.contains(QLatin1String("abc")) && !value.contains(QLatin1String("xyz")), qPrintable(value));
        QVERIFY(HttpProbe::hopHeaderNames().contains(QStringLiteral("x-squid-error")));
    }

    void boundsHostileValues()
    {
        const Pairs headers {
            {"Server", QByteArray(100000, 'a')}, {"Set-Cookie", "=novalue\n;\n" + QByteArray(500, 'n') + "=1"}};
        const QMap<QString, QString> kept = hopHeaders(headers);
        QCOMPARE(kept.value(QStringLiteral("server")).size(), 512);
        QCOMPARE(kept.value(QStringLiteral("set-cookie")), QString(64, QLatin1Char('n')));
    }

    void title_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("title");
        QTest::newRow("plain") << QByteArray("<html><head><title>502 Bad Gateway</title>") << QByteArray()
                               << "502 Bad Gateway";
        QTest::newRow("upper case, attributes")
            << QByteArray("<TITLE lang=\"en\">Access Denied</TITLE>") << QByteArray() << "Access Denied";
        QTest::newRow("entities") << QByteArray("<title>Just a moment&hellip; &amp; wait &#8212; &#x41;</title>")
                                  << QByteArray() << QString::fromUtf8("Just a moment\u2026 & wait \u2014 A");
        QTest::newRow("whitespace collapsed")
            << QByteArray("<title>\n   Wi-Fi\n\t Sign In  </title>") << QByteArray() << "Wi-Fi Sign In";
        QTest::newRow("latin-1 by header")
            << QByteArray("<title>Z\xfcrich</title>") << QByteArray("text/html; charset=ISO-8859-1")
            << QString::fromUtf8("Z\u00fcrich");
        QTest::newRow("utf-8 by default") << QByteArray("<title>Z\xc3\xbcrich</title>") << QByteArray("text/html")
                                          << QString::fromUtf8("Z\u00fcrich");
        QTest::newRow("cut off at the end of the head")
            << QByteArray("<title>Sign in to your acc") << QByteArray() << "Sign in to your acc";
        QTest::newRow("no title") << QByteArray("{\"status\":\"ok\"}") << QByteArray("application/json") << "";
        QTest::newRow("invalid code point")
            << QByteArray("<title>&#xD800;&#99999999;ok</title>") << QByteArray() << "ok";
        QTest::newRow("very long title") << ("<title>" + QByteArray(10000, 'x') + "</title>") << QByteArray()
                                         << QString(200, QLatin1Char('x'));
    }

    void title()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, title);
        QCOMPARE(htmlTitle(html, contentType), title);
    }

    void titleOfBinaryGarbageIsHarmless()
    {
        QByteArray garbage;
        for (int i = 0; i < 32 * 1024; ++i)
            garbage += char((i * 7919) & 0xff);
        garbage += "<title>after garbage</title>";
        QVERIFY(htmlTitle(garbage).size() <= 200);
    }
};

QTEST_GUILESS_MAIN(TestHttpEvidence)
#include "tst_httpevidence.moc"
