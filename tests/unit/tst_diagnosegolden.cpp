// SPDX-License-Identifier: GPL-3.0-or-later
// Golden evidence (tests/data/evidence/*.json, recorded in the CLI's `evidence` shape) must
// give exactly the expected verdict, who fixes it and findings - and must NOT report the
// plausible wrong causes. Hostile and inconsistent evidence still gives a sensible verdict.
#include "diagnosis/Codes.h"
#include "diagnosis/Diagnose.h"
#include "diagnosis/Verdict.h"
#include "evidence/EvidenceJson.h"
#include "profiles/ProfileRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace gatecheck;

namespace {

QString dataDir()
{
    return QStringLiteral(GATECHECK_TEST_DATA "/evidence");
}

Evidence load(const QString &name)
{
    QFile f(dataDir() + QLatin1Char('/') + name + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing golden file %s", qPrintable(name));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qFatal("golden file %s is not JSON: %s", qPrintable(name), qPrintable(parseError.errorString()));
    QString error;
    const auto e = evidenceFromJson(doc.object(), &error);
    if (!e)
        qFatal("golden file %s is not evidence: %s", qPrintable(name), qPrintable(error));
    return *e;
}

VendorProfile profileFor(const Evidence &e)
{
    if (const auto p = ProfileRegistry().find(e.profileId))
        return *p;
    return customProfile(QUrl(e.targetUrl), QUrl(e.statusUrl));
}

QStringList codes(const Diagnosis &d)
{
    QStringList out;
    for (const Finding &f : d.findings)
        out << f.code;
    return out;
}

QSet<QString> observationIds(const Evidence &e)
{
    QSet<QString> ids;
    for (const DnsObservation &o : e.dns)
        ids << o.id;
    for (const TcpObservation &o : e.tcp)
        ids << o.id;
    for (const TlsObservation &o : e.tls)
        ids << o.id;
    for (const HttpObservation &o : e.http)
        ids << o.id;
    for (const StatusObservation &o : e.status)
        ids << o.id;
    return ids;
}

QStringList goldenFiles()
{
    QStringList names = QDir(dataDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n.chop(5);
    return names;
}

} // namespace

class TestDiagnoseGolden : public QObject
{
    Q_OBJECT
private slots:
    void verdicts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<QString>("headline");
        const auto row = [](const char *file, const char *verdict, const char *who, const char *present,
                             const char *absent, const char *headline = "") {
            const auto list = [](const char *s) {
                return QString::fromLatin1(s).split(QLatin1Char(','), Qt::SkipEmptyParts);
            };
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(verdict) << QString::fromLatin1(who)
                                << list(present) << list(absent) << QString::fromUtf8(headline);
        };
        // clang-format off
        row("ok-all-green", "ok", "none", "ok,browser_side",
            "vendor_outage,vendor_error,tls_interception,dns_stale,dns_hijack,port53_intercepted,status_unknown",
            "Xero is reachable from this computer");
        row("vendor-outage-payroll", "vendor_outage", "vendor", "vendor_outage", "vendor_error,proxy_error,dns_stale,ok",
            "Xero is having a partial outage affecting payroll - nothing is wrong on your side");
        row("vendor-outage-quickbooks-major", "vendor_outage", "vendor", "vendor_outage", "vendor_error,waf_challenge",
            "QuickBooks Online is having a major outage affecting signing in - nothing is wrong on your side");
        row("vendor-outage-intuit-developer-api", "vendor_outage", "vendor", "vendor_outage", "vendor_incident_elsewhere,ok",
            "Intuit Developer platform is having performance problems - nothing is wrong on your side");
        row("vendor-maintenance", "vendor_maintenance", "vendor", "vendor_maintenance", "vendor_outage,vendor_error",
            "Xero is down for planned maintenance - nothing is wrong on your side");
        row("vendor-error-502", "vendor_error", "vendor", "vendor_error",
            "vendor_outage,proxy_error,tls_interception,dns_stale,firewall_block,waf_challenge",
            "report it to Xero support");
        row("vendor-error-504-status-unknown", "vendor_error", "vendor", "vendor_error,status_unknown",
            "vendor_outage,proxy_error");
        row("vendor-incident-elsewhere", "ok", "none", "ok,vendor_incident_elsewhere", "vendor_outage");
        row("waf-challenge-cloudflare", "waf_challenge", "user", "waf_challenge", "vendor_error,vendor_outage,proxy_error");
        row("waf-block-akamai", "waf_challenge", "vendor", "waf_challenge", "vendor_error,proxy_error");
        row("proxy-error-squid-connect-fail", "proxy_error", "it", "proxy_error,status_unknown",
            "vendor_error,firewall_block,no_connectivity,dns_stale,ipv6_broken", "this is for your IT team");
        row("proxy-error-squid-zero-size", "proxy_error", "it", "proxy_error", "vendor_error,tls_interception");
        row("proxy-error-mitmproxy", "tls_interception", "it", "tls_interception,proxy_error", "vendor_error",
            "(mitmproxy)");
        row("proxy-error-tinyproxy", "proxy_error", "it", "proxy_error", "vendor_error");
        row("proxy-auth-required", "proxy_auth_required", "it", "proxy_auth_required", "proxy_error,vendor_error");
        row("tls-interception-zscaler", "tls_interception", "it", "tls_interception,proxy_error",
            "vendor_error,vendor_outage,dns_stale",
            "Your office network is intercepting Xero's secure connection (Zscaler) - this is for your IT team");
        row("tls-interception-antivirus-working", "ok", "none", "ok,tls_interception", "vendor_error,proxy_error");
        row("tls-interception-fortigate-untrusted", "tls_interception", "it", "tls_interception",
            "clock_skew,dns_stale,firewall_block,dns_hijack", "(Fortinet FortiGate)");
        row("dns-stale", "dns_stale", "user", "dns_stale",
            "firewall_block,dns_hijack,vendor_error,dns_failure,port53_intercepted,ipv6_broken");
        row("dns-failure", "dns_failure", "it", "dns_failure", "no_connectivity,dns_stale,firewall_block");
        row("dns-hijack-private-address", "dns_hijack", "it", "dns_hijack",
            "dns_stale,port53_intercepted,tls_interception,captive_portal");
        row("dns-hijack-nxdomain-rewriting", "ok", "none", "ok,dns_hijack", "dns_failure");
        row("port53-intercepted", "port53_intercepted", "it", "port53_intercepted", "dns_hijack,firewall_block,dns_stale");
        row("hosts-override", "hosts_override", "it", "hosts_override", "dns_stale,dns_hijack,firewall_block");
        row("firewall-block", "firewall_block", "it", "firewall_block",
            "no_connectivity,vendor_outage,dns_stale,ipv6_broken,vendor_error");
        row("ipv6-broken", "ipv6_broken", "isp", "ipv6_broken", "firewall_block,dns_stale,no_connectivity");
        row("captive-portal", "captive_portal", "user", "captive_portal", "tls_interception,dns_hijack,dns_stale");
        row("clock-skew", "clock_skew", "user", "clock_skew", "tls_interception,dns_hijack");
        row("no-connectivity", "no_connectivity", "isp", "no_connectivity", "dns_failure,firewall_block,vendor_error");
        row("vpn-path", "vpn_path", "user", "vpn_path", "ipv6_broken,firewall_block,no_connectivity,dns_stale");
        row("extension-interference", "extension_interference", "user", "extension_interference", "ok");
        row("inconclusive-protocol-errors", "inconclusive", "none", "inconclusive,status_unknown", "ok,vendor_error");
        row("mixed-proxy-auth-and-vendor-outage", "proxy_auth_required", "it", "proxy_auth_required,vendor_outage", "ok");
        row("hostile-empty", "inconclusive", "none", "inconclusive", "ok,no_connectivity");
        row("hostile-cancelled", "inconclusive", "none", "inconclusive", "ok,no_connectivity");
        row("hostile-timeouts-everywhere", "no_connectivity", "isp", "no_connectivity", "dns_failure,firewall_block");
        row("hostile-inconsistent", "vendor_error", "vendor", "vendor_error", "ok,dns_hijack,tls_interception");
        row("custom-url-vendor-error", "vendor_error", "vendor", "vendor_error", "vendor_outage,status_unknown",
            "books.example.net's own servers answer with an error (503)");
        // clang-format on
    }

    void verdicts()
    {
        QFETCH(QString, file);
        QFETCH(QString, verdict);
        QFETCH(QString, who);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QFETCH(QString, headline);
        const Evidence e = load(file);
        const Diagnosis d = diagnose(e, profileFor(e));
        const QStringList found = codes(d);
        QVERIFY2(d.verdict.code == verdict,
            qPrintable(QStringLiteral("verdict %1, findings %2").arg(d.verdict.code, found.join(QLatin1Char(',')))));
        QCOMPARE(toString(d.verdict.whoFixes), who);
        QCOMPARE(d.findings.constFirst().code, d.verdict.code);
        for (const QString &code : present)
            QVERIFY2(found.contains(code),
                qPrintable(code + QStringLiteral(" missing from ") + found.join(QLatin1Char(','))));
        for (const QString &code : absent)
            QVERIFY2(!found.contains(code),
                qPrintable(code + QStringLiteral(" wrongly in ") + found.join(QLatin1Char(','))));
        if (!headline.isEmpty())
            QVERIFY2(d.verdict.headline.contains(headline), qPrintable(d.verdict.headline));
        QVERIFY(!d.verdict.summary.isEmpty());
    }

    // Properties every verdict must have, on every golden file (including ones added later).
    void everyFileGivesAWellFormedDiagnosis_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &name : goldenFiles())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyFileGivesAWellFormedDiagnosis()
    {
        QFETCH(QString, file);
        const Evidence e = load(file);
        const VendorProfile profile = profileFor(e);
        const Diagnosis d = diagnose(e, profile);
        QVERIFY(!d.findings.isEmpty());
        QVERIFY(precedenceOrder().contains(d.verdict.code));
        const QSet<QString> ids = observationIds(e);
        QSet<QString> seen;
        for (const Finding &f : d.findings) {
            QVERIFY2(precedenceOrder().contains(f.code), qPrintable(f.code));
            QVERIFY2(!seen.contains(f.code), qPrintable(f.code + QStringLiteral(" reported twice")));
            seen << f.code;
            QVERIFY2(!f.title.isEmpty() && !f.detail.isEmpty(), qPrintable(f.code));
            QVERIFY2(!f.title.contains(QStringLiteral("%1")) && !f.detail.contains(QStringLiteral("%2")),
                qPrintable(f.title + f.detail));
            QVERIFY(f.confidence > 0 && f.confidence <= 1);
            if (f.severity == Severity::Problem)
                QVERIFY2(!f.nextSteps.isEmpty(), qPrintable(f.code + QStringLiteral(" has no next steps")));
            for (const QString &id : f.evidence)
                QVERIFY2(ids.contains(id) || id.startsWith(QLatin1String("environment:")),
                    qPrintable(f.code + QStringLiteral(" cites unknown evidence ") + id));
        }
        // Pure: the same evidence gives the same diagnosis.
        const Diagnosis again = diagnose(e, profile);
        QCOMPARE(toJson(again.verdict), toJson(d.verdict));
        QCOMPARE(codes(again), codes(d));
        // The vendor's name, not a placeholder, speaks to the user.
        if (!profile.displayName.isEmpty() && d.verdict.code != FindingCode::Inconclusive)
            QVERIFY2(d.verdict.headline.contains(profile.displayName) || d.verdict.code == FindingCode::BrowserSide,
                qPrintable(d.verdict.headline));
    }

    void everyCodeIsAVerdictSomewhere()
    {
        QSet<QString> verdicts;
        QSet<QString> findings;
        for (const QString &name : goldenFiles()) {
            const Evidence e = load(name);
            const Diagnosis d = diagnose(e, profileFor(e));
            verdicts << d.verdict.code;
            for (const Finding &f : d.findings)
                findings << f.code;
        }
        // These accompany a verdict but are never one by design (docs/findings.md).
        const QStringList neverPrimary {
            FindingCode::BrowserSide, FindingCode::StatusUnknown, FindingCode::VendorIncidentElsewhere};
        for (const QString &code : precedenceOrder()) {
            if (neverPrimary.contains(code))
                QVERIFY2(findings.contains(code), qPrintable(code));
            else
                QVERIFY2(verdicts.contains(code), qPrintable(code + QStringLiteral(" is never a verdict")));
        }
    }

    void vendorErrorTellsWhatSupportNeeds()
    {
        const Evidence e = load(QStringLiteral("vendor-error-502"));
        const Diagnosis d = diagnose(e, profileFor(e));
        const Finding &f = d.findings.constFirst();
        const QString steps = f.nextSteps.join(QLatin1Char('\n'));
        for (const char *fact : {"Organisation name", "https://go.xero.com/", "2026-11-22 20:31 UTC", "Your region",
                 "cf-ray: 8e5c1f0a9b8c7d6e-SYD", "https://central.xero.com/"})
            QVERIFY2(steps.contains(QLatin1String(fact)), fact);
        QVERIFY(f.detail.contains(QStringLiteral("502 (Bad Gateway)")));
        QVERIFY(f.detail.contains(QStringLiteral("status page does not show a problem")));
    }

    void outageQuotesTheIncident()
    {
        const Evidence e = load(QStringLiteral("vendor-outage-payroll"));
        const Diagnosis d = diagnose(e, profileFor(e));
        const Finding &f = d.findings.constFirst();
        QVERIFY(f.detail.contains(QStringLiteral("Payroll - Australia (partial outage)")));
        QVERIFY(f.detail.contains(QStringLiteral("We have identified the cause")));
        QVERIFY(f.nextSteps.join(QLatin1Char(' ')).contains(QStringLiteral("https://stspg.io/k3x9d2m1")));
        QVERIFY(f.detail.contains(QStringLiteral("still loads"))); // the start page works from here
    }

    void outageIrrelevantToTheActivityIsNotTheVerdict()
    {
        // The same partial payroll outage, but the user was invoicing: not the cause.
        Evidence e = load(QStringLiteral("vendor-outage-payroll"));
        e.activity = QStringLiteral("invoicing");
        const Diagnosis d = diagnose(e, profileFor(e));
        QCOMPARE(d.verdict.code, FindingCode::Ok);
        QVERIFY(codes(d).contains(FindingCode::VendorIncidentElsewhere));
        QVERIFY(!codes(d).contains(FindingCode::VendorOutage));
    }

    void localCauseBeatsVendorInTheHeadline()
    {
        const Evidence e = load(QStringLiteral("mixed-proxy-auth-and-vendor-outage"));
        const Diagnosis d = diagnose(e, profileFor(e));
        QVERIFY(!d.verdict.headline.contains(QStringLiteral("nothing is wrong on your side")));
        QVERIFY(d.verdict.summary.contains(QStringLiteral("Gatecheck also noticed")));
        QVERIFY(d.verdict.summary.contains(QStringLiteral("partial outage")));
    }

    void dnsStaleFixIsAFlush()
    {
        const Evidence e = load(QStringLiteral("dns-stale"));
        const Diagnosis d = diagnose(e, profileFor(e));
        const Finding &f = d.findings.constFirst();
        QVERIFY(f.detail.contains(QStringLiteral("192.0.2.99")));
        QVERIFY(f.detail.contains(QStringLiteral("198.51.100.20")));
        QVERIFY(f.nextSteps.join(QLatin1Char(' ')).contains(QStringLiteral("ipconfig /flushdns")));
    }

    void cancelledRunSaysSo()
    {
        const Evidence e = load(QStringLiteral("hostile-cancelled"));
        const Diagnosis d = diagnose(e, profileFor(e));
        QVERIFY2(d.verdict.summary.contains(QStringLiteral("stopped")), qPrintable(d.verdict.summary));
    }

    void rediagnosingTheCliOutputShape()
    {
        // The CLI prints {"schema_version","verdict","findings","evidence"}; the evidence part of
        // such a document re-diagnoses to the same verdict.
        const Evidence e = load(QStringLiteral("tls-interception-zscaler"));
        const Diagnosis d = diagnose(e, profileFor(e));
        QJsonArray findings;
        for (const Finding &f : d.findings)
            findings.append(toJson(f));
        const QJsonObject document {{QStringLiteral("schema_version"), Evidence::SchemaVersion},
            {QStringLiteral("verdict"), toJson(d.verdict)}, {QStringLiteral("findings"), findings},
            {QStringLiteral("evidence"), toJson(e)}};
        const QJsonObject back = QJsonDocument::fromJson(QJsonDocument(document).toJson()).object();
        const auto reloaded = evidenceFromJson(back.value(QStringLiteral("evidence")).toObject());
        QVERIFY(reloaded);
        QCOMPARE(toJson(diagnose(*reloaded, profileFor(*reloaded)).verdict),
            back.value(QStringLiteral("verdict")).toObject());
        QCOMPARE(findingFromJson(findings.at(0).toObject()).code, FindingCode::TlsInterception);
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseGolden)
#include "tst_diagnosegolden.moc"
