// SPDX-License-Identifier: GPL-3.0-or-later
// Vendor profiles: the shipped ones are complete and consistent, lookup by id and by file
// works, a user's profile can replace a shipped one, and odd or hostile profile documents
// are refused with an error that names the field.
#include "profiles/ProfileRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck;

namespace {

bool wildcardMatches(const QString &pattern, const QString &host)
{
    if (pattern.startsWith(QLatin1String("*.")))
        return host.endsWith(pattern.mid(1)) && !host.left(host.size() - pattern.size() + 1).contains(QLatin1Char('.'));
    return pattern == host;
}

QJsonObject minimal()
{
    return QJsonDocument::fromJson("{\"id\":\"acme\",\"name\":\"Acme Books\",\"url\":\"https://app.acme.example/\","
                                   "\"hosts\":[\"app.acme.example\"]}")
        .object();
}

QByteArray write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return bytes;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT
private slots:
    void shippedProfilesLoadCleanly()
    {
        const ProfileRegistry registry;
        QVERIFY2(registry.loadErrors().isEmpty(), qPrintable(registry.loadErrors().join(QLatin1Char('\n'))));
        QStringList ids;
        for (const VendorProfile &p : registry.profiles())
            ids << p.id;
        ids.sort();
        QCOMPARE(ids,
            (QStringList {QStringLiteral("intuit-developer"), QStringLiteral("quickbooks"), QStringLiteral("xero")}));
    }

    void shippedProfileIsComplete_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("statusHost");
        QTest::newRow("xero") << QStringLiteral("xero") << QStringLiteral("status.xero.com");
        QTest::newRow("quickbooks") << QStringLiteral("quickbooks") << QStringLiteral("status.quickbooks.intuit.com");
        QTest::newRow("intuit-developer")
            << QStringLiteral("intuit-developer") << QStringLiteral("status.developer.intuit.com");
    }

    void shippedProfileIsComplete()
    {
        QFETCH(QString, id);
        QFETCH(QString, statusHost);
        const auto p = ProfileRegistry().find(id);
        QVERIFY(p);
        QVERIFY(!p->displayName.isEmpty());
        QCOMPARE(p->primaryUrl.scheme(), QStringLiteral("https"));
        QCOMPARE(p->hosts.constFirst(), p->primaryUrl.host());
        QVERIFY(p->hosts.size() >= 3);
        QVERIFY(p->hostRoles.values().contains(QStringLiteral("login")));
        QCOMPARE(p->statusUrl, QUrl(QStringLiteral("https://%1/api/v2/summary.json").arg(statusHost)));
        QCOMPARE(p->statusPageUrl, QUrl(QStringLiteral("https://%1/").arg(statusHost)));
        QVERIFY(p->supportUrl.isValid() && p->supportUrl.scheme() == QLatin1String("https"));
        QVERIFY(p->supportFacts.size() >= 4);
        QVERIFY(!p->referenceHeaders.isEmpty());
        // Every probed host is covered by the certificate names the profile expects.
        for (const QString &host : p->hosts) {
            bool covered = false;
            for (const QString &pattern : p->sanPatterns)
                covered |= wildcardMatches(pattern, host);
            QVERIFY2(covered, qPrintable(host));
        }
        // The activities the GUI offers all map to status components.
        for (const char *activity : {"login", "payroll", "bank_feeds", "reports", "invoicing"})
            QVERIFY2(!p->activityComponents.value(QLatin1String(activity)).isEmpty(), activity);
        // The issuer patterns accept the CAs real vendors use and refuse inspection products.
        const auto issuerMatches = [&](const QString &issuer) {
            for (const QString &pattern : p->expectedIssuerPatterns)
                if (QRegularExpression(pattern).match(issuer).hasMatch())
                    return true;
            return false;
        };
        QVERIFY(issuerMatches(QStringLiteral("DigiCert Global G2 TLS RSA SHA256 2020 CA1")));
        QVERIFY(issuerMatches(QStringLiteral("Amazon RSA 2048 M02")));
        QVERIFY(issuerMatches(QStringLiteral("R11")));
        QVERIFY(!issuerMatches(QStringLiteral("Zscaler Intermediate Root CA (zscalertwo.net)")));
        QVERIFY(!issuerMatches(QStringLiteral("FortiGate CA")));
        QVERIFY(!issuerMatches(QStringLiteral("mitmproxy")));
    }

    void xeroAsksForWhatXeroSupportAsksFor()
    {
        const auto p = ProfileRegistry().find(QStringLiteral("xero"));
        QVERIFY(p);
        QStringList keys;
        for (const SupportFact &f : p->supportFacts)
            keys << f.key;
        QCOMPARE(keys,
            (QStringList {QStringLiteral("organisation"), QStringLiteral("url"), QStringLiteral("started_at"),
                QStringLiteral("region"), QStringLiteral("others_affected")}));
        QCOMPARE(p->supportFacts.constFirst().displayLabel(), QStringLiteral("Organisation name"));
    }

    void findIsCaseInsensitiveAndExplainsMisses()
    {
        const ProfileRegistry registry;
        QVERIFY(registry.find(QStringLiteral("XERO")));
        QString error;
        QVERIFY(!registry.find(QStringLiteral("sage"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"sage\"")) && error.contains(QStringLiteral("quickbooks")),
            qPrintable(error));
        QVERIFY(!registry.find(QStringLiteral("/no/such/profile.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("no such profile file")), qPrintable(error));
    }

    void findByPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("acme.json"));
        write(path, QJsonDocument(minimal()).toJson());
        QString error;
        const auto p = ProfileRegistry().find(path, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->id, QStringLiteral("acme"));
        QCOMPARE(p->source, path);
        QCOMPARE(p->hostRoles.value(QStringLiteral("app.acme.example")), QStringLiteral("app"));
    }

    void userDirectoryAddsAndReplaces()
    {
        QTemporaryDir dir;
        QJsonObject xero = minimal();
        xero.insert(QStringLiteral("id"), QStringLiteral("xero"));
        xero.insert(QStringLiteral("name"), QStringLiteral("Xero (office copy)"));
        write(dir.filePath(QStringLiteral("xero.json")), QJsonDocument(xero).toJson());
        write(dir.filePath(QStringLiteral("acme.json")), QJsonDocument(minimal()).toJson());
        write(dir.filePath(QStringLiteral("broken.json")), "{\"id\": ");
        ProfileRegistry registry;
        QStringList errors;
        registry.addUserDirectory(dir.path(), &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().contains(QStringLiteral("broken.json")), qPrintable(errors.constFirst()));
        QCOMPARE(registry.profiles().size(), 4);
        QCOMPARE(registry.find(QStringLiteral("xero"))->displayName, QStringLiteral("Xero (office copy)"));
        QVERIFY(registry.find(QStringLiteral("acme")));
        registry.addUserDirectory(dir.filePath(QStringLiteral("missing")), &errors); // no directory: no error
        QCOMPARE(errors.size(), 1);
    }

    void roundTrip()
    {
        const auto p = ProfileRegistry().find(QStringLiteral("quickbooks"));
        QVERIFY(p);
        QString error;
        const auto again = profileFromJson(toJson(*p), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->hosts, p->hosts);
        QCOMPARE(again->hostRoles, p->hostRoles);
        QCOMPARE(again->activityComponents, p->activityComponents);
        QCOMPARE(again->expectedIssuerPatterns, p->expectedIssuerPatterns);
        QCOMPARE(again->referenceHeaders, p->referenceHeaders);
        QCOMPARE(again->supportFacts.size(), p->supportFacts.size());
        QCOMPARE(again->statusPageUrl, p->statusPageUrl);
    }

    void customProfileForAnyUrl()
    {
        const VendorProfile p = customProfile(QUrl(QStringLiteral("https://books.example.net/app?x=1")),
            QUrl(QStringLiteral("https://status.example.net/api/v2/summary.json")));
        QCOMPARE(p.id, QStringLiteral("custom"));
        QCOMPARE(p.displayName, QStringLiteral("books.example.net"));
        QCOMPARE(p.hosts, QStringList {QStringLiteral("books.example.net")});
        QCOMPARE(p.statusPageUrl, QUrl(QStringLiteral("https://status.example.net/")));
        QVERIFY(!p.supportFacts.isEmpty());
        QVERIFY(p.isValid());
    }

    void hostileProfilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const auto with = [](const char *key, const QJsonValue &v) {
            QJsonObject o = minimal();
            o.insert(QLatin1String(key), v);
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("not JSON") << QByteArray("id: xero") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("missing id") << QByteArray("{\"name\":\"x\",\"url\":\"https://a.b/\",\"hosts\":[\"a.b\"]}")
                                    << QStringLiteral("id: missing");
        QTest::newRow("id with slash") << with("id", QStringLiteral("../etc")) << QStringLiteral("id:");
        QTest::newRow("id upper case") << with("id", QStringLiteral("Xero")) << QStringLiteral("id:");
        QTest::newRow("name is a number") << with("name", 7) << QStringLiteral("name: must be text");
        QTest::newRow("name with control characters")
            << with("name", QStringLiteral("Xero\u0007\u202e")) << QStringLiteral("control characters");
        QTest::newRow("name too long") << with("name", QString(5000, QLatin1Char('x'))) << QStringLiteral("longer");
        QTest::newRow("javascript url") << with("url", QStringLiteral("javascript:alert(1)")) << QStringLiteral("url:");
        QTest::newRow("file url") << with("url", QStringLiteral("file:///etc/passwd")) << QStringLiteral("url:");
        QTest::newRow("url with password")
            << with("url", QStringLiteral("https://user:secret@app.acme.example/")) << QStringLiteral("password");
        QTest::newRow("hosts not a list") << with("hosts", QStringLiteral("a.example")) << QStringLiteral("hosts:");
        QTest::newRow("hosts empty") << with("hosts", QJsonArray()) << QStringLiteral("hosts:");
        QTest::newRow("host with space") << with("hosts", QJsonArray {QStringLiteral("exa mple.com")})
                                         << QStringLiteral("hosts[0]");
        QTest::newRow("host is an address with port")
            << with("hosts", QJsonArray {QStringLiteral("1.2.3.4:443")}) << QStringLiteral("hosts[0]");
        QTest::newRow("host wildcard") << with("hosts", QJsonArray {QStringLiteral("*.xero.com")})
                                       << QStringLiteral("hosts[0]");
        QTest::newRow("host listed twice")
            << with("hosts", QJsonArray {QStringLiteral("a.example"), QStringLiteral("A.example")})
            << QStringLiteral("twice");
        QJsonArray many;
        for (int i = 0; i < 40; ++i)
            many.append(QStringLiteral("h%1.example").arg(i));
        QTest::newRow("too many hosts") << with("hosts", many) << QStringLiteral("more than 32");
        QTest::newRow("bad host role") << with("hosts",
            QJsonArray {QJsonObject {{QStringLiteral("host"), QStringLiteral("a.example")},
                {QStringLiteral("role"), QStringLiteral("admin")}}})
                                       << QStringLiteral("role");
        QTest::newRow("bad regex") << with("issuer_patterns", QJsonArray {QStringLiteral("DigiCert(")})
                                   << QStringLiteral("not a valid pattern");
        QTest::newRow("regex too long") << with("issuer_patterns", QJsonArray {QString(500, QLatin1Char('a'))})
                                        << QStringLiteral("issuer_patterns[0]");
        QTest::newRow("activities not an object") << with("activities", QJsonArray {}) << QStringLiteral("activities");
        QTest::newRow("activity name odd")
            << with("activities", QJsonObject {{QStringLiteral("Pay Roll!"), QJsonArray {QStringLiteral("x")}}})
            << QStringLiteral("activity name");
        QTest::newRow("activity pattern bad")
            << with("activities", QJsonObject {{QStringLiteral("payroll"), QJsonArray {QStringLiteral("[")}}})
            << QStringLiteral("activities.payroll[0]");
        QTest::newRow("support fact without label")
            << with("support_facts", QJsonArray {QJsonObject {{QStringLiteral("key"), QStringLiteral("org")}}})
            << QStringLiteral("support_facts[0].label");
        QTest::newRow("support fact twice") << with("support_facts",
            QJsonArray {QJsonObject {{QStringLiteral("key"), QStringLiteral("org")},
                            {QStringLiteral("label"), QStringLiteral("a")}},
                QJsonObject {
                    {QStringLiteral("key"), QStringLiteral("org")}, {QStringLiteral("label"), QStringLiteral("b")}}})
                                            << QStringLiteral("twice");
        QTest::newRow("bad san pattern") << with("san_patterns", QJsonArray {QStringLiteral("*.*.xero.com")})
                                         << QStringLiteral("san_patterns[0]");
        QTest::newRow("bad reference header") << with("reference_headers", QJsonArray {QStringLiteral("cf ray:")})
                                              << QStringLiteral("reference_headers[0]");
        QTest::newRow("unknown field (typo)") << with("status_ur1", QStringLiteral("https://s.example/"))
                                              << QStringLiteral("unknown field \"status_ur1\"");
        QTest::newRow("newer format") << with("format", 2) << QStringLiteral("newer");
        QTest::newRow("format not a number") << with("format", QStringLiteral("1")) << QStringLiteral("format:");
        QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << QStringLiteral("JSON");
        QTest::newRow("oversized") << (QByteArray("{\"id\":\"x\",\"comment\":\"") + QByteArray(300 * 1024, 'x')
            + QByteArray("\"}")) << QStringLiteral("at most");
    }

    void hostileProfilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        const auto p = profileFromBytes(json, &error);
        QVERIFY(!p);
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void commentsAreAllowed()
    {
        QJsonObject o = minimal();
        o.insert(QStringLiteral("comment"), QStringLiteral("maintained by the office"));
        o.insert(QStringLiteral("_hosts"), QStringLiteral("why these hosts"));
        QString error;
        QVERIFY2(profileFromJson(o, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
