// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/RuleContext.h"

namespace gatecheck {

// Every rule family is a pure function of the context. Each returns the findings it can
// support with evidence (often none); the precedence in Verdict.cpp picks the primary one.
// One file per family: StatusRules.cpp, VendorErrorRule.cpp, WafRule.cpp, ProxyRules.cpp,
// TlsRules.cpp, ClockRule.cpp, DnsResolutionRules.cpp, DnsTamperingRules.cpp,
// ConnectivityRules.cpp, LocalSetupRules.cpp.
QList<Finding> statusRules(
    const RuleContext &ctx); // vendor_outage, vendor_maintenance, vendor_incident_elsewhere, status_unknown
QList<Finding> vendorErrorRule(const RuleContext &ctx); // vendor_error
QList<Finding> wafRule(const RuleContext &ctx); // waf_challenge
QList<Finding> proxyRules(const RuleContext &ctx); // proxy_auth_required, proxy_error
QList<Finding> tlsRules(const RuleContext &ctx); // tls_interception
QList<Finding> clockRule(const RuleContext &ctx); // clock_skew
QList<Finding> dnsResolutionRules(const RuleContext &ctx); // dns_failure, dns_stale
QList<Finding> dnsTamperingRules(const RuleContext &ctx); // dns_hijack, port53_intercepted, hosts_override
QList<Finding> connectivityRules(
    const RuleContext &ctx); // no_connectivity, captive_portal, firewall_block, ipv6_broken
QList<Finding> localSetupRules(const RuleContext &ctx); // vpn_path, extension_interference

// Plain-language meaning of a 5xx for this vendor, after the seed guides: 500 an application
// error, 502 the gateway got a bad answer from the back end, 503 down on purpose (maintenance
// or overload), 504 the back end answered too slowly.
QString explainServerStatus(int status, const QString &vendor);

// "Contact <vendor> support and give them: ..." — the facts the profile says support asks for,
// with what Gatecheck already knows filled in.
QStringList supportSteps(const RuleContext &ctx, const QString &reference);

} // namespace gatecheck
