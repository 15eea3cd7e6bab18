// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The stable finding and verdict codes (docs/findings.md). They are part of the report
// schema: reports, history and scripts match on them, so a code is never renamed — a new
// meaning gets a new code.
namespace gatecheck::FindingCode {

inline const QString Ok = QStringLiteral("ok");
inline const QString VendorOutage = QStringLiteral("vendor_outage");
inline const QString VendorMaintenance = QStringLiteral("vendor_maintenance");
inline const QString VendorError = QStringLiteral("vendor_error");
inline const QString VendorIncidentElsewhere = QStringLiteral("vendor_incident_elsewhere");
inline const QString StatusUnknown = QStringLiteral("status_unknown");
inline const QString WafChallenge = QStringLiteral("waf_challenge");
inline const QString ProxyError = QStringLiteral("proxy_error");
inline const QString ProxyAuthRequired = QStringLiteral("proxy_auth_required");
inline const QString TlsInterception = QStringLiteral("tls_interception");
inline const QString DnsStale = QStringLiteral("dns_stale");
inline const QString DnsFailure = QStringLiteral("dns_failure");
inline const QString DnsHijack = QStringLiteral("dns_hijack");
inline const QString Port53Intercepted = QStringLiteral("port53_intercepted");
inline const QString HostsOverride = QStringLiteral("hosts_override");
inline const QString FirewallBlock = QStringLiteral("firewall_block");
inline const QString Ipv6Broken = QStringLiteral("ipv6_broken");
inline const QString CaptivePortal = QStringLiteral("captive_portal");
inline const QString ClockSkew = QStringLiteral("clock_skew");
inline const QString NoConnectivity = QStringLiteral("no_connectivity");
inline const QString VpnPath = QStringLiteral("vpn_path");
inline const QString ExtensionInterference = QStringLiteral("extension_interference");
inline const QString BrowserSide = QStringLiteral("browser_side");
inline const QString Inconclusive = QStringLiteral("inconclusive");

} // namespace gatecheck::FindingCode
