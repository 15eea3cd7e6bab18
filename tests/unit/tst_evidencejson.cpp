// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence model is the report schema: every field must survive a JSON round trip,
// and hostile or foreign documents must be refused with a reason.
#include "evidence/EvidenceJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatecheck;

namespace {

Evidence sampleEvidence()
{
    Evidence e;
    e.appVersion = QStringLiteral("0.1.0");
    e.startedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 30, 0, 125), Qt::UTC);
    e.finishedAt = e.startedAt.addSecs(4);
    e.targetUrl = QStringLiteral("https://go.xero.com/app");
    e.profileId = QStringLiteral("xero");
    e.hosts = {QStringLiteral("go.xero.com")};
    e.activity = QStringLiteral("payroll");

    DnsObservation d;
    d.id = QStringLiteral("dns:system:go.xero.com");
    d.host = QStringLiteral("go.xero.com");
    d.method = QStringLiteral("udp");
    d.resolver = QStringLiteral("127.0.0.2:53");
    d.rcode = QStringLiteral("NOERROR");
    d.addresses = {{QStringLiteral("192.0.2.10"), 60}, {QStringLiteral("2001:db8::10"), 30}};
    d.cnames = {QStringLiteral("go.xero.com.cdn.example")};
    d.elapsedMs = 12;
    e.dns << d;

    TcpObservation t;
    t.id = QStringLiteral("tcp:192.0.2.10:443");
    t.address = QStringLiteral("192.0.2.10");
    t.port = 443;
    t.error = {ErrorCode::ConnectionRefused, QStringLiteral("refused")};
    e.tcp << t;

    TlsObservation tls;
    tls.id = QStringLiteral("tls:go.xero.com:192.0.2.10:443");
    tls.host = QStringLiteral("go.xero.com");
    tls.handshakeOk = true;
    tls.protocol = QStringLiteral("TLSv1.3");
    CertificateInfo leaf;
    leaf.subject = QStringLiteral("CN=go.xero.com");
    leaf.issuer = QStringLiteral("CN=Zscaler Intermediate Root CA, O=Zscaler Inc.");
    leaf.issuerOrganization = QStringLiteral("Zscaler Inc.");
    leaf.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    leaf.subjectAltNames = {QStringLiteral("go.xero.com")};
    leaf.hasEmbeddedSct = false;
    tls.chain << leaf;
    tls.trustedBySystem = true;
    tls.trustedByPublicRoots = false;
    tls.publicRootErrors = {QStringLiteral("unable to get local issuer certificate")};
    e.tls << tls;

    HttpObservation h;
    h.id = QStringLiteral("http:as-browser:https://go.xero.com/app");
    h.url = e.targetUrl;
    h.path = QStringLiteral("as-browser");
    h.proxy = QStringLiteral("http://127.0.0.1:3128");
    h.status = 502;
    h.reason = QStringLiteral("Bad Gateway");
    h.headers = {{QStringLiteral("server"), QStringLiteral("squid/5.7")},
        {QStringLiteral("x-squid-error"), QStringLiteral("ERR_ZERO_SIZE_OBJECT 0")}};
    h.bodyBytes = 3456;
    h.bodyHead = "<html><title>ERROR</title>";
    h.title = QStringLiteral("ERROR");
    h.redirects = {{302, QStringLiteral("https://login.xero.com/")}};
    h.timings = {3, 10, 40, 45};
    e.http << h;

    StatusObservation s;
    s.id = QStringLiteral("status:direct");
    s.ok = true;
    s.indicator = QStringLiteral("major");
    s.components = {
        {QStringLiteral("c1"), QStringLiteral("Payroll"), QStringLiteral("major_outage"), QStringLiteral("Xero")}};
    StatusIncident incident;
    incident.name = QStringLiteral("Payroll unavailable");
    incident.impact = QStringLiteral("major");
    incident.componentIds = {QStringLiteral("c1")};
    incident.updatedAt = e.startedAt;
    s.incidents << incident;
    e.status << s;

    e.environment.collected = true;
    e.environment.os = QStringLiteral("linux");
    ProxySetting p;
    p.source = QStringLiteral("env");
    p.mode = QStringLiteral("manual");
    p.proxy = QStringLiteral("127.0.0.1:3128");
    p.bypass = {QStringLiteral("localhost")};
    e.environment.proxies << p;
    NetworkInterfaceInfo nic;
    nic.name = QStringLiteral("tun0");
    nic.kind = QStringLiteral("tunnel");
    nic.isVpn = true;
    nic.carriesTargetTraffic = true;
    nic.mtu = 1420;
    e.environment.interfaces << nic;
    BrowserExtensionInfo x;
    x.browser = QStringLiteral("chrome");
    x.name = QStringLiteral("Proxy SwitchyOmega");
    x.permissions = {QStringLiteral("proxy")};
    x.risk = QStringLiteral("can_proxy");
    e.environment.extensions << x;
    e.environment.nonPublicRoots << TrustRootInfo {QStringLiteral("CN=Zscaler Root CA"), QStringLiteral("Zscaler Inc."),
        QStringLiteral("AB"), QStringLiteral("Zscaler"), QStringLiteral("/etc/ssl/certs")};
    e.environment.hostsOverrides << HostsOverride {
        QStringLiteral("go.xero.com"), QStringLiteral("10.0.0.1"), QStringLiteral("/etc/hosts")};
    e.environment.clockChecked = true;
    e.environment.clockOffsetSeconds = -3600;
    return e;
}

} // namespace

class TestEvidenceJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEveryField()
    {
        const Evidence original = sampleEvidence();
        const QJsonObject first = toJson(original);
        // Through bytes, as a saved report would go.
        const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(first).toJson()).object();
        QString error;
        const auto loaded = evidenceFromJson(reparsed, &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(toJson(*loaded), first);

        QCOMPARE(loaded->dns.constFirst().addresses.size(), 2);
        QCOMPARE(loaded->dns.constFirst().addresses.at(1).ttl, 30);
        QCOMPARE(loaded->http.constFirst().headers.value(QStringLiteral("x-squid-error")),
            QStringLiteral("ERR_ZERO_SIZE_OBJECT 0"));
        QCOMPARE(loaded->http.constFirst().timings.firstByteMs, 40);
        QCOMPARE(loaded->tls.constFirst().chain.constFirst().issuerOrganization, QStringLiteral("Zscaler Inc."));
        QCOMPARE(loaded->status.constFirst().incidents.constFirst().componentIds, QStringList {QStringLiteral("c1")});
        QCOMPARE(loaded->environment.clockOffsetSeconds, -3600);
        QCOMPARE(loaded->environment.interfaces.constFirst().mtu, 1420);
        QCOMPARE(loaded->startedAt, original.startedAt);
    }
    void carriesSchemaVersion()
    {
        QCOMPARE(toJson(Evidence {}).value(QStringLiteral("schema_version")).toInt(), Evidence::SchemaVersion);
    }
    void refusesNonEvidence()
    {
        QString error;
        QVERIFY(!evidenceFromJson(QJsonObject {{QStringLiteral("hello"), 1}}, &error));
        QVERIFY(error.contains(QLatin1String("schema_version")));
    }
    void refusesFutureSchema()
    {
        QJsonObject o = toJson(sampleEvidence());
        o.insert(QStringLiteral("schema_version"), Evidence::SchemaVersion + 1);
        QString error;
        QVERIFY(!evidenceFromJson(o, &error));
        QVERIFY(error.contains(QLatin1String("newer")));
    }
    void toleratesWrongTypes()
    {
        // Hostile saved reports: arrays where objects belong, strings where numbers do.
        QJsonObject o {{QStringLiteral("schema_version"), 1}, {QStringLiteral("dns"), QStringLiteral("not an array")},
            {QStringLiteral("http"), QJsonArray {1, QStringLiteral("x"), QJsonArray {}}},
            {QStringLiteral("environment"), QJsonArray {}}};
        const auto loaded = evidenceFromJson(o);
        QVERIFY(loaded.has_value());
        QVERIFY(loaded->dns.isEmpty());
        QCOMPARE(loaded->http.size(), 3);
        QCOMPARE(loaded->http.constFirst().status, 0);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceJson)
#include "tst_evidencejson.moc"
