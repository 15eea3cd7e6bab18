// SPDX-License-Identifier: GPL-3.0-or-later
// Which hop answered, from the headers and the first bytes of the body. The order of the
// checks matters: a proxy's own error page beats the vendor headers it may have relayed, a
// WAF page beats the CDN that served it, and only then do CDN markers mean "the vendor".
#include "diagnosis/HopClassifier.h"

#include "diagnosis/InspectionProducts.h"
#include "diagnosis/Patterns.h"

#include <QRegularExpression>

namespace gatecheck {

namespace {

QString header(const HttpObservation &h, const char *name)
{
    return h.headers.value(QLatin1String(name));
}

bool has(const HttpObservation &h, const char *name)
{
    return h.headers.contains(QLatin1String(name));
}

bool contains(const QString &haystack, const char *needle)
{
    return haystack.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

bool matches(const QString &text, const char *pattern)
{
    return cachedPattern(QLatin1String(pattern)).match(text).hasMatch();
}

bool isProxyPath(const HttpObservation &h)
{
    return !h.proxy.isEmpty();
}

// A proxy's own error page or its error headers.
bool proxyMarkers(const HttpObservation &h, const QString &body, HopVerdict &v)
{
    const QString server = header(h, "server");
    if (has(h, "x-squid-error")) {
        v.name = server.isEmpty() ? QStringLiteral("squid") : server;
        v.detail = header(h, "x-squid-error");
        v.policyBlock = contains(v.detail, "ERR_ACCESS_DENIED");
        return true;
    }
    if (matches(server, "^squid") || (contains(body, "generated") && contains(body, "(squid"))) {
        v.name = server.isEmpty() ? QStringLiteral("squid") : server;
        return true;
    }
    static const char *const products[] = {"mitmproxy", "tinyproxy", "privoxy", "zscaler", "bluecoat", "proxysg",
        "netskope", "forcepoint", "websense", "mcafee web gateway", "skyhigh", "fortigate", "fortiguard", "sophos",
        "watchguard", "iboss", "menlo", "ccproxy", "wingate", "polipo"};
    for (const char *product : products) {
        if (contains(server, product) || contains(header(h, "proxy-agent"), product)) {
            v.name = server.isEmpty() ? header(h, "proxy-agent") : server;
            return true;
        }
    }
    // Error or block pages whose only signature is in the body (status 4xx/5xx).
    if (h.status >= 400) {
        static const struct
        {
            const char *needle;
            const char *name;
            bool block;
        } pages[] = {
            {"mitmproxy", "mitmproxy", false},
            {"tinyproxy", "tinyproxy", false},
            {"zscaler", "Zscaler", false},
            {"fortiguard", "Fortinet FortiGuard", true},
            {"web page blocked", "web filter", true},
            {"cisco umbrella", "Cisco Umbrella", true},
            {"blue coat", "Blue Coat", false},
            {"netskope", "Netskope", false},
            {"forcepoint", "Forcepoint", true},
            {"websense", "Forcepoint", true},
            {"sophos", "Sophos", true},
            {"access to this site is blocked", "web filter", true},
        };
        for (const auto &page : pages) {
            if (contains(body, page.needle)) {
                v.name = QString::fromLatin1(page.name);
                v.policyBlock = page.block;
                return true;
            }
        }
    }
    if (has(h, "x-bluecoat-via") && h.status >= 400 && !has(h, "cf-ray") && !has(h, "x-amz-cf-id")) {
        v.name = QStringLiteral("Blue Coat ProxySG");
        return true;
    }
    return false;
}

// Bot protection / WAF pages, usually 403 or 503 from the vendor's CDN.
bool wafMarkers(const HttpObservation &h, const QString &body, HopVerdict &v)
{
    const QString server = header(h, "server");
    const QString title = h.title.trimmed();
    if (contains(header(h, "cf-mitigated"), "challenge") || title.startsWith(QLatin1String("Just a moment"))
        || title.startsWith(QLatin1String("Please Wait... | Cloudflare")) || contains(body, "challenge-platform")
        || contains(body, "cf_chl_opt")) {
        v.name = QStringLiteral("Cloudflare");
        v.detail = has(h, "cf-mitigated") ? QStringLiteral("cf-mitigated: ") + header(h, "cf-mitigated")
                                          : QStringLiteral("Cloudflare challenge page");
        v.challenge = true;
        return true;
    }
    if (title.startsWith(QLatin1String("Attention Required! | Cloudflare"))
        || (h.status == 403 && (has(h, "cf-ray") || contains(server, "cloudflare"))
            && (contains(body, "cf-error-code") || contains(body, "you have been blocked")
                || contains(body, "used Cloudflare to restrict access")))) {
        v.name = QStringLiteral("Cloudflare");
        v.detail = QStringLiteral("Cloudflare block page");
        return true;
    }
    if (h.status == 403 && contains(server, "AkamaiGHost")
        && (contains(title, "Access Denied") || contains(body, "Reference #"))) {
        v.name = QStringLiteral("Akamai");
        v.detail = QStringLiteral("Akamai \"Access Denied\" page");
        return true;
    }
    if (contains(body, "sec-if-cpt-container") || contains(body, "bm-verify")) {
        v.name = QStringLiteral("Akamai Bot Manager");
        v.detail = QStringLiteral("Akamai bot challenge");
        v.challenge = true;
        return true;
    }
    if (contains(body, "_Incapsula_Resource") || contains(body, "Incapsula incident ID")
        || contains(header(h, "x-cdn"), "Incapsula")) {
        v.name = QStringLiteral("Imperva Incapsula");
        v.detail = QStringLiteral("Imperva (Incapsula) protection page");
        v.challenge = !contains(body, "Request unsuccessful");
        return h.status >= 400 || v.challenge;
    }
    if (has(h, "x-amzn-waf-action") || contains(body, "AwsWafIntegration") || contains(body, "awswaf")) {
        v.name = QStringLiteral("AWS WAF");
        v.detail = has(h, "x-amzn-waf-action") ? QStringLiteral("x-amzn-waf-action: ") + header(h, "x-amzn-waf-action")
                                               : QStringLiteral("AWS WAF challenge");
        v.challenge = !contains(header(h, "x-amzn-waf-action"), "block");
        return true;
    }
    if (h.status == 403 && contains(body, "Request blocked") && contains(body, "cloudfront")) {
        v.name = QStringLiteral("AWS CloudFront");
        v.detail = QStringLiteral("CloudFront \"Request blocked\"");
        return true;
    }
    if (has(h, "x-datadome") || contains(server, "DataDome") || contains(body, "captcha-delivery.com")) {
        v.name = QStringLiteral("DataDome");
        v.detail = QStringLiteral("DataDome bot check");
        v.challenge = true;
        return true;
    }
    if (contains(body, "px-captcha") || contains(body, "_pxhd")) {
        v.name = QStringLiteral("HUMAN (PerimeterX)");
        v.detail = QStringLiteral("PerimeterX bot check");
        v.challenge = true;
        return true;
    }
    if (contains(body, "The requested URL was rejected") && contains(body, "support ID")) {
        v.name = QStringLiteral("F5 BIG-IP ASM");
        v.detail = QStringLiteral("F5 \"The requested URL was rejected\"");
        return true;
    }
    if (has(h, "x-sucuri-id") || contains(server, "Sucuri")) {
        if (h.status < 400)
            return false;
        v.name = QStringLiteral("Sucuri");
        v.detail = QStringLiteral("Sucuri firewall page");
        return true;
    }
    return false;
}

// A sign-in page of a guest network: a redirect that leaves the vendor for a portal.
bool captiveMarkers(const HttpObservation &h, const VendorProfile &profile, HopVerdict &v)
{
    const auto vendorHost = [&](const QString &host) {
        for (const QString &pattern : profile.sanPatterns) {
            const QString suffix = pattern.startsWith(QLatin1String("*.")) ? pattern.mid(1) : QString();
            if (host == pattern || (!suffix.isEmpty() && host.endsWith(suffix)) || host == suffix.mid(1))
                return true;
        }
        return profile.hosts.contains(host);
    };
    for (const RedirectHop &r : h.redirects) {
        const QUrl to(r.location);
        const QString host = to.host().toLower();
        if (host.isEmpty() || vendorHost(host))
            continue;
        if (matches(r.location, "captive|portal|hotspot|guest|wifi|wi-fi|splash|login\\.|/login|auth\\.|welcome")) {
            v.name = host;
            v.detail = QStringLiteral("%1 -> %2").arg(r.status).arg(r.location.left(200));
            return true;
        }
    }
    return false;
}

// The vendor's CDN / load balancer / gateway.
bool vendorMarkers(const HttpObservation &h, const VendorProfile &profile, HopVerdict &v)
{
    const QString server = header(h, "server");
    if (has(h, "cf-ray") || contains(server, "cloudflare"))
        v.name = QStringLiteral("Cloudflare");
    else if (has(h, "x-amz-cf-id") || contains(header(h, "via"), "cloudfront")
        || contains(header(h, "x-cache"), "cloudfront"))
        v.name = QStringLiteral("Amazon CloudFront");
    else if (contains(server, "AkamaiGHost") || has(h, "akamai-grn") || has(h, "x-akamai-transformed"))
        v.name = QStringLiteral("Akamai");
    else if (matches(server, "^awselb"))
        v.name = QStringLiteral("AWS load balancer");
    else if (has(h, "x-fastly-request-id") || contains(header(h, "x-served-by"), "cache-"))
        v.name = QStringLiteral("Fastly");
    else if (contains(server, "Google Frontend") || contains(header(h, "via"), "1.1 google"))
        v.name = QStringLiteral("Google Cloud load balancer");
    else if (has(h, "x-azure-ref"))
        v.name = QStringLiteral("Azure Front Door");
    else if (has(h, "x-envoy-upstream-service-time") || matches(server, "^(istio-)?envoy"))
        v.name = QStringLiteral("envoy gateway");
    if (v.name.isEmpty()) {
        for (const QString &pattern : profile.edgeServerPatterns) {
            if (!server.isEmpty() && cachedPattern(pattern).match(server).hasMatch()) {
                v.name = server;
                break;
            }
        }
    }
    if (v.name.isEmpty()) {
        for (const QString &name : profile.referenceHeaders)
            if (h.headers.contains(name) && name != QLatin1String("x-request-id"))
                v.name = server.isEmpty() ? profile.displayName : server;
    }
    return !v.name.isEmpty();
}

QString referenceFor(const HttpObservation &h, const VendorProfile &profile)
{
    QStringList refs;
    QStringList names = profile.referenceHeaders;
    for (const char *fallback : {"cf-ray", "x-amz-cf-id", "x-request-id"})
        if (!names.contains(QLatin1String(fallback)))
            names << QLatin1String(fallback);
    for (const QString &name : std::as_const(names))
        if (h.headers.contains(name))
            refs << QStringLiteral("%1: %2").arg(name, h.headers.value(name).left(120));
    return refs.join(QStringLiteral(", "));
}

bool notRun(const ProbeError &e)
{
    return e.code == ErrorCode::NotSupported || e.code == ErrorCode::Cancelled;
}

} // namespace

const QStringList &hopEvidenceHeaders()
{
    static const QStringList names {QStringLiteral("server"), QStringLiteral("via"), QStringLiteral("x-cache"),
        QStringLiteral("x-squid-error"), QStringLiteral("proxy-agent"), QStringLiteral("proxy-authenticate"),
        QStringLiteral("x-bluecoat-via"), QStringLiteral("cf-ray"), QStringLiteral("cf-mitigated"),
        QStringLiteral("x-amz-cf-id"), QStringLiteral("akamai-grn"), QStringLiteral("x-akamai-transformed"),
        QStringLiteral("x-fastly-request-id"), QStringLiteral("x-served-by"), QStringLiteral("x-azure-ref"),
        QStringLiteral("x-envoy-upstream-service-time"), QStringLiteral("x-amzn-waf-action"),
        QStringLiteral("x-datadome"), QStringLiteral("x-sucuri-id"), QStringLiteral("x-cdn"), QStringLiteral("x-iinfo"),
        QStringLiteral("x-request-id"), QStringLiteral("retry-after"), QStringLiteral("content-type"),
        QStringLiteral("location")};
    return names;
}

bool issuerExpected(const QString &issuer, const VendorProfile &profile)
{
    return anyPatternMatches(profile.expectedIssuerPatterns, issuer, false);
}

HopVerdict classifyHop(const HttpObservation &h, const VendorProfile &profile)
{
    HopVerdict v;
    v.reference = referenceFor(h, profile);
    const QString body = QString::fromUtf8(h.bodyHead.left(4096)) + QLatin1Char(' ') + h.title;

    if (h.status <= 0) {
        // No HTTP answer. Errors at the proxy's door are the proxy's.
        if (notRun(h.error) || !h.error.isError()) {
            v.outcome = Outcome::NotRun;
            return v;
        }
        const QString &code = h.error.code;
        if (code == ErrorCode::ProxyAuthRequired) {
            v.hop = Hop::Proxy;
            v.outcome = Outcome::ProxyError;
            v.authRequired = true;
        } else if (code == ErrorCode::ProxyConnectionRefused || code == ErrorCode::ProxyError) {
            v.hop = Hop::Proxy;
            v.outcome = Outcome::ProxyError;
            v.detail = h.error.message;
        } else {
            v.outcome = Outcome::Failed;
            v.detail = h.error.message;
        }
        v.name = h.proxy;
        return v;
    }

    if (h.status == 407 || has(h, "proxy-authenticate")) {
        v.hop = Hop::Proxy;
        v.outcome = Outcome::ProxyError;
        v.authRequired = true;
        v.name = header(h, "server").isEmpty() ? h.proxy : header(h, "server");
        v.detail = header(h, "proxy-authenticate").section(QLatin1Char(' '), 0, 0);
        return v;
    }
    if (wafMarkers(h, body, v)) {
        v.hop = Hop::Waf;
        v.outcome = Outcome::Blocked;
        return v;
    }
    if (proxyMarkers(h, body, v)) {
        v.hop = Hop::Proxy;
        v.outcome = (h.status >= 400 || v.policyBlock) ? Outcome::ProxyError : Outcome::Good;
        return v;
    }
    if (captiveMarkers(h, profile, v)) {
        v.hop = Hop::CaptivePortal;
        v.outcome = Outcome::Captive;
        return v;
    }
    if (vendorMarkers(h, profile, v)) {
        v.hop = Hop::Vendor;
    } else {
        // No marker. A Server header that is not a proxy's was relayed from the origin. Inside
        // HTTPS only the holder of the vendor's certificate can answer - unless the certificate
        // is an inspection product's, which can answer for anyone.
        const QString server = header(h, "server");
        const bool https = h.url.startsWith(QLatin1String("https:"), Qt::CaseInsensitive);
        const auto product = inspectionProductInfo(h.tlsIssuer);
        v.name = server;
        if (product && server.isEmpty()) {
            v.hop = h.status >= 500 ? Hop::Proxy : Hop::Unknown;
            v.name = product->name;
        } else if (!server.isEmpty() || !isProxyPath(h)) {
            v.hop = Hop::Vendor;
        } else if (https && (h.tlsIssuer.isEmpty() || issuerExpected(h.tlsIssuer, profile))) {
            v.hop = Hop::Unknown; // through a tunnel the proxy cannot write into: most likely the vendor
        } else {
            v.hop = h.status >= 500 ? Hop::Proxy : Hop::Unknown; // an unrecognised proxy's own page
            v.name = h.proxy;
        }
    }
    if (h.status >= 500)
        v.outcome = v.hop == Hop::Proxy ? Outcome::ProxyError : Outcome::VendorError;
    else
        v.outcome = Outcome::Good;
    return v;
}

} // namespace gatecheck
