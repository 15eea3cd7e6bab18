// SPDX-License-Identifier: GPL-3.0-or-later
// Each rule family on small hand-built evidence: when it fires, with what severity and who
// fixes it - and, as much, the near misses where it must stay quiet (CDN answers that merely
// differ, a private test network, a clock that is right, a proxy the browser gets through).
#include "diagnosis/Codes.h"
#include "diagnosis/Diagnose.h"
#include "diagnosis/Rules.h"
#include "diagnosis/Verdict.h"
#include "profiles/ProfileRegistry.h"

#include <QTest>

using namespace gatecheck;

namespace {

const QString kHost = QStringLiteral("go.xero.com");
const QString kUrl = QStringLiteral("https://go.xero.com/");

ProbeError error(const QString &code)
{
    return {code, code};
}

// A fluent builder for just the observations a test needs.
class Ev
{
public:
    Ev()
    {
        e.targetUrl = kUrl;
        e.profileId = QStringLiteral("xero");
        e.hosts = {kHost};
        e.startedAt = QDateTime(QDate(2026, 11, 22), QTime(20, 31), Qt::UTC);
    }

    Ev &dns(const QString &method, const QString &resolver, const QStringList &addresses, const QString &err = {},
        const QString &host = kHost)
    {
        DnsObservation d;
        d.id = QStringLiteral("dns:%1:%2:%3").arg(method, resolver, host);
        d.host = host;
        d.method = method;
        d.resolver = resolver;
        for (const QString &a : addresses)
            d.addresses << DnsAddress {a, 60};
        if (!err.isEmpty())
            d.error = error(err);
        e.dns << d;
        return *this;
    }
    Ev &tls(const QString &address, bool publicTrust, bool systemTrust = true,
        const QString &issuerCn = QStringLiteral("DigiCert Global G2 TLS RSA SHA256 2020 CA1"),
        const QString &issuerO = QStringLiteral("DigiCert Inc"),
        const QStringList &sans = {QStringLiteral("*.xero.com")}, const QStringList &errors = {},
        const QString &err = {})
    {
        TlsObservation t;
        t.id = QStringLiteral("tls:%1:%2:443").arg(kHost, address);
        t.host = kHost;
        t.address = address;
        t.handshakeOk = err.isEmpty();
        if (!sans.isEmpty()) {
            CertificateInfo leaf;
            leaf.subjectCommonName = kHost;
            leaf.issuerCommonName = issuerCn;
            leaf.issuerOrganization = issuerO;
            leaf.issuer = QStringLiteral("CN=%1,O=%2").arg(issuerCn, issuerO);
            leaf.subjectAltNames = sans;
            leaf.notBefore = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
            leaf.notAfter = QDateTime(QDate(2027, 6, 1), QTime(0, 0), Qt::UTC);
            t.chain << leaf;
        }
        t.trustedByPublicRoots = publicTrust;
        t.trustedBySystem = systemTrust;
        t.publicRootErrors = errors;
        t.systemErrors = systemTrust ? QStringList() : errors;
        if (!err.isEmpty())
            t.error = error(err);
        e.tls << t;
        return *this;
    }
    Ev &tcp(const QString &address, bool connected, const QString &err = {})
    {
        TcpObservation t;
        t.id = QStringLiteral("tcp:%1:443").arg(address);
        t.host = kHost;
        t.address = address;
        t.port = 443;
        t.connected = connected;
        if (!err.isEmpty())
            t.error = error(err);
        e.tcp << t;
        return *this;
    }
    Ev &http(const QString &path, int status, const QMap<QString, QString> &headers = {}, const QString &err = {},
        const QString &pinned = {}, const QString &proxy = {},
        const QString &issuer = QStringLiteral("CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc"))
    {
        HttpObservation h;
        h.id = QStringLiteral("http:%1:%2@%3").arg(path, kUrl, pinned);
        h.url = kUrl;
        h.path = path;
        h.status = status;
        h.headers = headers;
        h.pinnedAddress = pinned;
        h.proxy = proxy;
        h.tlsIssuer = status > 0 ? issuer : QString();
        if (!err.isEmpty())
            h.error = error(err);
        e.http << h;
        return *this;
    }
    Ev &good(const QString &path, const QString &pinned = {})
    {
        return http(path, 200,
            {{QStringLiteral("server"), QStringLiteral("cloudflare")},
                {QStringLiteral("cf-ray"), QStringLiteral("1-SYD")}},
            {}, pinned);
    }
    Ev &status(const QString &indicator, const QList<StatusComponent> &components = {},
        const QList<StatusIncident> &incidents = {})
    {
        StatusObservation s;
        s.id = QStringLiteral("status:direct:https://status.xero.com/api/v2/summary.json");
        s.path = QStringLiteral("direct");
        s.ok = true;
        s.indicator = indicator;
        s.description = indicator == QLatin1String("none") ? QStringLiteral("All Systems Operational")
                                                           : QStringLiteral("Partial System Outage");
        s.components = components;
        s.incidents = incidents;
        e.status << s;
        return *this;
    }
    Ev &statusFailed()
    {
        StatusObservation s;
        s.id = QStringLiteral("status:direct:x");
        s.path = QStringLiteral("direct");
        s.error = error(ErrorCode::Timeout);
        e.status << s;
        return *this;
    }
    Ev &activity(const QString &a)
    {
        e.activity = a;
        return *this;
    }

    Evidence e;
};

VendorProfile xero()
{
    static const VendorProfile p = *ProfileRegistry().find(QStringLiteral("xero"));
    return p;
}

QStringList codesOf(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.code;
    return out;
}

const Finding *find(const QList<Finding> &findings, const QString &code)
{
    for (const Finding &f : findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

StatusComponent component(const char *id, const char *name, const char *status, const char *group = "")
{
    return {QLatin1String(id), QLatin1String(name), QLatin1String(status), QLatin1String(group)};
}

StatusIncident incident(
    const char *name, const QStringList &components, bool maintenance = false, const char *impact = "minor")
{
    StatusIncident i;
    i.id = QStringLiteral("inc1");
    i.name = QLatin1String(name);
    i.status = maintenance ? QStringLiteral("in_progress") : QStringLiteral("investigating");
    i.impact = maintenance ? QStringLiteral("maintenance") : QLatin1String(impact);
    i.componentIds = components;
    i.isMaintenance = maintenance;
    return i;
}

const QMap<QString, QString> kCf502 {
    {QStringLiteral("server"), QStringLiteral("cloudflare")}, {QStringLiteral("cf-ray"), QStringLiteral("9-SYD")}};

} // namespace

class TestDiagnosisRules : public QObject
{
    Q_OBJECT
private slots:
    // ---- status page -------------------------------------------------------------------

    void statusMatchesTheActivity()
    {
        Ev ev;
        ev.good(QStringLiteral("as-browser"))
            .status(QStringLiteral("minor"),
                {component("p1", "Payroll - United Kingdom", "partial_outage", "Payroll"),
                    component("b1", "Bank Feeds - United Kingdom", "operational", "Bank Feeds")},
                {incident("Pay runs failing", {QStringLiteral("p1")})});
        ev.activity(QStringLiteral("payroll"));
        QList<Finding> f = statusRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::VendorOutage});
        QCOMPARE(gatecheck::toString(f.first().whoFixes), gatecheck::toString(WhoFixes::Vendor));
        QVERIFY(f.first().title.contains(QStringLiteral("payroll")));

        ev.activity(QStringLiteral("bank_feeds"));
        f = statusRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::VendorIncidentElsewhere});
        QCOMPARE(gatecheck::toString(f.first().severity), gatecheck::toString(Severity::Info));
    }

    void loginMattersToEveryActivity()
    {
        Ev ev;
        ev.activity(QStringLiteral("reports"))
            .status(
                QStringLiteral("major"), {component("l1", "Login and Dashboard", "major_outage", "Xero Accounting")});
        const QList<Finding> f = statusRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::VendorOutage});
        QVERIFY(f.first().title.contains(QStringLiteral("major outage")));
    }

    void unknownActivityIgnoresTheApiButNotTheApp()
    {
        Ev ev;
        ev.status(QStringLiteral("minor"), {component("a1", "Xero API", "degraded_performance")});
        QCOMPARE(codesOf(statusRules(RuleContext(ev.e, xero()))), QStringList {FindingCode::VendorIncidentElsewhere});
        Ev ev2;
        ev2.status(QStringLiteral("minor"), {component("r1", "Reports", "degraded_performance", "Xero Accounting")});
        QCOMPARE(codesOf(statusRules(RuleContext(ev2.e, xero()))), QStringList {FindingCode::VendorOutage});
    }

    void maintenanceIsItsOwnCode()
    {
        Ev ev;
        ev.status(QStringLiteral("maintenance"), {component("l1", "Login and Dashboard", "under_maintenance")},
            {incident("Database upgrade", {QStringLiteral("l1")}, true)});
        QCOMPARE(codesOf(statusRules(RuleContext(ev.e, xero()))), QStringList {FindingCode::VendorMaintenance});
        // Maintenance plus a real outage of another relevant component is an outage.
        ev.e.status.first().components << component("p1", "Payroll - Australia", "major_outage");
        QCOMPARE(codesOf(statusRules(RuleContext(ev.e, xero()))), QStringList {FindingCode::VendorOutage});
    }

    void incidentWithoutComponentsIsJudgedByTitleAndImpact()
    {
        Ev ev;
        ev.activity(QStringLiteral("payroll")).status(QStringLiteral("minor"), {}, {incident("Payroll delays", {})});
        QCOMPARE(codesOf(statusRules(RuleContext(ev.e, xero()))), QStringList {FindingCode::VendorOutage});
        Ev ev2;
        ev2.activity(QStringLiteral("payroll")).status(QStringLiteral("minor"), {}, {incident("Hubdoc slow", {})});
        QCOMPARE(codesOf(statusRules(RuleContext(ev2.e, xero()))), QStringList {FindingCode::VendorIncidentElsewhere});
        Ev ev3;
        ev3.activity(QStringLiteral("payroll"))
            .status(QStringLiteral("critical"), {}, {incident("Widespread errors", {}, false, "critical")});
        QCOMPARE(codesOf(statusRules(RuleContext(ev3.e, xero()))), QStringList {FindingCode::VendorOutage});
    }

    void greenPageSaysNothingAndFailedPageSaysSo()
    {
        Ev ev;
        ev.status(QStringLiteral("none"), {component("l1", "Login and Dashboard", "operational")});
        QVERIFY(statusRules(RuleContext(ev.e, xero())).isEmpty());
        Ev ev2;
        ev2.statusFailed();
        QCOMPARE(codesOf(statusRules(RuleContext(ev2.e, xero()))), QStringList {FindingCode::StatusUnknown});
    }

    void customProfileCountsEveryComponent()
    {
        Ev ev;
        ev.status(QStringLiteral("minor"), {component("x", "Anything at all", "degraded_performance")});
        const VendorProfile custom = customProfile(QUrl(kUrl));
        QCOMPARE(codesOf(statusRules(RuleContext(ev.e, custom))), QStringList {FindingCode::VendorOutage});
    }

    // ---- vendor error ------------------------------------------------------------------

    void vendorErrorOnlyWhenTheVendorAnswered()
    {
        Ev ev;
        ev.http(QStringLiteral("as-browser"), 502, kCf502)
            .http(QStringLiteral("direct"), 502, kCf502)
            .status(QStringLiteral("none"));
        QList<Finding> f = vendorErrorRule(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::VendorError});
        QCOMPARE(gatecheck::toString(f.first().severity), gatecheck::toString(Severity::Problem));
        QVERIFY(f.first().detail.contains(QStringLiteral("502 (Bad Gateway)")));

        // One path works: intermittent, a warning.
        ev.good(QStringLiteral("ipv4"), QStringLiteral("192.0.2.10"));
        f = vendorErrorRule(RuleContext(ev.e, xero()));
        QCOMPARE(gatecheck::toString(f.first().severity), gatecheck::toString(Severity::Warning));

        // The status page already reports it: vendor_outage speaks, not vendor_error.
        Ev outage;
        outage.http(QStringLiteral("direct"), 503, kCf502)
            .status(QStringLiteral("major"), {component("l1", "Login and Dashboard", "major_outage")});
        QVERIFY(vendorErrorRule(RuleContext(outage.e, xero())).isEmpty());

        // A proxy's 502 is not the vendor's.
        Ev proxied;
        proxied.http(QStringLiteral("as-browser"), 502,
            {{QStringLiteral("server"), QStringLiteral("squid/5.7")},
                {QStringLiteral("x-squid-error"), QStringLiteral("ERR_ZERO_SIZE_OBJECT 0")}},
            {}, {}, QStringLiteral("http://10.0.0.2:3128"), {});
        QVERIFY(vendorErrorRule(RuleContext(proxied.e, xero())).isEmpty());
    }

    void serverStatusesAreExplainedDifferently()
    {
        const QString v = QStringLiteral("Xero");
        QVERIFY(explainServerStatus(500, v).contains(QStringLiteral("unexpected error")));
        QVERIFY(explainServerStatus(502, v).contains(QStringLiteral("back-end")));
        QVERIFY(explainServerStatus(503, v).contains(QStringLiteral("on purpose")));
        QVERIFY(explainServerStatus(504, v).contains(QStringLiteral("too long")));
        QVERIFY(explainServerStatus(599, v).contains(QStringLiteral("599")));
        QSet<QString> distinct;
        for (int s : {500, 502, 503, 504})
            distinct << explainServerStatus(s, v);
        QCOMPARE(distinct.size(), 4);
    }

    // ---- proxies -------------------------------------------------------------------------

    void proxyRulesByWhoAnswered()
    {
        const QString proxy = QStringLiteral("http://10.0.0.2:3128");
        Ev ev;
        ev.http(QStringLiteral("as-browser"), 503,
              {{QStringLiteral("server"), QStringLiteral("squid/5.7")},
                  {QStringLiteral("x-squid-error"), QStringLiteral("ERR_CONNECT_FAIL 111")}},
              {}, {}, proxy, {})
            .good(QStringLiteral("direct"));
        QList<Finding> f = proxyRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::ProxyError});
        QCOMPARE(gatecheck::toString(f.first().whoFixes), gatecheck::toString(WhoFixes::It));
        QVERIFY(f.first().detail.contains(QStringLiteral("could not connect")));
        QVERIFY(f.first().detail.contains(QStringLiteral("Without the proxy")));
        QCOMPARE(f.first().confidence, 0.9);
    }

    void proxyOnThisComputerIsTheUsers()
    {
        Ev ev;
        ev.http(QStringLiteral("as-browser"), 0, {}, ErrorCode::ProxyConnectionRefused, {},
            QStringLiteral("http://127.0.0.1:8888"));
        const QList<Finding> f = proxyRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::ProxyError});
        QCOMPARE(gatecheck::toString(f.first().whoFixes), gatecheck::toString(WhoFixes::User));
        QVERIFY(f.first().title.contains(QStringLiteral("on this computer")));
    }

    void negotiateAuthIsOnlyAWarning()
    {
        Ev ev;
        ev.http(QStringLiteral("as-browser"), 407,
            {{QStringLiteral("proxy-authenticate"), QStringLiteral("Negotiate")}}, {}, {},
            QStringLiteral("http://10.0.0.2:3128"));
        QList<Finding> f = proxyRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::ProxyAuthRequired});
        QCOMPARE(gatecheck::toString(f.first().severity), gatecheck::toString(Severity::Warning));
        ev.e.http.first().headers.insert(QStringLiteral("proxy-authenticate"), QStringLiteral("Basic realm=\"x\""));
        f = proxyRules(RuleContext(ev.e, xero()));
        QCOMPARE(gatecheck::toString(f.first().severity), gatecheck::toString(Severity::Problem));
    }

    // ---- TLS interception ----------------------------------------------------------------

    void interceptionEvenWhenTheSystemTrustsIt()
    {
        Ev ev;
        ev.tls(QStringLiteral("192.0.2.10"), false, true, QStringLiteral("Acme Outbound Inspection CA"),
              QStringLiteral("Acme Ltd"))
            .good(QStringLiteral("as-browser"));
        const QList<Finding> f = tlsRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::TlsInterception});
        QCOMPARE(gatecheck::toString(f.first().severity), gatecheck::toString(Severity::Warning)); // works for now
        QCOMPARE(gatecheck::toString(f.first().whoFixes), gatecheck::toString(WhoFixes::It));
        QVERIFY(f.first().detail.contains(QStringLiteral("Acme Outbound Inspection CA")));
    }

    void interceptionProductFromTheTrustStore()
    {
        Ev ev;
        ev.tls(QStringLiteral("192.0.2.10"), false, true, QStringLiteral("Outbound CA"), QStringLiteral("Acme Ltd"));
        ev.e.environment.nonPublicRoots << TrustRootInfo {QStringLiteral("CN=ESET SSL Filter CA"),
            QStringLiteral("ESET, spol. s r.o."), QStringLiteral("AA"), QString(), QStringLiteral("Root")};
        const QList<Finding> f = tlsRules(RuleContext(ev.e, xero()));
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().title.contains(QStringLiteral("ESET")));
        QCOMPARE(gatecheck::toString(f.first().whoFixes), gatecheck::toString(WhoFixes::User));
    }

    void notInterception()
    {
        // Publicly trusted: fine.
        Ev ok;
        ok.tls(QStringLiteral("192.0.2.10"), true);
        QVERIFY(tlsRules(RuleContext(ok.e, xero())).isEmpty());
        // Only the dates are wrong on the vendor's real certificate: the clock's business.
        Ev dates;
        dates.tls(QStringLiteral("192.0.2.10"), false, false,
            QStringLiteral("DigiCert Global G2 TLS RSA SHA256 2020 CA1"), QStringLiteral("DigiCert Inc"),
            {QStringLiteral("*.xero.com")}, {QStringLiteral("The certificate has expired")});
        QVERIFY(tlsRules(RuleContext(dates.e, xero())).isEmpty());
        // A certificate for another name is another server (captive portal, wrong address).
        Ev other;
        other.tls(QStringLiteral("192.0.2.10"), false, false, QStringLiteral("R11"), QStringLiteral("Let's Encrypt"),
            {QStringLiteral("wifi.hotel-example.net")}, {QStringLiteral("The host name did not match")});
        QVERIFY(tlsRules(RuleContext(other.e, xero())).isEmpty());
        // The vendor's public CA with a missing intermediate: broken chain, not interception.
        Ev chain;
        chain.tls(QStringLiteral("192.0.2.10"), false, false,
            QStringLiteral("DigiCert Global G2 TLS RSA SHA256 2020 CA1"), QStringLiteral("DigiCert Inc"),
            {QStringLiteral("*.xero.com")},
            {QStringLiteral("The issuer certificate of a locally looked up certificate could not be found")});
        QVERIFY(tlsRules(RuleContext(chain.e, xero())).isEmpty());
    }

    void interceptionOnTheBrowsersPathOnly()
    {
        // Direct handshakes are clean; the browser's proxy hands out its own certificate.
        Ev ev;
        ev.tls(QStringLiteral("192.0.2.10"), true)
            .http(QStringLiteral("as-browser"), 502, {}, {}, {}, QStringLiteral("http://10.0.0.2:8080"),
                QStringLiteral("CN=Netskope Inc CA,O=Netskope Inc"))
            .good(QStringLiteral("direct"));
        const QList<Finding> f = tlsRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::TlsInterception});
        QCOMPARE(gatecheck::toString(f.first().severity), gatecheck::toString(Severity::Problem));
        QVERIFY(f.first().title.contains(QStringLiteral("Netskope")));
    }

    // ---- clock ---------------------------------------------------------------------------

    void clock()
    {
        Ev small;
        small.e.environment.clockChecked = true;
        small.e.environment.clockSamples = 3;
        small.e.environment.clockOffsetSeconds = 90;
        QVERIFY(clockRule(RuleContext(small.e, xero())).isEmpty());

        Ev minutes = small;
        minutes.e.environment.clockOffsetSeconds = 600;
        QList<Finding> f = clockRule(RuleContext(minutes.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::ClockSkew});
        QCOMPARE(gatecheck::toString(f.first().severity), gatecheck::toString(Severity::Warning));
        QVERIFY(f.first().title.contains(QStringLiteral("10 minutes ahead")));

        // Not checked, but the vendor's certificate is "not yet valid" for this computer's date.
        Ev behind;
        behind.e.startedAt = QDateTime(QDate(2025, 11, 22), QTime(8, 0), Qt::UTC);
        behind.tls(QStringLiteral("192.0.2.10"), false, false,
            QStringLiteral("DigiCert Global G2 TLS RSA SHA256 2020 CA1"), QStringLiteral("DigiCert Inc"),
            {QStringLiteral("*.xero.com")}, {QStringLiteral("The certificate is not yet valid")},
            ErrorCode::TlsVerifyFailed);
        f = clockRule(RuleContext(behind.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::ClockSkew});
        QCOMPARE(gatecheck::toString(f.first().severity), gatecheck::toString(Severity::Problem));
        QVERIFY(f.first().detail.contains(QStringLiteral("not valid yet")));

        // The same error with a clock measured to be right: the certificate really is out of date.
        Ev right = behind;
        right.e.environment.clockChecked = true;
        right.e.environment.clockSamples = 2;
        right.e.environment.clockOffsetSeconds = 2;
        QVERIFY(clockRule(RuleContext(right.e, xero())).isEmpty());
    }

    // ---- DNS -----------------------------------------------------------------------------

    void cdnAnswersThatDifferAreFine()
    {
        // Every resolver gives another CDN address; each one works: nothing to report.
        Ev ev;
        ev.dns(QStringLiteral("system"), QStringLiteral("system"), {QStringLiteral("192.0.2.10")})
            .dns(QStringLiteral("udp"), QStringLiteral("1.1.1.1:53"), {QStringLiteral("198.51.100.20")})
            .dns(QStringLiteral("doh"), QStringLiteral("https://1.1.1.1/dns-query"), {QStringLiteral("203.0.113.30")})
            .tls(QStringLiteral("192.0.2.10"), true)
            .tls(QStringLiteral("198.51.100.20"), true)
            .good(QStringLiteral("as-browser"));
        const RuleContext ctx(ev.e, xero());
        QVERIFY(dnsResolutionRules(ctx).isEmpty());
        QVERIFY(dnsTamperingRules(ctx).isEmpty());
        QCOMPARE(ctx.addressHealth(kHost, QStringLiteral("203.0.113.30")), AddressHealth::Unknown);
    }

    void dnsFailureNeedsAnAlternateThatAnswers()
    {
        Ev ev;
        ev.dns(QStringLiteral("system"), QStringLiteral("system"), {}, ErrorCode::ServFail)
            .dns(QStringLiteral("udp"), QStringLiteral("8.8.8.8:53"), {QStringLiteral("192.0.2.10")});
        QList<Finding> f = dnsResolutionRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::DnsFailure});
        QCOMPARE(gatecheck::toString(f.first().whoFixes), gatecheck::toString(WhoFixes::It));
        QVERIFY(f.first().detail.contains(QStringLiteral("a server failure")));

        Ev none;
        none.dns(QStringLiteral("system"), QStringLiteral("system"), {}, ErrorCode::NxDomain)
            .dns(QStringLiteral("udp"), QStringLiteral("8.8.8.8:53"), {}, ErrorCode::NxDomain);
        QVERIFY(dnsResolutionRules(RuleContext(none.e, xero())).isEmpty());
    }

    void privateNetworkEverywhereIsNotAHijack()
    {
        // A test rig or a split-horizon office: every resolver gives private addresses, one of
        // them dead. That is a stale address, not a hijack.
        Ev ev;
        ev.dns(QStringLiteral("system"), QStringLiteral("system"), {QStringLiteral("127.0.0.9")})
            .dns(QStringLiteral("udp"), QStringLiteral("127.0.0.53:53"), {QStringLiteral("127.0.0.5")})
            .tcp(QStringLiteral("127.0.0.9"), false, ErrorCode::ConnectionRefused)
            .tls(QStringLiteral("127.0.0.5"), true)
            .http(QStringLiteral("ipv4"), 0, {}, ErrorCode::ConnectionRefused, QStringLiteral("127.0.0.9"))
            .good(QStringLiteral("alt-dns"), QStringLiteral("127.0.0.5"));
        const RuleContext ctx(ev.e, xero());
        QVERIFY(dnsTamperingRules(ctx).isEmpty());
        QCOMPARE(codesOf(dnsResolutionRules(ctx)), QStringList {FindingCode::DnsStale});
    }

    void privateAnswerForAPublicNameIsAHijack()
    {
        Ev ev;
        ev.dns(QStringLiteral("system"), QStringLiteral("system"), {QStringLiteral("0.0.0.0")})
            .dns(QStringLiteral("doh"), QStringLiteral("https://1.1.1.1/dns-query"), {QStringLiteral("192.0.2.10")});
        const QList<Finding> f = dnsTamperingRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::DnsHijack});
        QVERIFY(f.first().detail.contains(QStringLiteral("private address")));
    }

    void hostsOverrideReplacesStale()
    {
        Ev ev;
        ev.dns(QStringLiteral("system"), QStringLiteral("system"), {QStringLiteral("192.0.2.200")})
            .dns(QStringLiteral("udp"), QStringLiteral("1.1.1.1:53"), {QStringLiteral("198.51.100.20")})
            .tcp(QStringLiteral("192.0.2.200"), false, ErrorCode::Timeout)
            .tls(QStringLiteral("198.51.100.20"), true)
            .good(QStringLiteral("alt-dns"), QStringLiteral("198.51.100.20"));
        ev.e.environment.hostsOverrides << HostsOverride {
            kHost, QStringLiteral("192.0.2.200"), QStringLiteral("/etc/hosts")};
        const RuleContext ctx(ev.e, xero());
        QVERIFY(dnsResolutionRules(ctx).isEmpty());
        const QList<Finding> f = dnsTamperingRules(ctx);
        QCOMPARE(codesOf(f), QStringList {FindingCode::HostsOverride});
        QCOMPARE(gatecheck::toString(f.first().severity), gatecheck::toString(Severity::Problem));
        QVERIFY(f.first().nextSteps.first().contains(QStringLiteral("/etc/hosts")));

        // A hosts entry that still works is only a warning.
        Ev working;
        working.dns(QStringLiteral("system"), QStringLiteral("system"), {QStringLiteral("192.0.2.10")})
            .tls(QStringLiteral("192.0.2.10"), true)
            .good(QStringLiteral("as-browser"));
        working.e.environment.hostsOverrides
            << HostsOverride {kHost, QStringLiteral("192.0.2.10"), QStringLiteral("/etc/hosts")};
        QCOMPARE(gatecheck::toString(dnsTamperingRules(RuleContext(working.e, xero())).first().severity),
            gatecheck::toString(Severity::Warning));
    }

    void port53NeedsDohToDisagreeAndWork()
    {
        Ev ev;
        ev.dns(QStringLiteral("system"), QStringLiteral("system"), {QStringLiteral("10.20.30.40")})
            .dns(QStringLiteral("udp"), QStringLiteral("8.8.8.8:53"), {QStringLiteral("10.20.30.40")})
            .dns(QStringLiteral("doh"), QStringLiteral("https://1.1.1.1/dns-query"), {QStringLiteral("192.0.2.10")})
            .tcp(QStringLiteral("10.20.30.40"), false, ErrorCode::ConnectionRefused)
            .tls(QStringLiteral("192.0.2.10"), true);
        QCOMPARE(codesOf(dnsTamperingRules(RuleContext(ev.e, xero()))), QStringList {FindingCode::Port53Intercepted});
        // Without DoH there is no way to tell interception from the vendor's own answer.
        ev.e.dns.removeLast();
        QVERIFY(!codesOf(dnsTamperingRules(RuleContext(ev.e, xero()))).contains(FindingCode::Port53Intercepted));
    }

    // ---- connectivity --------------------------------------------------------------------

    void firewallOnlyWhenTheVendorIsShownUp()
    {
        Ev ev;
        ev.dns(QStringLiteral("system"), QStringLiteral("system"), {QStringLiteral("192.0.2.10")})
            .tcp(QStringLiteral("192.0.2.10"), false, ErrorCode::ConnectionRefused)
            .http(QStringLiteral("as-browser"), 0, {}, ErrorCode::ConnectionRefused)
            .http(QStringLiteral("direct"), 0, {}, ErrorCode::ConnectionRefused);
        QVERIFY(connectivityRules(RuleContext(ev.e, xero())).isEmpty()
            || !codesOf(connectivityRules(RuleContext(ev.e, xero()))).contains(FindingCode::FirewallBlock));
        ev.status(QStringLiteral("none"));
        const QList<Finding> f = connectivityRules(RuleContext(ev.e, xero()));
        QVERIFY(codesOf(f).contains(FindingCode::FirewallBlock));
        QVERIFY(find(f, FindingCode::FirewallBlock)->detail.contains(QStringLiteral("actively refused")));
    }

    void closedDirectRouteIsNormalWhenTheProxyWorks()
    {
        Ev ev;
        ev.dns(QStringLiteral("system"), QStringLiteral("system"), {QStringLiteral("192.0.2.10")})
            .tcp(QStringLiteral("192.0.2.10"), false, ErrorCode::Timeout)
            .http(QStringLiteral("as-browser"), 200, kCf502, {}, {}, QStringLiteral("http://10.0.0.2:3128"))
            .http(QStringLiteral("direct"), 0, {}, ErrorCode::Timeout)
            .status(QStringLiteral("none"));
        const QList<Finding> f = connectivityRules(RuleContext(ev.e, xero()));
        QVERIFY(!codesOf(f).contains(FindingCode::FirewallBlock));
        QVERIFY(!codesOf(f).contains(FindingCode::NoConnectivity));
    }

    void noConnectivityNotWhenDohWorks()
    {
        Ev ev;
        ev.dns(QStringLiteral("system"), QStringLiteral("system"), {}, ErrorCode::Timeout)
            .dns(QStringLiteral("doh"), QStringLiteral("https://1.1.1.1/dns-query"), {QStringLiteral("192.0.2.10")})
            .http(QStringLiteral("as-browser"), 0, {}, ErrorCode::HostUnreachable)
            .statusFailed();
        QVERIFY(!codesOf(connectivityRules(RuleContext(ev.e, xero()))).contains(FindingCode::NoConnectivity));
        ev.e.dns.removeLast();
        QCOMPARE(codesOf(connectivityRules(RuleContext(ev.e, xero()))), QStringList {FindingCode::NoConnectivity});
    }

    void ipv6()
    {
        Ev ev;
        ev.tcp(QStringLiteral("2001:db8::1"), false, ErrorCode::Timeout)
            .tcp(QStringLiteral("192.0.2.10"), true)
            .good(QStringLiteral("as-browser"))
            .good(QStringLiteral("ipv4"), QStringLiteral("192.0.2.10"))
            .http(QStringLiteral("ipv6"), 0, {}, ErrorCode::Timeout, QStringLiteral("2001:db8::1"));
        QList<Finding> f = connectivityRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::Ipv6Broken});
        QCOMPARE(gatecheck::toString(f.first().severity),
            gatecheck::toString(Severity::Warning)); // the browser gets through
        QCOMPARE(gatecheck::toString(f.first().whoFixes), gatecheck::toString(WhoFixes::Isp));
        // IPv4 failing too is not an IPv6 problem.
        ev.e.http[1].status = 0;
        ev.e.http[1].error = error(ErrorCode::Timeout);
        QVERIFY(!codesOf(connectivityRules(RuleContext(ev.e, xero()))).contains(FindingCode::Ipv6Broken));
    }

    void captiveFromTheEnvironment()
    {
        Ev ev;
        ev.e.environment.captiveChecked = true;
        ev.e.environment.captivePortal = true;
        const QList<Finding> f = connectivityRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::CaptivePortal});
        QCOMPARE(gatecheck::toString(f.first().whoFixes), gatecheck::toString(WhoFixes::User));
        QCOMPARE(gatecheck::toString(f.first().severity), gatecheck::toString(Severity::Problem));
        ev.good(QStringLiteral("as-browser")); // the flag lags behind: the vendor answers anyway
        QCOMPARE(gatecheck::toString(connectivityRules(RuleContext(ev.e, xero())).first().severity),
            gatecheck::toString(Severity::Warning));
        ev.e.environment.captivePortal = false;
        QVERIFY(connectivityRules(RuleContext(ev.e, xero())).isEmpty());
    }

    // ---- this computer -------------------------------------------------------------------

    void extensionsThatMatter()
    {
        Ev ev;
        BrowserExtensionInfo blocker;
        blocker.browser = QStringLiteral("firefox");
        blocker.name = QStringLiteral("Site Blocker");
        blocker.enabled = true;
        blocker.risk = QStringLiteral("can_alter_requests");
        blocker.hostPermissions = {QStringLiteral("*://*.example.org/*")};
        ev.e.environment.extensions << blocker;
        QVERIFY(localSetupRules(RuleContext(ev.e, xero())).isEmpty()); // cannot touch Xero
        ev.e.environment.extensions.first().hostPermissions << QStringLiteral("https://*.xero.com/*");
        QList<Finding> f = localSetupRules(RuleContext(ev.e, xero()));
        QCOMPARE(codesOf(f), QStringList {FindingCode::ExtensionInterference});
        QCOMPARE(gatecheck::toString(f.first().severity), gatecheck::toString(Severity::Info));
        ev.e.environment.extensions.first().enabled = false;
        QVERIFY(localSetupRules(RuleContext(ev.e, xero())).isEmpty());
    }

    void vpnOnlyWhenItCarriesTheTraffic()
    {
        Ev ev;
        NetworkInterfaceInfo vpn;
        vpn.name = QStringLiteral("wg0");
        vpn.isVpn = true;
        vpn.up = true;
        vpn.vpnProduct = QStringLiteral("WireGuard");
        ev.e.environment.interfaces << vpn;
        QVERIFY(localSetupRules(RuleContext(ev.e, xero())).isEmpty()); // split tunnel: not on Xero's path
        ev.e.environment.interfaces.first().carriesTargetTraffic = true;
        QCOMPARE(codesOf(localSetupRules(RuleContext(ev.e, xero()))), QStringList {FindingCode::VpnPath});
    }

    // ---- verdict ---------------------------------------------------------------------------

    void precedencePutsLocalCausesBeforeTheVendor()
    {
        const QStringList &order = precedenceOrder();
        for (const QString &local : {FindingCode::ProxyError, FindingCode::TlsInterception, FindingCode::DnsStale,
                 FindingCode::FirewallBlock, FindingCode::CaptivePortal, FindingCode::ClockSkew})
            for (const QString &vendor :
                {FindingCode::VendorOutage, FindingCode::VendorError, FindingCode::WafChallenge})
                QVERIFY2(order.indexOf(local) < order.indexOf(vendor), qPrintable(local + QLatin1Char('/') + vendor));
        QCOMPARE(order.last(), FindingCode::Inconclusive);
        QCOMPARE(precedenceOf(QStringLiteral("no_such_code")), static_cast<int>(order.size()));
    }

    void warningsDoNotSpoilAWorkingPath()
    {
        Ev ev;
        ev.good(QStringLiteral("as-browser"));
        NetworkInterfaceInfo vpn;
        vpn.name = QStringLiteral("utun4");
        vpn.isVpn = true;
        vpn.up = true;
        vpn.carriesDefaultRoute = true;
        ev.e.environment.interfaces << vpn;
        const Diagnosis d = diagnose(ev.e, xero());
        QCOMPARE(d.verdict.code, FindingCode::Ok);
        QCOMPARE(gatecheck::toString(d.verdict.whoFixes), gatecheck::toString(WhoFixes::None));
        QCOMPARE(codesOf(d.findings), (QStringList {FindingCode::Ok, FindingCode::BrowserSide, FindingCode::VpnPath}));
    }

    void hugeEvidenceStillGivesAVerdict()
    {
        // A hostile saved report: thousands of hosts, addresses and paths. The rules index by
        // address and read bounded slices, so this finishes (the test's timeout guards it).
        Ev ev;
        QStringList many;
        for (int i = 0; i < 3000; ++i)
            many << QStringLiteral("192.0.%1.%2").arg(i / 250).arg(i % 250);
        for (int h = 0; h < 2000; ++h) {
            const QString host = QStringLiteral("h%1.xero.com").arg(h);
            ev.e.hosts << host;
            ev.dns(QStringLiteral("system"), QStringLiteral("system"), many.mid(h % 100, 40), {}, host);
            ev.dns(QStringLiteral("udp"), QStringLiteral("1.1.1.1:53"), many.mid(h % 50, 40), {}, host);
        }
        ev.dns(QStringLiteral("system"), QStringLiteral("system"), many);
        for (const QString &a : std::as_const(many)) {
            ev.tls(a, false, true, QStringLiteral("Zscaler Intermediate Root CA"), QStringLiteral("Zscaler Inc."));
            ev.tcp(a, false, ErrorCode::Timeout);
            ev.http(QStringLiteral("alt-dns"), 0, {}, ErrorCode::Timeout, a);
        }
        const Diagnosis d = diagnose(ev.e, xero());
        QVERIFY(precedenceOrder().contains(d.verdict.code));
        // Nothing answered over HTTP or TCP (the handshakes contradict that: hostile data), so
        // "no connectivity" leads; the inspected certificates are still reported.
        QCOMPARE(d.verdict.code, FindingCode::NoConnectivity);
        QVERIFY(codesOf(d.findings).contains(FindingCode::TlsInterception));
    }

    void emptyEvidenceIsInconclusiveNotOk()
    {
        const Diagnosis d = diagnose(Evidence {}, VendorProfile {});
        QCOMPARE(d.verdict.code, FindingCode::Inconclusive);
        QVERIFY(d.verdict.headline.contains(QStringLiteral("the service")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisRules)
#include "tst_diagnosisrules.moc"
