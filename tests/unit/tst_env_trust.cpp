// SPDX-License-Identifier: GPL-3.0-or-later
// Roots in the OS trust store that are not publicly trusted: compared with the bundled public
// set by certificate and by key, read from PEM/DER files with hostile ones among them.
#include "RigProcess.h"
#include "TestCa.h"
#include "diagnosis/InspectionProducts.h"
#include "env/TrustStoreAudit.h"
#include "net/NetSettings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::env;
using namespace gatecheck::rig;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestEnvTrust : public QObject
{
    Q_OBJECT
private slots:
    void inspectionRootIsReportedPublicOneIsNot()
    {
        RIG_REQUIRE_PROGRAM("openssl");
        QTemporaryDir dir;
        TestCa ca(dir.path(), QStringLiteral("/CN=Zscaler Root CA/O=Zscaler Inc."));
        QString error;
        QVERIFY2(ca.create(&error), qPrintable(error));
        const QList<QSslCertificate> publicRoots = TrustAnchors::load().publicRoots;
        QVERIFY(publicRoots.size() > 100);
        const QSslCertificate inspection = QSslCertificate::fromPath(ca.certPath()).first();
        const QList<StoreCertificate> store {{publicRoots.at(3), QStringLiteral("/etc/ssl/certs")},
            {inspection, QStringLiteral("/usr/local/share/ca-certificates")},
            {inspection, QStringLiteral("/etc/ssl/certs")}, // the same root twice
            {publicRoots.at(7), QStringLiteral("/etc/ssl/certs")}};
        const QList<TrustRootInfo> found = nonPublicRoots(store, publicRoots);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().subject, QStringLiteral("Zscaler Root CA"));
        QCOMPARE(found.first().organization, QStringLiteral("Zscaler Inc."));
        QCOMPARE(found.first().store, QStringLiteral("/usr/local/share/ca-certificates"));
        QCOMPARE(found.first().sha256.size(), 64);
        // Named the way the diagnosis names products (one shared table).
        const QString expected = !inspectionProductFor(QStringLiteral("Zscaler Root CA")).isEmpty()
            ? inspectionProductFor(QStringLiteral("Zscaler Root CA"))
            : inspectionProductFor(QStringLiteral("Zscaler Inc."));
        QCOMPARE(found.first().product, expected);
        // With the inspection root counted as public, nothing is left.
        QVERIFY(nonPublicRoots(store, publicRoots + QList<QSslCertificate> {inspection}).isEmpty());
    }

    void reissuedRootWithTheSameKeyIsNotNew()
    {
        RIG_REQUIRE_PROGRAM("openssl");
        QTemporaryDir dir;
        TestCa ca(dir.path(), QStringLiteral("/CN=Example Public Root/O=Example Trust Services"));
        QString error;
        QVERIFY2(ca.create(&error), qPrintable(error));
        // A second certificate for the same key (a cross-signed or renewed root).
        QProcess openssl;
        openssl.start(findProgram(QStringLiteral("openssl")),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                ca.keyPath(), QStringLiteral("-subj"),
                QStringLiteral("/CN=Example Public Root R2/O=Example Trust Services"), QStringLiteral("-days"),
                QStringLiteral("30"), QStringLiteral("-out"), dir.filePath(QStringLiteral("r2.pem"))});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        const QSslCertificate original = QSslCertificate::fromPath(ca.certPath()).first();
        const QSslCertificate renewed = QSslCertificate::fromPath(dir.filePath(QStringLiteral("r2.pem"))).first();
        QVERIFY(original != renewed);
        QVERIFY(nonPublicRoots({{renewed, QStringLiteral("store")}}, {original}).isEmpty());
    }

    void readsPemDerAndSurvivesJunk()
    {
        RIG_REQUIRE_PROGRAM("openssl");
        QTemporaryDir work;
        TestCa a(work.filePath(QStringLiteral("a")), QStringLiteral("/CN=Corp Inspection CA A/O=Corp"));
        TestCa b(work.filePath(QStringLiteral("b")), QStringLiteral("/CN=Corp Inspection CA B/O=Corp"));
        QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("a"))) && QDir().mkpath(work.filePath(QStringLiteral("b"))));
        QVERIFY(a.create() && b.create());
        QTemporaryDir store;
        const QSslCertificate certA = QSslCertificate::fromPath(a.certPath()).first();
        const QSslCertificate certB = QSslCertificate::fromPath(b.certPath()).first();
        QVERIFY(
            writeFile(store.filePath(QStringLiteral("bundle.pem")), certA.toPem() + "\n# comment\n" + certB.toPem()));
        QVERIFY(writeFile(store.filePath(QStringLiteral("single.cer")), certB.toDer()));
        QVERIFY(writeFile(store.filePath(QStringLiteral("broken.pem")),
            "-----BEGIN CERTIFICATE-----\nMIIBroken!!!notbase64\n-----END CERTIFICATE-----\n"));
        QVERIFY(writeFile(store.filePath(QStringLiteral("readme.txt")), certA.toPem())); // not a certificate file name
        QFile huge(store.filePath(QStringLiteral("huge.crt")));
        QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(9 * 1024 * 1024));
        huge.close();
        QStringList notes;
        const QList<StoreCertificate> certs =
            readCertificateFiles({store.path(), QStringLiteral("/nonexistent/ca-bundle.crt")}, &notes);
        QCOMPARE(certs.size(), 3); // A and B from the bundle, B again from DER
        QVERIFY2(notes.join(QLatin1Char('\n')).contains(QLatin1String("huge.crt is too large")),
            qPrintable(notes.join(QLatin1Char('\n'))));
        const QList<TrustRootInfo> found = nonPublicRoots(certs, TrustAnchors::load().publicRoots);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).store, store.path());
    }

    void linuxPathsPutLocalAnchorsFirst()
    {
        const QStringList paths = linuxTrustStorePaths();
        QVERIFY(paths.indexOf(QStringLiteral("/usr/local/share/ca-certificates"))
            < paths.indexOf(QStringLiteral("/etc/ssl/certs")));
    }
};

QTEST_GUILESS_MAIN(TestEnvTrust)
#include "tst_env_trust.moc"
