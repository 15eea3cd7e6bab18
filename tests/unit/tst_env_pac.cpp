// SPDX-License-Identifier: GPL-3.0-or-later
// Proxy auto-config in a real JavaScript engine: the standard helpers, the Ex variants,
// broken and hostile scripts, the deadline, and fetching from a file with a size cap.
#include "env/PacEvaluator.h"
#include "env/PacResolver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck::env;

namespace {

// Wednesday 5 June 2024, 14:30:15 UTC.
const QDateTime kFixed(QDate(2024, 6, 5), QTime(14, 30, 15), Qt::UTC);

PacResult evaluate(const QByteArray &script, const QUrl &url = QUrl(QStringLiteral("https://go.xero.com/")),
    std::chrono::milliseconds deadline = std::chrono::seconds(10))
{
    PacEvaluator evaluator(script, url, deadline);
    evaluator.setFixedTime(kFixed);
    QSignalSpy spy(&evaluator, &PacEvaluator::finished);
    evaluator.start();
    if (!evaluator.isFinished() && !spy.wait(30000))
        qFatal("PAC evaluation never finished");
    return evaluator.result();
}

QString expression(const QString &js)
{
    const PacResult r =
        evaluate(QStringLiteral("function FindProxyForURL(url, host) { return String(%1); }").arg(js).toUtf8());
    return r.ok ? r.value : QStringLiteral("error: ") + r.error;
}

} // namespace

class TestEnvPac : public QObject
{
    Q_OBJECT
private slots:
    void helpers_data()
    {
        QTest::addColumn<QString>("js");
        QTest::addColumn<QString>("expected");
        QTest::newRow("isPlainHostName plain") << "isPlainHostName('intranet')"
                                               << "true";
        QTest::newRow("isPlainHostName dotted") << "isPlainHostName('go.xero.com')"
                                                << "false";
        QTest::newRow("dnsDomainIs") << "dnsDomainIs('go.xero.com', '.xero.com')"
                                     << "true";
        QTest::newRow("dnsDomainIs bare domain") << "dnsDomainIs('xero.com', '.xero.com')"
                                                 << "false";
        QTest::newRow("localHostOrDomainIs short") << "localHostOrDomainIs('www', 'www.example.com')"
                                                   << "true";
        QTest::newRow("localHostOrDomainIs other") << "localHostOrDomainIs('www.other.com', 'www.example.com')"
                                                   << "false";
        QTest::newRow("dnsDomainLevels") << "dnsDomainLevels('go.xero.com')"
                                         << "2";
        QTest::newRow("shExpMatch star") << "shExpMatch('https://go.xero.com/app', '*.xero.com/*')"
                                         << "true";
        QTest::newRow("shExpMatch regex chars are literal") << "shExpMatch('a+b(c)', 'a+b(c)')"
                                                            << "true";
        QTest::newRow("shExpMatch question mark") << "shExpMatch('x.y', 'x?y')"
                                                  << "true";
        QTest::newRow("shExpMatch anchored") << "shExpMatch('xero.com.evil', '*.xero.com')"
                                             << "false";
        QTest::newRow("isInNet inside") << "isInNet('10.1.2.3', '10.0.0.0', '255.0.0.0')"
                                        << "true";
        QTest::newRow("isInNet outside") << "isInNet('192.168.1.1', '10.0.0.0', '255.0.0.0')"
                                         << "false";
        QTest::newRow("isInNet bad mask") << "isInNet('10.1.2.3', '10.0.0.0', 'nonsense')"
                                          << "false";
        QTest::newRow("isInNetEx ipv6") << "isInNetEx('fd00::5', 'fd00::/8')"
                                        << "true";
        QTest::newRow("dnsResolve literal") << "dnsResolve('192.0.2.7')"
                                            << "192.0.2.7";
        QTest::newRow("dnsResolve localhost") << "dnsResolve('localhost')"
                                              << "127.0.0.1";
        QTest::newRow("dnsResolve empty is null") << "dnsResolve('') === null"
                                                  << "true";
        QTest::newRow("isResolvable literal") << "isResolvable('127.0.0.1')"
                                              << "true";
        QTest::newRow("sortIpAddressList") << "sortIpAddressList('10.0.0.2;fd00::1;10.0.0.1')"
                                           << "fd00::1;10.0.0.1;10.0.0.2";
        QTest::newRow("sortIpAddressList garbage") << "sortIpAddressList('10.0.0.2;nope')"
                                                   << "";
        QTest::newRow("getClientVersion") << "getClientVersion()"
                                          << "1.0";
        QTest::newRow("myIpAddress is an address") << "/^[0-9.]+$/.test(myIpAddress())"
                                                   << "true";
        QTest::newRow("weekdayRange inside") << "weekdayRange('MON', 'FRI', 'GMT')"
                                             << "true";
        QTest::newRow("weekdayRange single other") << "weekdayRange('SAT', 'GMT')"
                                                   << "false";
        QTest::newRow("weekdayRange wraps") << "weekdayRange('FRI', 'MON', 'GMT')"
                                            << "false";
        QTest::newRow("weekdayRange bad day") << "weekdayRange('XYZ', 'GMT')"
                                              << "false";
        QTest::newRow("dateRange month") << "dateRange('JUN', 'GMT')"
                                         << "true";
        QTest::newRow("dateRange days") << "dateRange(1, 10, 'GMT')"
                                        << "true";
        QTest::newRow("dateRange months outside") << "dateRange('JAN', 'MAR', 'GMT')"
                                                  << "false";
        QTest::newRow("dateRange year") << "dateRange(2024, 'GMT')"
                                        << "true";
        QTest::newRow("dateRange full dates") << "dateRange(1, 'JUN', 2024, 30, 'JUN', 2024, 'GMT')"
                                              << "true";
        QTest::newRow("dateRange wrap outside") << "dateRange('NOV', 'FEB', 'GMT')"
                                                << "false";
        QTest::newRow("dateRange wrap inside") << "dateRange('MAY', 'FEB', 'GMT')"
                                               << "true";
        QTest::newRow("timeRange hour") << "timeRange(14, 'GMT')"
                                        << "true";
        QTest::newRow("timeRange hours") << "timeRange(9, 17, 'GMT')"
                                         << "true";
        QTest::newRow("timeRange end exclusive") << "timeRange(13, 14, 'GMT')"
                                                 << "false";
        QTest::newRow("timeRange minutes") << "timeRange(14, 0, 14, 30, 'GMT')"
                                           << "true";
        QTest::newRow("timeRange seconds") << "timeRange(14, 30, 16, 14, 30, 20, 'GMT')"
                                           << "false";
        QTest::newRow("timeRange wrap") << "timeRange(22, 6, 'GMT')"
                                        << "false";
    }
    void helpers()
    {
        QFETCH(QString, js);
        QFETCH(QString, expected);
        QCOMPARE(expression(js), expected);
    }

    void typicalCorporatePac()
    {
        const QByteArray pac = R"(
            function FindProxyForURL(url, host) {
                if (isPlainHostName(host) || dnsDomainIs(host, ".corp.example"))
                    return "DIRECT";
                if (isInNet(host, "10.0.0.0", "255.0.0.0"))
                    return "DIRECT";
                if (shExpMatch(host, "*.xero.com") || dnsDomainIs(host, ".intuit.com"))
                    return "PROXY proxy-a.corp.example:8080; PROXY proxy-b.corp.example:8080; DIRECT";
                return "PROXY proxy-a.corp.example:8080";
            })";
        QCOMPARE(evaluate(pac).value,
            QStringLiteral("PROXY proxy-a.corp.example:8080; PROXY proxy-b.corp.example:8080; DIRECT"));
        QCOMPARE(evaluate(pac, QUrl(QStringLiteral("https://wiki.corp.example/"))).value, QStringLiteral("DIRECT"));
        QCOMPARE(evaluate(pac, QUrl(QStringLiteral("http://10.3.4.5/"))).value, QStringLiteral("DIRECT"));
        QCOMPARE(evaluate(pac, QUrl(QStringLiteral("https://example.org/"))).value,
            QStringLiteral("PROXY proxy-a.corp.example:8080"));
    }

    void receivesUrlAndHost()
    {
        const PacResult r = evaluate("function FindProxyForURL(url, host) { return url + ' ' + host; }",
            QUrl(QStringLiteral("https://go.xero.com/")));
        QCOMPARE(r.value, QStringLiteral("https://go.xero.com/ go.xero.com"));
    }

    void exVariantWins()
    {
        const PacResult r = evaluate("function FindProxyForURL(u, h) { return 'PROXY old:1'; }\n"
                                     "function FindProxyForURLEx(u, h) { return 'PROXY new:2'; }");
        QCOMPARE(r.value, QStringLiteral("PROXY new:2"));
    }

    void alertIsLogged()
    {
        const PacResult r = evaluate("function FindProxyForURL(u, h) { alert('checking ' + h); return 'DIRECT'; }");
        QVERIFY(r.ok);
        QCOMPARE(r.log, QStringList {QStringLiteral("checking go.xero.com")});
    }

    void brokenScripts_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("syntax error") << QByteArray("function FindProxyForURL(u, h) { return 'DIRECT' ")
                                      << "does not run";
        QTest::newRow("no function") << QByteArray("var x = 1;") << "no FindProxyForURL";
        QTest::newRow("throws") << QByteArray("function FindProxyForURL(u, h) { throw new Error('boom'); }") << "boom";
        QTest::newRow("returns a number") << QByteArray("function FindProxyForURL(u, h) { return 42; }") << "no text";
        QTest::newRow("html instead of a script")
            << QByteArray("<html><head><title>Login</title></head><body>Please sign in</body></html>")
            << "does not run";
        QTest::newRow("endless recursion")
            << QByteArray("function f() { return f(); } function FindProxyForURL(u, h) { return f(); }") << "failed";
        QTest::newRow("binary junk") << QByteArray("\x00\x01\xff\xfePK\x03\x04", 8) << "does not run";
    }
    void brokenScripts()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, errorContains);
        const PacResult r = evaluate(script);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
    }

    void endlessLoopHitsTheDeadline()
    {
        for (const QByteArray &script :
            {QByteArray("while (true) {}"), QByteArray("function FindProxyForURL(u, h) { for (;;) {} }")}) {
            PacEvaluator evaluator(
                script, QUrl(QStringLiteral("https://go.xero.com/")), std::chrono::milliseconds(300));
            QSignalSpy spy(&evaluator, &PacEvaluator::finished);
            evaluator.start();
            QVERIFY(spy.wait(20000));
            QCOMPARE(spy.count(), 1);
            QVERIFY(evaluator.result().timedOut);
            QVERIFY(!evaluator.result().ok);
        } // the destructor must not hang on the interrupted engine either
    }

    void resolverReadsFileWithCap()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("proxy.pac"));
        QFile f(small);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("function FindProxyForURL(url, host) { return 'PROXY p.example:3128; DIRECT ' + url; }");
        f.close();
        PacResolver resolver({QUrl::fromLocalFile(QStringLiteral("/nonexistent/x.pac")), QUrl::fromLocalFile(small)},
            QUrl(QStringLiteral("https://go.xero.com/app/dashboard?q=1")));
        QSignalSpy spy(&resolver, &PacResolver::finished);
        resolver.start();
        QVERIFY(spy.count() == 1 || spy.wait(20000));
        QVERIFY(resolver.outcome().fetched);
        // The first candidate was missing; the second answered. https loses path and query.
        QCOMPARE(resolver.outcome().result.value, QStringLiteral("PROXY p.example:3128; DIRECT https://go.xero.com/"));

        const QString big = dir.filePath(QStringLiteral("big.pac"));
        QFile b(big);
        QVERIFY(b.open(QIODevice::WriteOnly));
        QVERIFY(b.resize(3 * 1024 * 1024)); // sparse: cheap to make, too large to be a PAC file
        b.close();
        PacLimits limits;
        limits.maxBytes = 1024 * 1024;
        PacResolver tooBig({QUrl::fromLocalFile(big)}, QUrl(QStringLiteral("https://go.xero.com/")), limits);
        QSignalSpy spy2(&tooBig, &PacResolver::finished);
        tooBig.start();
        QVERIFY(spy2.count() == 1 || spy2.wait(20000));
        QVERIFY(!tooBig.outcome().fetched);
        QVERIFY2(tooBig.outcome().error.contains(QLatin1String("too large")), qPrintable(tooBig.outcome().error));
    }
};

QTEST_GUILESS_MAIN(TestEnvPac)
#include "tst_env_pac.moc"
