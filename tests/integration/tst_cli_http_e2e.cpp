// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through gatecheck-cli, inside a namespace where "origin.test" is the rig's
// nginx and https_proxy points at a TLS-intercepting middlebox whose CA imitates Zscaler:
// the JSON must show the browser's path meeting the middlebox's certificate and the direct
// path meeting the origin's.
#include "Mitmproxy.h"
#include "Netns.h"
#include "OriginSite.h"
#include "TestCa.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatecheck::rig;
using namespace std::chrono_literals;

class TestCliHttpEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        RIG_REQUIRE_NETNS();
        RIG_REQUIRE_PROGRAM("nginx");
        RIG_REQUIRE_PROGRAM("mitmdump");
        RIG_REQUIRE_PROGRAM("openssl");
        RIG_REQUIRE_PROGRAM("python3");
        QVERIFY2(
            QFile::exists(QStringLiteral(GATECHECK_BINARY_DIR "/app/cli/gatecheck-cli")), "gatecheck-cli is not built");
    }

    void browserPathMeetsTheMiddlebox_data()
    {
        QTest::addColumn<bool>("inspectionRootTrusted");
        QTest::newRow("IT pushed the inspection root") << true;
        QTest::newRow("inspection root unknown to the system") << false;
    }

    void browserPathMeetsTheMiddlebox()
    {
        QFETCH(bool, inspectionRootTrusted);
        Netns ns(QStringLiteral("cli"));
        QString error;
        QVERIFY2(ns.create(&error), qPrintable(error));
        QVERIFY2(ns.setHosts("127.0.0.1 localhost\n::1 localhost\n127.0.0.1 origin.test\n", &error), qPrintable(error));
        // Nothing inside can reach a real resolver: only loopback exists.
        QVERIFY2(ns.setResolvConf("nameserver 127.0.0.1\n", &error), qPrintable(error));

        OriginSite site(&ns);
        QVERIFY2(site.start(&error), qPrintable(error));
        QTemporaryDir dir;
        TestCa zscaler(dir.filePath(QStringLiteral("zscaler")), QStringLiteral("/CN=Zscaler Root CA/O=Zscaler Inc."));
        QVERIFY2(zscaler.create(&error), qPrintable(error));
        Mitmproxy mitm(&ns);
        mitm.setInterceptionCa(zscaler);
        mitm.setUpstreamTrustedCa(site.caPath());
        QVERIFY2(mitm.start(&error), qPrintable(error));

        // The "OS store additions": the origin's private CA, and the inspection root when IT
        // pushed it.
        QByteArray roots;
        for (const QString &path :
            inspectionRootTrusted ? QStringList {site.caPath(), zscaler.certPath()} : QStringList {site.caPath()}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            roots += f.readAll();
        }
        const QString rootsPath = dir.filePath(QStringLiteral("extra-roots.pem"));
        {
            QFile f(rootsPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(roots);
        }

        const quint16 dead = freeTcpPort();
        const QString target = QStringLiteral("https://origin.test:%1/").arg(site.httpsPort());
        const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(mitm.port());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                 "ALL_PROXY", "NO_PROXY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("https_proxy"), proxy);
        QProcess cli;
        cli.setProcessEnvironment(env);
        QStringList command = ns.execPrefix();
        command << QStringLiteral(GATECHECK_BINARY_DIR "/app/cli/gatecheck-cli") << QStringLiteral("diagnose")
                << QStringLiteral("--url") << target << QStringLiteral("--resolver")
                << QStringLiteral("127.0.0.1:%1").arg(dead) << QStringLiteral("--doh")
                << QStringLiteral("https://127.0.0.1:%1/dns-query").arg(dead) << QStringLiteral("--extra-system-roots")
                << rootsPath << QStringLiteral("--timeout") << QStringLiteral("40") << QStringLiteral("--probe-timeout")
                << QStringLiteral("20") << QStringLiteral("--json");
        cli.start(command.takeFirst(), command);
        QVERIFY(cli.waitForStarted(10000));
        QVERIFY2(cli.waitForFinished(90000), "gatecheck-cli did not finish");
        const QByteArray output = cli.readAllStandardOutput();
        const QByteArray diagnostics = cli.readAllStandardError();
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && (cli.exitCode() == 0 || cli.exitCode() == 1),
            qPrintable(QStringLiteral("exit %1: %2").arg(cli.exitCode()).arg(QString::fromUtf8(diagnostics))));

        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(output, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonObject evidence = doc.object().value(QStringLiteral("evidence")).toObject();
        QCOMPARE(evidence.value(QStringLiteral("target_url")).toString(), target);
        QJsonObject browser, direct;
        for (const QJsonValue &v : evidence.value(QStringLiteral("http")).toArray()) {
            const QJsonObject h = v.toObject();
            if (h.value(QStringLiteral("path")).toString() == QLatin1String("as-browser"))
                browser = h;
            else if (h.value(QStringLiteral("path")).toString() == QLatin1String("direct"))
                direct = h;
        }
        QVERIFY2(!browser.isEmpty() && !direct.isEmpty(),
            QJsonDocument(evidence.value(QStringLiteral("http")).toArray()).toJson().constData());

        // The browser's path went through the middlebox and met its certificate.
        QCOMPARE(browser.value(QStringLiteral("proxy")).toString(), proxy);
        QVERIFY2(browser.value(QStringLiteral("tls_issuer")).toString().contains(QLatin1String("CN=Zscaler Root CA")),
            qPrintable(browser.value(QStringLiteral("tls_issuer")).toString()));
        const QString browserError =
            browser.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
        if (inspectionRootTrusted) {
            QVERIFY2(browserError.isEmpty(), qPrintable(browserError));
            QCOMPARE(browser.value(QStringLiteral("status")).toInt(), 200);
            QVERIFY(browser.value(QStringLiteral("headers"))
                        .toObject()
                        .value(QStringLiteral("server"))
                        .toString()
                        .startsWith(QLatin1String("nginx/")));
        } else {
            QCOMPARE(browserError, QStringLiteral("tls_verify_failed"));
            QCOMPARE(browser.value(QStringLiteral("status")).toInt(), 0);
        }

        // The direct path reached the origin itself.
        QCOMPARE(direct.value(QStringLiteral("proxy")).toString(), QString());
        QVERIFY2(direct.value(QStringLiteral("status")).toInt() == 200,
            QJsonDocument(direct).toJson(QJsonDocument::Compact).left(1500).constData());
        QVERIFY2(
            direct.value(QStringLiteral("tls_issuer")).toString().contains(QLatin1String("CN=Gatecheck Test Root CA")),
            qPrintable(direct.value(QStringLiteral("tls_issuer")).toString()));
        QCOMPARE(direct.value(QStringLiteral("title")).toString(), QStringLiteral("Origin OK"));

        // nginx saw the direct request with SNI and Host origin.test (it logs once the
        // response is out, so give it a moment).
        const QString direct200 = QStringLiteral("%1|origin.test|origin.test|HTTP/2.0|/|200").arg(site.httpsPort());
        QTRY_VERIFY_WITH_TIMEOUT(site.nginx().accessLog().contains(direct200), 10000);
    }
};

QTEST_GUILESS_MAIN(TestCliHttpEndToEnd)
#include "tst_cli_http_e2e.moc"
