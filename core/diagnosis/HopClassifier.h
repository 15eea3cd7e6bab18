// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"
#include "profiles/VendorProfile.h"

namespace gatecheck {

// Who produced an HTTP answer. The status number alone does not say: squid refuses with 503,
// mitmproxy with 502, tinyproxy with 500, a vendor's CDN with any of them.
enum class Hop {
    Unknown,
    Vendor, // the vendor's CDN, load balancer or gateway
    Proxy, // a forward proxy, secure web gateway or intercepting middlebox
    Waf, // the vendor's bot / web-application-firewall protection
    CaptivePortal, // a hotel / guest Wi-Fi sign-in page
};

// What one path's answer means, with the hop that produced it.
enum class Outcome {
    NotRun, // the probe did not run (not supported, cancelled before any answer)
    Good, // the vendor answered normally (any status below 500 that is not a block)
    VendorError, // the vendor's own infrastructure answered 5xx
    ProxyError, // a proxy answered with an error, refused, or asked for credentials
    Blocked, // WAF challenge or block page
    Captive, // a captive portal answered
    Failed, // no HTTP answer at all (timeout, refused, reset, TLS failure, ...)
};

struct HopVerdict
{
    Hop hop = Hop::Unknown;
    Outcome outcome = Outcome::NotRun;
    QString name; // "squid/5.7", "mitmproxy 8.1.1", "Cloudflare", "Akamai", ...
    QString detail; // "ERR_CONNECT_FAIL 111", "cf-mitigated: challenge", ...
    bool challenge = false; // a WAF challenge a real browser can usually pass
    bool policyBlock = false; // a web filter's "this site is blocked" page
    bool authRequired = false; // 407 / proxy authentication
    QString reference; // "cf-ray: 8c1f..." — what the vendor's support can trace
};

// Classifies one HTTP observation. Pure: looks only at the observation and the profile.
HopVerdict classifyHop(const HttpObservation &http, const VendorProfile &profile);

// The response headers (lower case) the classifier reads, beyond a profile's reference
// headers: what an HTTP probe should keep as evidence for the rules to work.
const QStringList &hopEvidenceHeaders();

// True when the issuer text matches one of the profile's expected issuer patterns.
bool issuerExpected(const QString &issuer, const VendorProfile &profile);

} // namespace gatecheck
