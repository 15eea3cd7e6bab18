// SPDX-License-Identifier: GPL-3.0-or-later
// Redaction, one kind at a time: what must go, what must stay (vendor addresses, certificates,
// ordinary words), and that a redacted report says so.
#include "ReportTestData.h"
#include "evidence/EvidenceJson.h"
#include "report/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatecheck;

class TestRedaction : public QObject
{
    Q_OBJECT

private:
    static LocalIdentity identity()
    {
        LocalIdentity id;
        id.hostName = QStringLiteral("ACME-PC-07.office.example");
        id.userNames = {QStringLiteral("jsmith"), QStringLiteral("admin")};
        return id;
    }

private slots:
    void cookies()
    {
        Redactor r(identity());
        const QJsonObject headers {{QStringLiteral("set-cookie"), QStringLiteral("SID=abc123secret; Path=/")},
            {QStringLiteral("cookie"), QStringLiteral("a=b")}, {QStringLiteral("server"), QStringLiteral("nginx")}};
        const QJsonObject out = r.redact(QJsonObject {{QStringLiteral("headers"), headers}}).toObject();
        const QJsonObject h = out.value(QStringLiteral("headers")).toObject();
        QCOMPARE(h.value(QStringLiteral("set-cookie")).toString(), Redactor::Placeholder);
        QCOMPARE(h.value(QStringLiteral("cookie")).toString(), Redactor::Placeholder);
        QCOMPARE(h.value(QStringLiteral("server")).toString(), QStringLiteral("nginx"));
        const QString text = r.redactText(QStringLiteral("HTTP/1.1 200\r\nSet-Cookie: token=zzz999; Secure\r\nX: y"));
        QVERIFY(!text.contains(QLatin1String("zzz999")));
        QVERIFY(text.contains(QLatin1String("X: y")));
        QCOMPARE(r.removedKinds(), QStringList {RedactionKind::Cookies});
    }

    void authHeaders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        QTest::newRow("authorization") << "authorization" << true;
        QTest::newRow("proxy-authorization") << "proxy-authorization" << true;
        QTest::newRow("x-api-key") << "x-api-key" << true;
        QTest::newRow("x-auth-token") << "x-auth-token" << true;
        QTest::newRow("x-csrf-token") << "x-csrf-token" << true;
        QTest::newRow("a challenge is not a secret") << "www-authenticate" << false;
        QTest::newRow("proxy challenge") << "proxy-authenticate" << false;
        QTest::newRow("ordinary header") << "content-type" << false;
    }

    void authHeaders()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        Redactor r(identity());
        const QString value = QStringLiteral("Basic c2VjcmV0OnZhbHVl");
        const QJsonObject out =
            r.redact(QJsonObject {{QStringLiteral("headers"), QJsonObject {{name, value}}}}).toObject();
        const QString after = out.value(QStringLiteral("headers")).toObject().value(name).toString();
        if (secret) {
            QCOMPARE(after, Redactor::Placeholder);
            QCOMPARE(r.removedKinds(), QStringList {RedactionKind::AuthHeaders});
        } else {
            QVERIFY(after.startsWith(QLatin1String("Basic")));
        }
    }

    void authInText()
    {
        Redactor r(identity());
        const QString out =
            r.redactText(QStringLiteral("the app sent Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig\nnext "
                                        "line stays; token Bearer abcdefghijkl"));
        QVERIFY2(!out.contains(QLatin1String("eyJhbGci")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("abcdefghijkl")));
        QVERIFY(out.contains(QLatin1String("next line stays")));
        QCOMPARE(r.removedKinds(), QStringList {RedactionKind::AuthHeaders});
    }

    void urlSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("token") << "https://go.xero.com/?token=abc&org=42"
                               << "https://go.xero.com/?token=[redacted]&org=42";
        QTest::newRow("access_token in fragment") << "https://x.example/cb#access_token=abc.def&expires=3600"
                                                  << "https://x.example/cb#access_token=[redacted]&expires=3600";
        QTest::newRow("oauth code") << "/cb?code=4/0AY0e&state=xyz"
                                    << "/cb?code=[redacted]&state=xyz";
        QTest::newRow("key") << "https://maps.example/api?key=AIzaSy123"
                             << "https://maps.example/api?key=[redacted]";
        QTest::newRow("sig") << "https://cdn.example/f?sig=deadbeef&se=2026"
                             << "https://cdn.example/f?sig=[redacted]&se=2026";
        QTest::newRow("password") << "https://a.example/login?user=x&password=hunter2"
                                  << "https://a.example/login?user=x&password=[redacted]";
        QTest::newRow("session") << "https://a.example/?PHPSESSID=9f8e"
                                 << "https://a.example/?PHPSESSID=[redacted]";
        QTest::newRow("signed S3") << "https://b.s3.example/o?X-Amz-Credential=AKIA%2F&X-Amz-Signature=ab12"
                                   << "https://b.s3.example/o?X-Amz-Credential=[redacted]&X-Amz-Signature=[redacted]";
        QTest::newRow("userinfo") << "http://alice:s3cr3t@proxy.example:3128/"
                                  << "http://[redacted]@proxy.example:3128/";
        QTest::newRow("harmless parameters stay") << "https://go.xero.com/app?page=2&org=42"
                                                  << "https://go.xero.com/app?page=2&org=42";
    }

    void urlSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Redactor r(identity());
        QCOMPARE(r.redactText(input), expected);
        QCOMPARE(r.removedKinds().contains(RedactionKind::UrlSecrets), input != expected);
    }

    void proxyWithoutScheme()
    {
        Redactor r(identity());
        const QJsonObject out =
            r.redact(QJsonObject {{QStringLiteral("proxy"), QStringLiteral("bob:pw123@proxy.example:8080")}})
                .toObject();
        QCOMPARE(out.value(QStringLiteral("proxy")).toString(), QStringLiteral("[redacted]@proxy.example:8080"));
    }

    void homePaths_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("linux") << "/home/alice/.config/google-chrome/Default/Extensions"
                               << "/home/[user]/.config/google-chrome/Default/Extensions";
        QTest::newRow("macos") << "/Users/alice/Library/Application Support/Firefox"
                               << "/Users/[user]/Library/Application Support/Firefox";
        QTest::newRow("windows with a space") << "C:\\Users\\Alice Smith\\AppData\\Local\\Google"
                                              << "C:\\Users\\[user]\\AppData\\Local\\Google";
        QTest::newRow("windows forward slashes") << "c:/Users/bob/AppData/Roaming/Mozilla"
                                                 << "c:/Users/[user]/AppData/Roaming/Mozilla";
        QTest::newRow("shared folder stays") << "/Users/Shared/x"
                                             << "/Users/Shared/x";
        QTest::newRow("public profile stays") << "C:\\Users\\Public\\Desktop"
                                              << "C:\\Users\\Public\\Desktop";
    }

    void homePaths()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Redactor r(LocalIdentity {});
        QCOMPARE(r.redactText(input), expected);
        QCOMPARE(r.removedKinds().contains(RedactionKind::UserNames), input != expected);
    }

    void userNamesLearnedFromPathsAreSweptEverywhere()
    {
        Redactor r(LocalIdentity {});
        const QJsonObject data {{QStringLiteral("profile"), QStringLiteral("/home/mkowalski/.mozilla")},
            {QStringLiteral("note"), QStringLiteral("installed by MKowalski yesterday")},
            {QStringLiteral("other"), QStringLiteral("mkowalskis stays, it is another word")}};
        r.learnFrom(data);
        const QJsonObject out = r.redact(data).toObject();
        QCOMPARE(out.value(QStringLiteral("note")).toString(), QStringLiteral("installed by [user] yesterday"));
        QCOMPARE(out.value(QStringLiteral("other")).toString(), data.value(QStringLiteral("other")).toString());
    }

    void genericAccountNamesAreNotSwept()
    {
        Redactor r(identity()); // "admin" is one of its names
        QCOMPARE(r.redactText(QStringLiteral("ask your admin")), QStringLiteral("ask your admin"));
        QCOMPARE(r.redactText(QStringLiteral("jsmith opened it")), QStringLiteral("[user] opened it"));
    }

    void hostName()
    {
        Redactor r(identity());
        QCOMPARE(r.redactText(QStringLiteral("Via: 1.1 acme-pc-07 (squid)")),
            QStringLiteral("Via: 1.1 [this-computer] (squid)"));
        QCOMPARE(r.redactText(QStringLiteral("fqdn ACME-PC-07.office.example here")),
            QStringLiteral("fqdn [this-computer] here"));
        QCOMPARE(r.removedKinds(), QStringList {RedactionKind::HostName});
        LocalIdentity local;
        local.hostName = QStringLiteral("localhost");
        Redactor plain(local);
        QCOMPARE(plain.redactText(QStringLiteral("localhost:8080")), QStringLiteral("localhost:8080"));
    }

    void localAddresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("10/8") << "dns 10.20.0.2"
                              << "dns [private-1]";
        QTest::newRow("172.16/12 with port") << "proxy 172.16.5.4:3128"
                                             << "proxy [private-1]:3128";
        QTest::newRow("192.168/16 with prefix") << "192.168.1.23/24"
                                                << "[private-1]/24";
        QTest::newRow("carrier-grade NAT") << "100.64.1.2"
                                           << "[private-1]";
        QTest::newRow("link-local v4") << "169.254.10.1"
                                       << "[link-local-1]";
        QTest::newRow("link-local v6 with zone") << "fe80::1c2b:3aff:fe4d:5e6f%wlan0"
                                                 << "[link-local-1]";
        QTest::newRow("unique local v6") << "fd12:3456:789a::1"
                                         << "[private-1]";
        QTest::newRow("same address, same name") << "10.0.0.1 and 10.0.0.1 but 10.0.0.2"
                                                 << "[private-1] and [private-1] but [private-2]";
        QTest::newRow("172.32 is public") << "172.32.0.1"
                                          << "172.32.0.1";
        QTest::newRow("loopback stays") << "127.0.0.1:5353"
                                        << "127.0.0.1:5353";
        QTest::newRow("the vendor's address stays") << "203.0.113.20 and 2001:db8::20"
                                                    << "203.0.113.20 and 2001:db8::20";
        QTest::newRow("times and versions stay") << "09:30:00 TLSv1.3 1.2.3"
                                                 << "09:30:00 TLSv1.3 1.2.3";
    }

    void localAddresses()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Redactor r(identity());
        QCOMPARE(r.redactText(input), expected);
        QCOMPARE(r.removedKinds().contains(RedactionKind::LocalAddresses), input != expected);
    }

    void ownPublicAddressOnlyWhenNotAllowed()
    {
        EnvironmentFacts env;
        NetworkInterfaceInfo i;
        i.addresses = {QStringLiteral("198.51.100.77/24"), QStringLiteral("2001:db8:5::77/64")};
        env.interfaces << i;
        const QString text = QStringLiteral("egress 198.51.100.77, v6 2001:db8:5::77, vendor 203.0.113.20");

        Redactor hide(identity());
        hide.learnFrom(env);
        QCOMPARE(hide.redactText(text), QStringLiteral("egress [public-1], v6 [public-2], vendor 203.0.113.20"));
        QCOMPARE(hide.removedKinds(), QStringList {RedactionKind::PublicAddresses});

        Redactor keep(identity(), true);
        keep.learnFrom(env);
        QCOMPARE(keep.redactText(text), text);
    }

    void wifiNames()
    {
        Redactor r(identity());
        r.learnSsid(QStringLiteral("Smith Family"));
        const QJsonObject out =
            r.redact(QJsonObject {{QStringLiteral("ssid"), QStringLiteral("Smith Family")},
                         {QStringLiteral("label"), QStringLiteral("Wi-Fi \u201cSmith Family\u201d")}})
                .toObject();
        QCOMPARE(out.value(QStringLiteral("ssid")).toString(), QStringLiteral("[wifi-name]"));
        QCOMPARE(out.value(QStringLiteral("label")).toString(), QStringLiteral("Wi-Fi \u201c[wifi-name]\u201d"));
        QCOMPARE(r.removedKinds(), QStringList {RedactionKind::NetworkNames});
    }

    void certificatesAreLeftIntact()
    {
        Redactor r(identity());
        // base64 can contain anything; a PEM is public and needed to re-diagnose
        const QJsonObject cert {
            {QStringLiteral("pem"), QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB/jsmith+10.0.0.1\n")},
            {QStringLiteral("sha256"), QStringLiteral("ABCDEF0123")}};
        QCOMPARE(r.redact(cert).toObject(), cert);
        QVERIFY(r.removedKinds().isEmpty());
    }

    void redactingTwiceChangesNothing()
    {
        Report report = buildReport(testdata::canaryEvidence(), testdata::canaryDiagnosis(), testdata::xeroProfile(),
            testdata::canaryNote(), ReportOptions {}, testdata::canaryIdentity());
        QVERIFY(report.redacted);
        const QByteArray once = renderJson(report);
        const QStringList kinds = report.redactedKinds;
        redactReport(report);
        QCOMPARE(renderJson(report), once);
        QCOMPARE(report.redactedKinds, kinds);
    }

    void reportSaysWhatWasRemoved()
    {
        const Report report = buildReport(testdata::canaryEvidence(), testdata::canaryDiagnosis(),
            testdata::xeroProfile(), testdata::canaryNote(), ReportOptions {}, testdata::canaryIdentity());
        const QStringList expected {RedactionKind::Cookies, RedactionKind::AuthHeaders, RedactionKind::UrlSecrets,
            RedactionKind::UserNames, RedactionKind::HostName, RedactionKind::NetworkNames,
            RedactionKind::LocalAddresses, RedactionKind::PublicAddresses};
        QCOMPARE(report.redactedKinds, expected);
        const QString text = renderText(report);
        QVERIFY(text.contains(QLatin1String("Redacted for sharing")));
        for (const QString &kind : expected)
            QVERIFY2(text.contains(redactionKindLabel(kind)), qPrintable(kind));
        const QJsonObject json = QJsonDocument::fromJson(renderJson(report)).object();
        QCOMPARE(json.value(QStringLiteral("redaction")).toObject().value(QStringLiteral("redacted")).toBool(), true);
        QVERIFY(!json.contains(QStringLiteral("local_identity")));
        // the organisation is given on purpose, for the vendor
        QCOMPARE(report.note.organisation, QStringLiteral("Acme Bookkeeping"));

        ReportOptions off;
        off.redact = false;
        const Report raw = buildReport(testdata::canaryEvidence(), testdata::canaryDiagnosis(), testdata::xeroProfile(),
            testdata::canaryNote(), off, testdata::canaryIdentity());
        QVERIFY(!raw.redacted);
        QVERIFY(renderText(raw).contains(QLatin1String("Not redacted")));
    }

    void nothingToRemoveIsSaidToo()
    {
        Evidence e;
        e.targetUrl = QStringLiteral("https://go.xero.com/");
        const Report report =
            buildReport(e, {}, testdata::xeroProfile(), {}, ReportOptions {}, testdata::canaryIdentity());
        QVERIFY(report.redacted);
        QVERIFY(report.redactedKinds.isEmpty());
        QVERIFY(renderText(report).contains(QLatin1String("nothing private was found")));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
