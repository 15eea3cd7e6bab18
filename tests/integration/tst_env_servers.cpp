// SPDX-License-Identifier: GPL-3.0-or-later
// The environment parts that talk to a server, against real servers on loopback: the
// captive-portal check (nginx answering 204, redirecting, substituting a login page; a silent
// listener), the environment collector inside a diagnosis run, and the clock check from the
// Date headers of a server whose clock runs two hours ahead (faketime).
#include "RigCli.h"
#include "RigProcess.h"
#include "engine/DiagnosisRun.h"
#include "env/CaptivePortalCheck.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::env;
using namespace gatecheck::rig;

namespace {

QString cli()
{
    return QStringLiteral(GATECHECK_BINARY_DIR "/app/cli/gatecheck-cli");
}

CaptiveResult check(const QUrl &url, const CaptiveExpectation &expectation = {204, {}},
    std::chrono::milliseconds deadline = std::chrono::seconds(10))
{
    CaptivePortalCheck c(url, expectation, deadline);
    QSignalSpy spy(&c, &CaptivePortalCheck::finished);
    c.start();
    if (!c.isFinished() && !spy.wait(60000))
        qFatal("the captive-portal check never finished");
    return c.result();
}

DiagnosisOptions localOptions(const QUrl &target)
{
    DiagnosisOptions o;
    o.profile = customProfile(target);
    o.targetUrl = target;
    o.resolvers.clear(); // nothing but loopback: no public resolvers, no DoH, no status page
    o.dohEndpoints.clear();
    o.trust = TrustAnchors::load();
    o.probeTimeout = std::chrono::seconds(8);
    o.overallTimeout = std::chrono::seconds(30);
    return o;
}

} // namespace

class TestEnvServers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        RIG_REQUIRE_PROGRAM("nginx");
        m_port = freeTcpPort();
        const QString dir = m_nginx.dir();
        const QByteArray config = QStringLiteral(R"(daemon off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log;
events { worker_connections 64; }
http {
    access_log %1/access.log;
    client_body_temp_path %1/client_body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    server {
        listen 127.0.0.1:%2;
        location = /generate_204 { return 204; }
        location = /portal { return 302 http://login.hotel.example/?continue=1; }
        location = /substituted {
            default_type text/html;
            return 200 "<html><head><title>Hotel WiFi Login</title></head><body>Sign in to continue</body></html>";
        }
        location = /hotspot-detect.html {
            default_type text/html;
            return 200 "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>";
        }
    }
}
)")
                                      .arg(dir)
                                      .arg(m_port)
                                      .toUtf8();
        QVERIFY(m_nginx.writeFile(QStringLiteral("nginx.conf"), config));
        QVERIFY(m_nginx.start(QStringLiteral("nginx"),
            {QStringLiteral("-c"), m_nginx.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-p"), dir}));
        QVERIFY2(m_nginx.waitForTcp(QHostAddress::LocalHost, m_port), qPrintable(m_nginx.lastError()));
    }

    void cleanupTestCase() { m_nginx.stop(); }

    void noPortal()
    {
        const CaptiveResult r = check(url(QStringLiteral("/generate_204")));
        QVERIFY(r.checked);
        QVERIFY2(!r.portal, qPrintable(r.detail));
        const CaptiveResult apple = check(url(QStringLiteral("/hotspot-detect.html")), {200, "Success"});
        QVERIFY(apple.checked && !apple.portal);
    }

    void redirectIsAPortal()
    {
        const CaptiveResult r = check(url(QStringLiteral("/portal")));
        QVERIFY(r.checked);
        QVERIFY(r.portal);
        QVERIFY2(r.detail.contains(QLatin1String("login.hotel.example")), qPrintable(r.detail));
    }

    void substitutedContentIsAPortal()
    {
        const CaptiveResult r = check(url(QStringLiteral("/substituted")));
        QVERIFY(r.checked && r.portal);
        QVERIFY2(r.detail.contains(QLatin1String("Hotel WiFi Login")), qPrintable(r.detail));
        // Expecting Apple's "Success" page but getting the login page: also a portal.
        QVERIFY(check(url(QStringLiteral("/substituted")), {200, "Success"}).portal);
    }

    void unreachableOrSilentGivesNoVerdict()
    {
        const CaptiveResult closed = check(QUrl(QStringLiteral("http://127.0.0.1:%1/generate_204").arg(freeTcpPort())));
        QVERIFY(!closed.checked);
        QVERIFY(!closed.portal);
        // A listener that accepts and never answers: the deadline ends it.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const CaptiveResult r = check(QUrl(QStringLiteral("http://127.0.0.1:%1/generate_204").arg(silent.serverPort())),
            {204, {}}, std::chrono::milliseconds(500));
        QVERIFY(!r.checked);
        QVERIFY2(r.detail.contains(QLatin1String("did not answer")), qPrintable(r.detail));
    }

    void cliReportsThePortal()
    {
        const CliResult r = runCli(cli(),
            {QStringLiteral("environment"), QStringLiteral("--json"), QStringLiteral("--url"),
                QStringLiteral("https://127.0.0.1/"), QStringLiteral("--captive-url"),
                url(QStringLiteral("/portal")).toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject env = r.json.value(QStringLiteral("environment")).toObject();
        QVERIFY(env.value(QStringLiteral("captive_checked")).toBool());
        QVERIFY(env.value(QStringLiteral("captive_portal")).toBool());
        QCOMPARE(runCli(cli(),
                     {QStringLiteral("environment"), QStringLiteral("--captive-url"),
                         QStringLiteral("https://example.invalid/")})
                     .exitCode,
            2); // the check is plain HTTP by definition
    }

    void diagnosisRunCollectsTheEnvironment()
    {
        DiagnosisOptions options = localOptions(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(freeTcpPort())));
        options.captivePortalUrl = url(QStringLiteral("/generate_204"));
        DiagnosisRun run(options);
        QSignalSpy finished(&run, &DiagnosisRun::finished);
        QSignalSpy probes(&run, &DiagnosisRun::probeFinished);
        run.start();
        QVERIFY(run.isFinished() || finished.wait(60000));
        const EnvironmentFacts &env = run.evidence().environment;
        QVERIFY(env.collected);
        QCOMPARE(env.os, QStringLiteral("linux"));
        QVERIFY(env.captiveChecked);
        QVERIFY(!env.captivePortal);
        bool environmentReported = false;
        for (const QList<QVariant> &args : std::as_const(probes))
            environmentReported |= args.at(1).toString() == QLatin1String("environment");
        QVERIFY(environmentReported);

        options.collectEnvironment = false;
        DiagnosisRun without(options);
        QSignalSpy finished2(&without, &DiagnosisRun::finished);
        without.start();
        QVERIFY(without.isFinished() || finished2.wait(60000));
        QVERIFY(!without.evidence().environment.collected);
        QVERIFY(!without.evidence().environment.clockChecked);
    }

    void clockOffsetFromTheServersDateHeaders()
    {
        RIG_REQUIRE_PROGRAM("faketime");
        RIG_REQUIRE_PROGRAM("python3");
        const quint16 port = freeTcpPort();
        RigProcess server(QStringLiteral("fast-clock"));
        QVERIFY(server.writeFile(QStringLiteral("www/index.html"), "<html><title>ok</title></html>"));
        QVERIFY(server.start(findProgram(QStringLiteral("faketime")),
            {QStringLiteral("-f"), QStringLiteral("+2h"), QStringLiteral("/usr/bin/python3"), QStringLiteral("-u"),
                QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port), QStringLiteral("--bind"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), server.filePath(QStringLiteral("www"))}));
        QVERIFY2(
            server.waitForTcp(QHostAddress::LocalHost, port, std::chrono::seconds(30)), qPrintable(server.lastError()));
        DiagnosisRun run(localOptions(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
        QSignalSpy finished(&run, &DiagnosisRun::finished);
        run.start();
        QVERIFY(run.isFinished() || finished.wait(60000));
        bool answered = false;
        for (const HttpObservation &h : run.evidence().http)
            answered |= h.status > 0 && h.headers.contains(QStringLiteral("date"));
        if (!answered)
            QSKIP("no HTTP answer with a Date header (HttpProbe not implemented on this branch, or it does not keep "
                  "the date header)");
        const EnvironmentFacts &env = run.evidence().environment;
        QVERIFY(env.clockChecked);
        QVERIFY(env.clockSamples >= 1);
        // This computer is two hours behind the server: about -7200 s (Date has 1 s resolution).
        QVERIFY2(env.clockOffsetSeconds < -7100 && env.clockOffsetSeconds > -7300,
            qPrintable(QString::number(env.clockOffsetSeconds)));
    }

private:
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }

    RigProcess m_nginx {QStringLiteral("nginx-captive")};
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestEnvServers)
#include "tst_env_servers.moc"
