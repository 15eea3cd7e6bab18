// SPDX-License-Identifier: GPL-3.0-or-later
// The inspection-product table names products from the issuer and root names they really
// use, and never mistakes a public CA for one.
#include "diagnosis/InspectionProducts.h"

#include <QTest>

using namespace gatecheck;

Q_DECLARE_METATYPE(gatecheck::InspectionKind)

class TestInspectionProducts : public QObject
{
    Q_OBJECT
private slots:
    void names_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("product");
        QTest::addColumn<InspectionKind>("kind");
        const auto row = [](const char *text, const char *product, InspectionKind kind) {
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(product) << kind;
        };
        using K = InspectionKind;
        row("Zscaler Intermediate Root CA (zscalertwo.net) (t)", "Zscaler", K::SecureWebGateway);
        row("CN=Zscaler Root CA,OU=Zscaler Inc.,O=Zscaler Inc.,L=San Jose,ST=California,C=US", "Zscaler",
            K::SecureWebGateway);
        row("O=Netskope Inc, CN=ca.acme.goskope.com", "Netskope", K::SecureWebGateway);
        row("caadmin.netskope.com", "Netskope", K::SecureWebGateway);
        row("FortiGate CA", "Fortinet FortiGate", K::Firewall);
        row("Fortinet_CA_SSLProxy", "Fortinet FortiGate", K::Firewall);
        row("CN=Forward-Trust-CA,O=Acme Ltd", "Palo Alto Networks", K::Firewall);
        row("Palo Alto Networks Decryption CA", "Palo Alto Networks", K::Firewall);
        row("O=Blue Coat Systems", "Symantec Blue Coat ProxySG", K::SecureWebGateway);
        row("Broadcom ProxySG Issuing CA", "Symantec Blue Coat ProxySG", K::SecureWebGateway);
        row("Cisco Umbrella Primary SubCA", "Cisco Umbrella", K::SecureWebGateway);
        row("Sophos SSL CA_C4A1B2C3D4", "Sophos", K::Firewall);
        row("Kaspersky Anti-Virus Personal Root Certificate", "Kaspersky", K::Antivirus);
        row("avast! Web/Mail Shield Root", "Avast", K::Antivirus);
        row("AVG Web/Mail Shield Root", "AVG", K::Antivirus);
        row("ESET SSL Filter CA", "ESET", K::Antivirus);
        row("Bitdefender Personal CA.Net-Defender", "Bitdefender", K::Antivirus);
        row("Norton Web/Mail Shield Root", "Norton", K::Antivirus);
        row("Forcepoint Cloud CA", "Forcepoint", K::SecureWebGateway);
        row("Websense Web Security", "Forcepoint", K::SecureWebGateway);
        row("McAfee Web Gateway", "Skyhigh Security (McAfee Web Gateway)", K::SecureWebGateway);
        row("Skyhigh Secure Web Gateway Root", "Skyhigh Security (McAfee Web Gateway)", K::SecureWebGateway);
        row("O=Check Point Software Technologies, CN=Outbound CA", "Check Point", K::Firewall);
        row("HTTPS Management Certificate for SonicWALL (self-signed)", "SonicWall", K::Firewall);
        row("Barracuda Web Security Gateway CA", "Barracuda", K::Firewall);
        row("IWSS.TREND", "Trend Micro", K::SecureWebGateway);
        row("Gateway CA - Cloudflare Managed G1", "Cloudflare Gateway", K::SecureWebGateway);
        row("iboss Cloud Root CA", "iboss", K::SecureWebGateway);
        row("Menlo Security Intermediate CA", "Menlo Security", K::SecureWebGateway);
        row("mitmproxy", "mitmproxy", K::DebuggingProxy);
        row("DO_NOT_TRUST_FiddlerRoot", "Fiddler", K::DebuggingProxy);
        row("Charles Proxy CA (22 Nov 2026, laptop)", "Charles Proxy", K::DebuggingProxy);
        row("PortSwigger CA", "Burp Suite", K::DebuggingProxy);
        row("ContentKeeper Appliance CA (12)", "ContentKeeper", K::SecureWebGateway);
        row("BadSSL MITM Software Test", "BadSSL test", K::DebuggingProxy);
    }

    void names()
    {
        QFETCH(QString, text);
        QFETCH(QString, product);
        QFETCH(InspectionKind, kind);
        const auto p = inspectionProductInfo(text);
        QVERIFY2(p, qPrintable(text));
        QCOMPARE(p->name, product);
        QCOMPARE(gatecheck::toString(p->kind), gatecheck::toString(kind));
        QCOMPARE(inspectionProductFor(text), product);
        QCOMPARE(inspectionProductFor(text.toUpper()), product); // case does not matter
    }

    void publicCasAreNotProducts_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *ca : {"DigiCert Global G2 TLS RSA SHA256 2020 CA1", "R11", "Let's Encrypt",
                 "Amazon RSA 2048 M02", "WE1", "GTS CA 1C3", "Cloudflare Inc ECC CA-3",
                 "Sectigo RSA Domain Validation Secure Server CA", "GlobalSign GCC R3 DV TLS CA 2020",
                 "Entrust Certification Authority - L1K", "Symantec Class 3 Secure Server CA - G4",
                 "Go Daddy Secure Certificate Authority - G2", "Microsoft Azure RSA TLS Issuing CA 04",
                 "CN=go.xero.com", "Trend Research Ltd", "Reset Systems CA", "Nortonville Bank", ""})
            QTest::newRow(ca) << QString::fromLatin1(ca);
    }

    void publicCasAreNotProducts()
    {
        QFETCH(QString, text);
        QVERIFY2(!inspectionProductInfo(text), qPrintable(inspectionProductFor(text)));
        QVERIFY(inspectionProductFor(text).isEmpty());
    }

    void firstMatchOfSeveralTexts()
    {
        const auto p = inspectionProductInfo(
            QList<QString> {QStringLiteral("Outbound CA"), QString(), QStringLiteral("O=Sophos Ltd")});
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("Sophos"));
        QVERIFY(!inspectionProductInfo(QList<QString> {}));
    }

    void hostileTextIsBounded()
    {
        // A multi-megabyte "name" is looked at only in its first part, and quickly.
        const QString huge = QString(3 * 1024 * 1024, QLatin1Char('a')) + QStringLiteral(" Zscaler");
        QVERIFY(!inspectionProductInfo(huge));
        QCOMPARE(inspectionProductFor(QStringLiteral("Zscaler") + huge), QStringLiteral("Zscaler"));
    }

    void tableIsListed()
    {
        const QList<InspectionProduct> all = knownInspectionProducts();
        QVERIFY(all.size() >= 30);
        QStringList names;
        for (const InspectionProduct &p : all)
            names << p.name;
        for (const char *required : {"Zscaler", "Netskope", "Fortinet FortiGate", "Palo Alto Networks", "Kaspersky",
                 "mitmproxy", "Fiddler", "Charles Proxy", "Burp Suite", "Cloudflare Gateway"})
            QVERIFY2(names.contains(QLatin1String(required)), required);
        QCOMPARE(toString(InspectionKind::Antivirus), QStringLiteral("antivirus"));
    }
};

QTEST_GUILESS_MAIN(TestInspectionProducts)
#include "tst_inspectionproducts.moc"
