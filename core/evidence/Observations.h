// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The immutable records of what one diagnosis observed. They are deliberately raw
// enough that a saved report can be re-diagnosed later by newer rules, and every
// field is serialised to JSON (see EvidenceJson.cpp) under the same name.

#include "evidence/ProbeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gatecheck {

// ---- DNS -------------------------------------------------------------------------

struct DnsAddress
{
    QString address; // textual IPv4 or IPv6
    int ttl = -1; // seconds; -1 when the method cannot tell (system resolver)
};

struct DnsObservation
{
    QString id; // unique within one Evidence, e.g. "dns:system:login.xero.com"
    QString host; // the name asked for
    QString method; // "system" | "udp" | "tcp" | "doh"
    QString resolver; // "system", "1.1.1.1:53", "https://1.1.1.1/dns-query"
    QString rcode; // "NOERROR", "NXDOMAIN", "SERVFAIL", ... (empty for system)
    QList<DnsAddress> addresses; // A and AAAA together
    QStringList cnames;
    qint64 elapsedMs = -1;
    ProbeError error;
};

// ---- TCP -------------------------------------------------------------------------

struct TcpObservation
{
    QString id;
    QString host; // the name this address belongs to
    QString address; // the address connected to
    quint16 port = 0;
    bool connected = false;
    qint64 elapsedMs = -1;
    ProbeError error;
};

// ---- TLS -------------------------------------------------------------------------

struct CertificateInfo
{
    QString subject; // one-line RFC 2253-ish rendering
    QString subjectCommonName;
    QString subjectOrganization;
    QString issuer;
    QString issuerCommonName;
    QString issuerOrganization;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // hex, upper case, colon-free
    QStringList subjectAltNames;
    bool hasEmbeddedSct = false;
    bool selfSigned = false;
    QString pem; // the certificate itself, so rules can be re-run later
};

struct TlsObservation
{
    QString id;
    QString host; // SNI / name verified
    QString address; // address connected to
    quint16 port = 443;
    bool handshakeOk = false;
    QString protocol; // "TLSv1.3"
    QString cipher;
    QString alpn;
    QList<CertificateInfo> chain; // leaf first, as the peer sent it
    bool trustedBySystem = false; // verified against the OS trust store
    QStringList systemErrors; // every verification error, human text
    bool trustedByPublicRoots = false; // verified against the bundled public root set
    QStringList publicRootErrors;
    QString anchorSubject; // the root the chain ends at (from the system-store verification)
    qint64 elapsedMs = -1;
    ProbeError error;
};

// ---- HTTP ------------------------------------------------------------------------

struct RedirectHop
{
    int status = 0;
    QString location;
};

struct HttpTimings
{
    qint64 connectMs = -1; // TCP connected (or proxy connected)
    qint64 tlsMs = -1; // TLS established
    qint64 firstByteMs = -1; // response headers received
    qint64 totalMs = -1; // body done or failed
};

struct HttpObservation
{
    QString id;
    QString url; // the URL asked for (redacted later by the report layer)
    QString path; // "as-browser" | "direct" | "alt-dns" | "ipv4" | "ipv6" | "proxy"
    QString proxy; // "" for none, else "http://host:port" actually used
    QString pinnedAddress; // for pinned paths: the address connected to
    QString remoteAddress; // where we actually ended up, when known
    int status = 0; // 0 when no HTTP response was received
    QString reason;
    QString httpVersion; // "1.1", "2"
    QMap<QString, QString> headers; // lower-case names, the hop-identifying subset + content-type
    qint64 bodyBytes = 0;
    bool bodyTruncated = false;
    QByteArray bodyHead; // the first bytes (<= 2 KiB), for page recognition
    QString title; // the <title> of an HTML body
    QList<RedirectHop> redirects;
    HttpTimings timings;
    QString tlsIssuer; // issuer of the peer leaf certificate as seen by this path
    ProbeError error;
};

// ---- Status page -----------------------------------------------------------------

struct StatusComponent
{
    QString id;
    QString name;
    QString status; // operational | degraded_performance | partial_outage | major_outage | under_maintenance
    QString groupName;
};

struct StatusIncident
{
    QString id;
    QString name;
    QString
        status; // investigating | identified | monitoring | resolved | postmortem | scheduled | in_progress | verifying
    QString impact; // none | minor | major | critical | maintenance
    QString shortlink;
    QString latestUpdate;
    QDateTime updatedAt;
    QDateTime startedAt;
    QStringList componentIds;
    bool isMaintenance = false;
};

struct StatusObservation
{
    QString id;
    QString url; // the summary.json URL
    QString path; // which path fetched it ("as-browser", "direct")
    bool ok = false; // parsed successfully
    QString pageName;
    QString pageUrl;
    QString indicator; // none | minor | major | critical | maintenance
    QString description; // "All Systems Operational"
    QList<StatusComponent> components;
    QList<StatusIncident> incidents; // unresolved incidents and in-progress maintenance
    qint64 elapsedMs = -1;
    ProbeError error;
};

// ---- This computer ----------------------------------------------------------------
// Filled by the environment inspectors (core/env). Kept as plain facts; the rules decide.

struct ProxySetting
{
    // "system" = what the app's own as-browser path uses for the target (Qt's system proxy
    // lookup); then each configuration read: "env" | "wininet" (Windows Internet Options, per
    // user) | "winhttp" (Windows, machine-wide) | "macos" | "gnome" | "kde" | "firefox" (per
    // profile); "pac" = the result of fetching and running a PAC/WPAD script for the target.
    QString source;
    QString mode; // "none" | "manual" | "pac" | "auto_detect" | "system" (Firefox follows the OS)
    QString proxy; // "host:port" for manual
    QString pacUrl;
    QStringList bypass;
    QString effectiveForTarget; // what the browser's path uses for the target URL, e.g. "PROXY p:3128" or "DIRECT"
    QString detail;
};

struct NetworkInterfaceInfo
{
    QString name;
    QString kind; // "ethernet" | "wifi" | "loopback" | "tunnel" | "virtual" | "ppp" | "unknown"
    QStringList addresses;
    int mtu = 0;
    bool up = false;
    bool isVpn = false;
    QString gateway; // next hop of the default route through this interface, when it has one
    QString ssid; // Wi-Fi network name, when the platform lets us read it
    QString vpnProduct; // "WireGuard", "Cisco Secure Client", ... (set even when not connected)
    bool carriesTargetTraffic = false; // the kernel routes traffic to the target's address here
    bool carriesDefaultRoute = false; // ... and traffic to "anywhere on the internet"
    QString description; // adapter description (Windows) or driver/device type (Linux)
    QString tunnelMode; // for VPNs: "full" (carries the default route) | "split"; else empty
    QStringList dnsServers; // resolvers configured on this interface, when the OS says
};

struct BrowserExtensionInfo
{
    QString browser; // "chrome" | "edge" | "brave" | "chromium" | "vivaldi" | "opera" | "firefox"
    QString profile;
    QString id;
    QString name;
    QString version;
    bool enabled = false;
    QStringList permissions;
    QStringList hostPermissions;
    QString risk; // "none" | "low" | "can_alter_requests" | "can_proxy"
    QString category; // "ad_blocker" | "privacy" | "vpn" | "security" | "" ...
    QStringList riskReasons;
};

struct TrustRootInfo
{
    QString subject;
    QString organization;
    QString sha256;
    QString product; // inspection product recognised from the name, if any
    QString store; // where it was found
};

struct HostsOverride
{
    QString host;
    QString address;
    QString file;
};

struct EnvironmentFacts
{
    bool collected = false;
    QString os; // "linux" | "windows" | "macos"
    QString osVersion;
    QList<ProxySetting> proxies;
    QList<NetworkInterfaceInfo> interfaces;
    QList<BrowserExtensionInfo> extensions;
    QList<TrustRootInfo> nonPublicRoots;
    QStringList dnsServers; // configured resolvers
    bool systemdResolvedStub = false;
    QStringList dnsUpstreams; // resolved's real upstreams, when a stub is in use
    QStringList browserDohSettings;
    QList<HostsOverride> hostsOverrides;
    bool clockChecked = false;
    qint64 clockOffsetSeconds = 0; // local minus servers' Date (positive = local clock ahead)
    int clockSamples = 0;
    bool captiveChecked = false;
    bool captivePortal = false;
    QString captiveDetail;
    QStringList notes; // anything an inspector could not read, in plain words
};

// ---- One run ------------------------------------------------------------------------

struct Evidence
{
    static constexpr int SchemaVersion = 1;
    QString appVersion;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString targetUrl;
    QString profileId; // "xero", "quickbooks", "custom", ...
    QStringList hosts; // the hosts probed
    QString statusUrl;
    QString activity; // what the user was doing ("payroll", ...), may be empty
    bool cancelled = false;
    QList<DnsObservation> dns;
    QList<TcpObservation> tcp;
    QList<TlsObservation> tls;
    QList<HttpObservation> http;
    QList<StatusObservation> status;
    EnvironmentFacts environment;
};

} // namespace gatecheck
