// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/NetSettings.h"
#include "net/ResolverEndpoint.h"
#include "profiles/VendorProfile.h"

#include <QList>
#include <QUrl>

#include <chrono>

namespace gatecheck {

// What one diagnosis should measure. Built by the CLI or the GUI from the user's choices.
struct DiagnosisOptions
{
    VendorProfile profile;
    QUrl targetUrl; // the URL fetched over every path (defaults to profile.primaryUrl)
    QUrl statusUrl; // Statuspage summary.json (defaults to profile.statusUrl)
    QString activity; // what the user was doing ("payroll"...), focuses status components
    QList<ResolverEndpoint> resolvers; // alternate resolvers over port 53
    QList<QUrl> dohEndpoints;
    TrustAnchors trust;
    NetLimits limits;
    std::chrono::milliseconds probeTimeout {8000}; // each probe
    std::chrono::milliseconds overallTimeout {25000}; // the whole run
    int maxPinnedAddresses = 4; // alt-dns addresses tried, per host
    bool collectEnvironment = true;
    // Ask the system resolver for a name that cannot exist (dns_hijack's NXDOMAIN-rewriting check).
    bool dnsCanary = true;
    // Plain-HTTP connectivity-check URL for the captive-portal check; empty = not checked.
    QUrl captivePortalUrl;

    static QList<ResolverEndpoint> defaultResolvers(); // 1.1.1.1, 8.8.8.8, 9.9.9.9
    static QList<QUrl> defaultDohEndpoints(); // https://1.1.1.1/dns-query
};

} // namespace gatecheck
