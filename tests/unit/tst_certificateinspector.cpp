// SPDX-License-Identifier: GPL-3.0-or-later
// Certificates read and chains judged with OpenSSL, on certificates the openssl command line
// makes for each run (a test CA, its leaves, an expired one, one carrying embedded SCTs).
#include "CertFaults.h"
#include "RigProcess.h"
#include "TestCa.h"
#include "net/CertificateInspector.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::rig;

class TestCertificateInspector : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestCa m_ca {m_dir.filePath(QStringLiteral("ca"))};
    QSslCertificate m_root;
    QSslCertificate m_leaf;
    QSslCertificate m_expired;
    QSslCertificate m_withSct;
    const QString m_caLine = QStringLiteral("O=Gatecheck Test, CN=Gatecheck Test Root CA");

private slots:
    void initTestCase()
    {
        RIG_REQUIRE_PROGRAM("openssl");
        QString error;
        QVERIFY2(m_ca.create(&error), qPrintable(error));
        TestCa::Issued leaf, expired;
        QVERIFY2(m_ca.issue(QStringLiteral("origin.test"),
                     {QStringLiteral("DNS:origin.test"), QStringLiteral("DNS:*.origin.test"),
                         QStringLiteral("IP:127.0.0.1")},
                     &leaf, &error),
            qPrintable(error));
        QVERIFY2(
            issueExpired(m_ca, QStringLiteral("expired.test"), {QStringLiteral("DNS:expired.test")}, &expired, &error),
            qPrintable(error));
        m_root = QSslCertificate::fromPath(m_ca.certPath()).value(0);
        m_leaf = QSslCertificate::fromPath(leaf.certPath).value(0);
        m_expired = QSslCertificate::fromPath(expired.certPath).value(0);
        // A self-signed certificate with the CT "embedded SCT list" extension present.
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), QStringLiteral("sct.key"), QStringLiteral("-out"), QStringLiteral("sct.crt"),
                QStringLiteral("-days"), QStringLiteral("3"), QStringLiteral("-subj"),
                QStringLiteral("/CN=sct.test/O=Public CA Customer/C=NZ"), QStringLiteral("-addext"),
                QStringLiteral("1.3.6.1.4.1.11129.2.4.2=DER:04:03:01:02:03")});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        m_withSct = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("sct.crt"))).value(0);
        QVERIFY(!m_root.isNull() && !m_leaf.isNull() && !m_expired.isNull() && !m_withSct.isNull());
    }

    void describesALeaf()
    {
        const CertificateInfo info = describeCertificate(m_leaf);
        QCOMPARE(info.subject, QStringLiteral("CN=origin.test"));
        QCOMPARE(info.subjectCommonName, QStringLiteral("origin.test"));
        QCOMPARE(info.issuer, m_caLine);
        QCOMPARE(info.issuerCommonName, QStringLiteral("Gatecheck Test Root CA"));
        QCOMPARE(info.issuerOrganization, QStringLiteral("Gatecheck Test"));
        QCOMPARE(info.subjectAltNames,
            (QStringList {
                QStringLiteral("origin.test"), QStringLiteral("*.origin.test"), QStringLiteral("127.0.0.1")}));
        QCOMPARE(info.sha256, QString::fromLatin1(m_leaf.digest(QCryptographicHash::Sha256).toHex().toUpper()));
        QVERIFY(!info.selfSigned);
        QVERIFY(!info.hasEmbeddedSct);
        QCOMPARE(info.notAfter, m_leaf.expiryDate().toUTC());
        QCOMPARE(QSslCertificate(info.pem.toLatin1()), m_leaf);
        QCOMPARE(certificateIssuerLine(m_leaf), m_caLine);
        QCOMPARE(certificateSubjectLine(m_root), m_caLine);
    }

    void seesEmbeddedScts()
    {
        const CertificateInfo info = describeCertificate(m_withSct);
        QVERIFY(info.hasEmbeddedSct);
        QVERIFY(info.selfSigned);
        // Most specific first, as in the evidence of real chains.
        QCOMPARE(info.subject, QStringLiteral("C=NZ, O=Public CA Customer, CN=sct.test"));
    }

    void judgesChains_data()
    {
        QTest::addColumn<QString>("chainKind");
        QTest::addColumn<bool>("rootKnown");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<QString>("errorText");
        QTest::newRow("leaf + root, root known") << "full" << true << "origin.test" << true << "";
        QTest::newRow("leaf only, root known") << "leaf" << true << "origin.test" << true << "";
        QTest::newRow("wildcard name") << "leaf" << true << "www.origin.test" << true << "";
        QTest::newRow("IP address in SAN") << "leaf" << true << "127.0.0.1" << true << "";
        QTest::newRow("root sent but unknown")
            << "full" << false << "origin.test" << false << "self-signed certificate in certificate chain";
        QTest::newRow("leaf only, root unknown")
            << "leaf" << false << "origin.test" << false << "unable to get local issuer certificate";
        QTest::newRow("another name") << "full" << true << "other.test" << false << "hostname mismatch";
        QTest::newRow("another address") << "full" << true << "10.0.0.1" << false << "IP address mismatch";
        QTest::newRow("expired") << "expired" << true << "expired.test" << false << "certificate has expired";
    }

    void judgesChains()
    {
        QFETCH(QString, chainKind);
        QFETCH(bool, rootKnown);
        QFETCH(QString, host);
        QFETCH(bool, trusted);
        QFETCH(QString, errorText);
        QList<QSslCertificate> chain {chainKind == QLatin1String("expired") ? m_expired : m_leaf};
        if (chainKind == QLatin1String("full"))
            chain << m_root;
        const QList<QSslCertificate> roots =
            rootKnown ? QList<QSslCertificate> {m_withSct, m_root} : QList<QSslCertificate> {m_withSct};
        const ChainVerdict verdict = verifyChain(chain, roots, host);
        QCOMPARE(verdict.trusted, trusted);
        QCOMPARE(verdict.errors.isEmpty(), trusted);
        if (!trusted)
            QVERIFY2(verdict.errors.join(QLatin1Char('\n')).contains(errorText),
                qPrintable(verdict.errors.join(QLatin1Char('\n'))));
        // Built to the root when it is known or sent; otherwise named by the leaf's issuer.
        QCOMPARE(verdict.anchorSubject, m_caLine);
    }

    void reportsEveryProblemOnce()
    {
        // Expired, unknown issuer and wrong name at once: all three, no duplicates.
        const ChainVerdict verdict = verifyChain({m_expired}, {}, QStringLiteral("origin.test"));
        QVERIFY(!verdict.trusted);
        const QString all = verdict.errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("unable to get local issuer certificate")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("certificate has expired")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("hostname mismatch")), qPrintable(all));
        QCOMPARE(verdict.errors.size(), QSet<QString>(verdict.errors.cbegin(), verdict.errors.cend()).size());
        QVERIFY2(all.contains(QLatin1String("depth 0: CN=expired.test")), qPrintable(all));
    }

    void survivesNothingAndGarbage()
    {
        QCOMPARE(verifyChain({}, {m_root}, QStringLiteral("origin.test")).trusted, false);
        QVERIFY(!verifyChain({}, {m_root}, QStringLiteral("origin.test")).errors.isEmpty());
        const QSslCertificate garbage(
            QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"));
        const ChainVerdict verdict = verifyChain({garbage}, {m_root}, QStringLiteral("origin.test"));
        QVERIFY(!verdict.trusted);
        QVERIFY(!verdict.errors.isEmpty());
        const CertificateInfo info = describeCertificate(garbage);
        QVERIFY(info.subject.isEmpty());
        QVERIFY(!info.hasEmbeddedSct);
    }
};

QTEST_GUILESS_MAIN(TestCertificateInspector)
#include "tst_certificateinspector.moc"
