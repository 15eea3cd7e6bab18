// SPDX-License-Identifier: GPL-3.0-or-later
// TlsProbe against a real nginx: the chain as sent, judged twice — by the system store
// (which may hold an inspection root) and by the public roots — and every failure named.
#include "HostileHttp.h"
#include "OriginSite.h"
#include "ProbeWait.h"
#include "net/TlsProbe.h"

#include <QSslConfiguration>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::rig;
using namespace std::chrono_literals;

class TestTlsProbe : public QObject
{
    Q_OBJECT
private:
    OriginSite m_site;
    QList<QSslCertificate> m_rigCa;

    TlsObservation probe(const QString &sni, const QString &address, quint16 port, const TrustAnchors &trust,
        std::chrono::milliseconds deadline = 10s)
    {
        TlsProbe p(sni, address, port, trust, deadline);
        int finished = 0;
        testing::runProbe(p, &finished);
        if (finished != 1)
            qWarning("finished() emitted %d times", finished);
        return p.observation();
    }

    TrustAnchors anchors(bool rigInSystem, bool rigInPublic) const
    {
        TrustAnchors t;
        t.systemRoots = testing::systemRoots() + (rigInSystem ? m_rigCa : QList<QSslCertificate> {});
        t.publicRoots = testing::systemRoots() + (rigInPublic ? m_rigCa : QList<QSslCertificate> {});
        return t;
    }

private slots:
    void initTestCase()
    {
        RIG_REQUIRE_PROGRAM("nginx");
        RIG_REQUIRE_PROGRAM("openssl");
        RIG_REQUIRE_PROGRAM("python3");
        QString error;
        QVERIFY2(m_site.start(&error), qPrintable(error));
        m_rigCa = QSslCertificate::fromPath(m_site.caPath());
        QCOMPARE(m_rigCa.size(), 1);
    }

    void capturesTheChainAsSent()
    {
        const TlsObservation t =
            probe(QStringLiteral("origin.test"), QStringLiteral("127.0.0.1"), m_site.httpsPort(), anchors(true, false));
        QVERIFY2(!t.error.isError(), qPrintable(t.error.message));
        QVERIFY(t.handshakeOk);
        QCOMPARE(t.host, QStringLiteral("origin.test"));
        QCOMPARE(t.protocol, QStringLiteral("TLSv1.3"));
        QVERIFY(!t.cipher.isEmpty());
        QCOMPARE(t.alpn, QStringLiteral("h2"));
        QVERIFY(t.elapsedMs >= 0);
        // nginx sends leaf + CA (its chain file), in that order.
        QCOMPARE(t.chain.size(), 2);
        const CertificateInfo &leaf = t.chain.at(0);
        QCOMPARE(leaf.subject, QStringLiteral("CN=origin.test"));
        QCOMPARE(leaf.subjectCommonName, QStringLiteral("origin.test"));
        QCOMPARE(leaf.issuer, QStringLiteral("O=Gatecheck Test, CN=Gatecheck Test Root CA"));
        QCOMPARE(leaf.issuerCommonName, QStringLiteral("Gatecheck Test Root CA"));
        QCOMPARE(leaf.issuerOrganization, QStringLiteral("Gatecheck Test"));
        QVERIFY(leaf.subjectAltNames.contains(QStringLiteral("origin.test")));
        QVERIFY(leaf.subjectAltNames.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(leaf.notBefore < QDateTime::currentDateTimeUtc() && leaf.notAfter > QDateTime::currentDateTimeUtc());
        QCOMPARE(leaf.sha256.size(), 64);
        QCOMPARE(leaf.sha256, leaf.sha256.toUpper());
        QVERIFY(!leaf.hasEmbeddedSct); // a private CA's leaf: no Certificate Transparency
        QVERIFY(!leaf.selfSigned);
        QVERIFY(leaf.pem.startsWith(QLatin1String("-----BEGIN CERTIFICATE-----")));
        QCOMPARE(QSslCertificate(leaf.pem.toLatin1()).digest(QCryptographicHash::Sha256).toHex().toUpper(),
            leaf.sha256.toLatin1());
        QVERIFY(t.chain.at(1).selfSigned);
        QCOMPARE(t.chain.at(1).subjectCommonName, QStringLiteral("Gatecheck Test Root CA"));
    }

    void judgedTwice_data()
    {
        QTest::addColumn<bool>("rigInSystem");
        QTest::addColumn<bool>("rigInPublic");
        // A root the OS trusts but the public set does not: the signature of interception.
        QTest::newRow("system-trusted, not public") << true << false;
        QTest::newRow("trusted by both") << true << true;
        QTest::newRow("trusted by neither") << false << false;
    }

    void judgedTwice()
    {
        QFETCH(bool, rigInSystem);
        QFETCH(bool, rigInPublic);
        const TlsObservation t = probe(QStringLiteral("origin.test"), QStringLiteral("127.0.0.1"), m_site.httpsPort(),
            anchors(rigInSystem, rigInPublic));
        // The handshake completes either way: the chain is the evidence.
        QVERIFY(t.handshakeOk);
        QVERIFY(!t.error.isError());
        QCOMPARE(t.chain.size(), 2);
        QCOMPARE(t.trustedBySystem, rigInSystem);
        QCOMPARE(t.systemErrors.isEmpty(), rigInSystem);
        QCOMPARE(t.trustedByPublicRoots, rigInPublic);
        QCOMPARE(t.publicRootErrors.isEmpty(), rigInPublic);
        QCOMPARE(t.anchorSubject, QStringLiteral("O=Gatecheck Test, CN=Gatecheck Test Root CA"));
        if (!rigInPublic)
            QVERIFY2(t.publicRootErrors.join(QLatin1Char(' '))
                         .contains(QLatin1String("self-signed certificate in certificate chain")),
                qPrintable(t.publicRootErrors.join(QLatin1Char('\n'))));
    }

    void badCertificatesAreNamed_data()
    {
        QTest::addColumn<QString>("sni");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("systemText");
        QTest::addColumn<QString>("publicText");
        QTest::newRow("expired") << "origin.test" << int(m_site.expiredPort()) << "expired"
                                 << "certificate has expired";
        QTest::newRow("issued for another name") << "origin.test" << int(m_site.wrongNamePort()) << "host name"
                                                 << "hostname mismatch";
        QTest::newRow("SNI the certificate does not cover") << "else.test" << int(m_site.httpsPort()) << "host name"
                                                            << "hostname mismatch";
    }

    void badCertificatesAreNamed()
    {
        QFETCH(QString, sni);
        QFETCH(int, port);
        QFETCH(QString, systemText);
        QFETCH(QString, publicText);
        // The rig CA is trusted everywhere here, so only the certificate's own fault shows.
        const TlsObservation t = probe(sni, QStringLiteral("127.0.0.1"), quint16(port), anchors(true, true));
        QVERIFY(t.handshakeOk);
        QVERIFY(!t.trustedBySystem);
        QVERIFY(!t.trustedByPublicRoots);
        QVERIFY2(t.systemErrors.join(QLatin1Char(' ')).contains(systemText, Qt::CaseInsensitive),
            qPrintable(t.systemErrors.join(QLatin1Char('\n'))));
        QVERIFY2(t.publicRootErrors.join(QLatin1Char(' ')).contains(publicText, Qt::CaseInsensitive),
            qPrintable(t.publicRootErrors.join(QLatin1Char('\n'))));
    }

    void ipv6()
    {
        const TlsObservation t =
            probe(QStringLiteral("origin.test"), QStringLiteral("::1"), m_site.httpsPort(), anchors(true, false));
        QVERIFY(t.handshakeOk);
        QVERIFY(t.trustedBySystem);
        QCOMPARE(t.address, QStringLiteral("::1"));
    }

    void failedHandshakes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("deadlineMs");
        QTest::newRow("garbage instead of TLS")
            << int(HostileHttp::Mode::Garbage) << ErrorCode::TlsHandshakeFailed << 8000;
        QTest::newRow("accepts and closes")
            << int(HostileHttp::Mode::AcceptClose) << ErrorCode::TlsHandshakeFailed << 8000;
        QTest::newRow("reset after accept") << int(HostileHttp::Mode::Reset) << ErrorCode::TlsHandshakeFailed << 8000;
        QTest::newRow("accepts, never answers") << int(HostileHttp::Mode::Silent) << ErrorCode::Timeout << 1500;
        QTest::newRow("closed port") << -1 << ErrorCode::ConnectionRefused << 8000;
    }

    void failedHandshakes()
    {
        QFETCH(int, mode);
        QFETCH(QString, error);
        QFETCH(int, deadlineMs);
        std::unique_ptr<HostileHttp> peer;
        quint16 port = freeTcpPort();
        if (mode >= 0) {
            peer = std::make_unique<HostileHttp>(HostileHttp::Mode(mode));
            QString startError;
            QVERIFY2(peer->start(&startError), qPrintable(startError));
            port = peer->port();
        }
        const TlsObservation t = probe(QStringLiteral("origin.test"), QStringLiteral("127.0.0.1"), port,
            anchors(true, false), std::chrono::milliseconds(deadlineMs));
        QVERIFY2(t.error.code == error, qPrintable(t.error.code + QLatin1Char(' ') + t.error.message));
        QVERIFY(!t.handshakeOk);
        QVERIFY(t.chain.isEmpty());
        QVERIFY(t.elapsedMs >= 0);
    }
};

QTEST_GUILESS_MAIN(TestTlsProbe)
#include "tst_tlsprobe.moc"
