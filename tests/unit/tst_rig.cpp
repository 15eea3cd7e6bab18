// SPDX-License-Identifier: GPL-3.0-or-later
// The rig's own building blocks work, so a failing probe test never means a broken rig.
#include "Netns.h"
#include "RigProcess.h"
#include "TestCa.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck::rig;

class TestRig : public QObject
{
    Q_OBJECT
private slots:
    void caIssuesCertificatesWithSans()
    {
        RIG_REQUIRE_PROGRAM("openssl");
        QTemporaryDir dir;
        TestCa ca(dir.path(), QStringLiteral("/CN=Zscaler Root CA/O=Zscaler Inc."));
        QString error;
        QVERIFY2(ca.create(&error), qPrintable(error));
        TestCa::Issued leaf;
        QVERIFY2(ca.issue(QStringLiteral("origin.test"),
                     {QStringLiteral("DNS:origin.test"), QStringLiteral("IP:127.0.0.1")}, &leaf, &error),
            qPrintable(error));
        const auto certs = QSslCertificate::fromPath(leaf.certPath);
        QCOMPARE(certs.size(), 1);
        QCOMPARE(certs.first().issuerInfo(QSslCertificate::Organization), QStringList {QStringLiteral("Zscaler Inc.")});
        QVERIFY(certs.first().subjectAlternativeNames().values(QSsl::DnsEntry).contains(QStringLiteral("origin.test")));
        const auto caCert = QSslCertificate::fromPath(ca.certPath());
        QCOMPARE(QSslCertificate::verify(certs + caCert).size() > 0, true); // not trusted by the OS: errors expected
        QCOMPARE(QSslCertificate::fromPath(leaf.chainPath).size(), 2);
    }
    void processIsStoppedAndPortsAreFree()
    {
        RIG_REQUIRE_PROGRAM("python3");
        const quint16 port = freeTcpPort();
        QVERIFY(port > 0);
        RigProcess server(QStringLiteral("http"));
        QVERIFY(server.start(QStringLiteral("python3"),
            {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port), QStringLiteral("--bind"),
                QStringLiteral("127.0.0.1")}));
        QVERIFY2(server.waitForTcp(QHostAddress::LocalHost, port), qPrintable(server.lastError()));
        server.stop();
        QVERIFY(!server.isRunning());
    }
    void namespaceHasItsOwnResolverAndTun()
    {
        RIG_REQUIRE_NETNS();
        Netns ns(QStringLiteral("rig"));
        QString error;
        QVERIFY2(ns.create(&error), qPrintable(error));
        QVERIFY2(ns.setResolvConf("nameserver 127.0.0.53\n", &error), qPrintable(error));
        QString out;
        QVERIFY2(ns.run({QStringLiteral("cat"), QStringLiteral("/etc/resolv.conf")}, &out, &error), qPrintable(error));
        QVERIFY(out.contains(QLatin1String("127.0.0.53")));
        QVERIFY2(ns.addTun(QStringLiteral("tun7"), QStringLiteral("10.77.0.2/24"), true, &error), qPrintable(error));
        QVERIFY2(ns.run({QStringLiteral("ip"), QStringLiteral("route")}, &out, &error), qPrintable(error));
        QVERIFY2(out.contains(QLatin1String("default dev tun7")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestRig)
#include "tst_rig.moc"
