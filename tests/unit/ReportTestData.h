// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the report tests: the hand-made fixtures under tests/data/reports/, and a run with
// canary secrets planted wherever real ones can turn up (headers, URLs, error texts, paths,
// notes, findings), each also in a field every format renders, so "absent when redacted"
// can only pass because redaction worked.

#include "report/Report.h"

#include <QStringList>
#include <QTest>

namespace gatecheck::testdata {

inline QString fixturePath(const QString &name)
{
    return QStringLiteral(GATECHECK_TEST_DATA "/reports/") + name;
}

inline Report loadFixture(const QString &name)
{
    QString error;
    const auto report = loadReport(fixturePath(name), &error);
    if (!report)
        qFatal("fixture %s: %s", qPrintable(name), qPrintable(error));
    return *report;
}

namespace canary {
inline const QString Cookie = QStringLiteral("gcCanaryCookie7f3a");
inline const QString Bearer = QStringLiteral("gcCanaryBearer4e5f6a7b");
inline const QString Basic = QStringLiteral("gcCanaryBasic0a1b2c3d");
inline const QString Token = QStringLiteral("gcCanaryToken5b1c");
inline const QString Code = QStringLiteral("gcCanaryCode8d9e");
inline const QString Password = QStringLiteral("gcCanaryPass6c7d");
inline const QString NoteToken = QStringLiteral("gcCanaryNoteTok3e4f");
inline const QString User = QStringLiteral("gccanaryuser");
inline const QString Host = QStringLiteral("gc-canary-host");
inline const QString Ssid = QStringLiteral("GcCanaryWifi");
inline const QString PrivateAddress = QStringLiteral("10.77.66.55");
inline const QString OwnPublicAddress = QStringLiteral("198.51.100.77");

inline QStringList all()
{
    return {
        Cookie, Bearer, Basic, Token, Code, Password, NoteToken, User, Host, Ssid, PrivateAddress, OwnPublicAddress};
}
} // namespace canary

inline LocalIdentity canaryIdentity()
{
    LocalIdentity id;
    id.hostName = canary::Host + QStringLiteral(".corp.example");
    id.userNames = {canary::User};
    return id;
}

inline Evidence canaryEvidence()
{
    using namespace canary;
    Evidence e;
    e.appVersion = QStringLiteral("0.1.0");
    e.startedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    e.finishedAt = e.startedAt.addSecs(7);
    e.targetUrl = QStringLiteral("https://go.xero.com/app/?token=%1&org=42").arg(Token);
    e.profileId = QStringLiteral("xero");
    e.hosts = {QStringLiteral("go.xero.com")};

    DnsObservation d;
    d.id = QStringLiteral("dns:system:go.xero.com");
    d.host = QStringLiteral("go.xero.com");
    d.method = QStringLiteral("system");
    d.resolver = QStringLiteral("system");
    d.addresses = {{QStringLiteral("203.0.113.20"), -1}};
    e.dns << d;

    HttpObservation h;
    h.id = QStringLiteral("http:as-browser");
    h.url = e.targetUrl;
    h.path = QStringLiteral("as-browser");
    h.proxy = QStringLiteral("http://%1:%2@%3:3128").arg(User, Password, PrivateAddress);
    h.status = 502;
    h.reason = QStringLiteral("Bad Gateway");
    h.headers = {{QStringLiteral("server"), QStringLiteral("squid/5.7")},
        {QStringLiteral("via"), QStringLiteral("1.1 %1 (squid/5.7)").arg(Host)},
        {QStringLiteral("set-cookie"), QStringLiteral("SID=%1; Path=/; HttpOnly").arg(Cookie)},
        {QStringLiteral("authorization"), QStringLiteral("Bearer %1").arg(Bearer)},
        {QStringLiteral("location"), QStringLiteral("https://login.xero.com/cb?code=%1&state=x").arg(Code)}};
    h.bodyHead = QStringLiteral("<html>Cookie: SID=%1 for %2</html>").arg(Cookie, Host).toUtf8();
    h.redirects = {{302, QStringLiteral("https://login.xero.com/cb?code=%1").arg(Code)}};
    h.timings.totalMs = 1200;
    e.http << h;

    HttpObservation direct = h;
    direct.id = QStringLiteral("http:direct");
    direct.path = QStringLiteral("direct");
    direct.proxy.clear();
    direct.status = 0;
    direct.headers.clear();
    direct.error = {
        QStringLiteral("proxy_error"), QStringLiteral("the gateway replied Set-Cookie: SID=%1; path=/").arg(Cookie)};
    e.http << direct;

    EnvironmentFacts &env = e.environment;
    env.collected = true;
    env.os = QStringLiteral("linux");
    env.dnsServers = {PrivateAddress};
    NetworkInterfaceInfo wifi;
    wifi.name = QStringLiteral("wlan0");
    wifi.kind = QStringLiteral("wifi");
    wifi.ssid = Ssid;
    wifi.gateway = QStringLiteral("10.77.66.1");
    wifi.addresses = {QStringLiteral("10.77.66.20/24"), OwnPublicAddress + QStringLiteral("/32")};
    wifi.carriesDefaultRoute = true;
    wifi.up = true;
    env.interfaces << wifi;
    BrowserExtensionInfo x;
    x.browser = QStringLiteral("chrome");
    x.profile = QStringLiteral("C:\\Users\\%1\\AppData\\Local\\Google\\Chrome\\User Data\\Default").arg(User);
    x.name = QStringLiteral("Helpful Proxy");
    x.enabled = true;
    x.risk = QStringLiteral("can_proxy");
    env.extensions << x;
    ProxySetting p;
    p.source = QStringLiteral("env");
    p.mode = QStringLiteral("manual");
    p.proxy = QStringLiteral("%1:%2@%3:3128").arg(User, Password, PrivateAddress);
    env.proxies << p;
    env.notes = {QStringLiteral("Could not read /home/%1/.mozilla/firefox/prefs.js on %2").arg(User, Host),
        QStringLiteral("Sign-in redirected to https://login.xero.com/cb?code=%1").arg(Code)};
    return e;
}

inline Diagnosis canaryDiagnosis()
{
    using namespace canary;
    Finding f;
    f.code = QStringLiteral("proxy_error");
    f.severity = Severity::Problem;
    f.whoFixes = WhoFixes::It;
    f.title = QStringLiteral("The proxy on %1 gives the 502").arg(Host);
    f.detail =
        QStringLiteral("The proxy asked for Proxy-Authorization: Basic %1\nThe app sent Authorization: Bearer %2\n"
                       "The extension was installed by %3.")
            .arg(Basic, Bearer, User);
    f.nextSteps = {QStringLiteral("Check the proxy at %1.").arg(PrivateAddress)};
    Diagnosis d;
    d.findings << f;
    d.verdict = {f.code, f.whoFixes, f.title, QStringLiteral("Seen from %1.").arg(Host)};
    return d;
}

inline UserNote canaryNote()
{
    UserNote n;
    n.whatHappened = QStringLiteral("I pasted https://go.xero.com/?access_token=%1 and it failed on %2")
                         .arg(canary::NoteToken, canary::Host);
    n.organisation = QStringLiteral("Acme Bookkeeping");
    n.startedAt = QStringLiteral("09:00");
    return n;
}

inline VendorProfile xeroProfile()
{
    VendorProfile p;
    p.id = QStringLiteral("xero");
    p.displayName = QStringLiteral("Xero");
    p.hosts = {QStringLiteral("go.xero.com")};
    p.supportFacts = {{QStringLiteral("organisation"), QStringLiteral("Xero organisation name"), {}},
        {QStringLiteral("url"), QStringLiteral("Address showing the error"), {}},
        {QStringLiteral("started_at"), QStringLiteral("When the error started"), {}},
        {QStringLiteral("region"), QStringLiteral("Your region"), {}},
        {QStringLiteral("others_affected"), QStringLiteral("Others affected"), {}}};
    return p;
}

} // namespace gatecheck::testdata
