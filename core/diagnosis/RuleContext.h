// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "diagnosis/HopClassifier.h"
#include "evidence/Observations.h"
#include "profiles/VendorProfile.h"

#include <QHash>

namespace gatecheck {

// What the evidence says about one address of a host: CDN-safe, an address is judged by
// whether a connection to it works with a valid certificate for the host, never by whether
// two resolvers agree.
enum class AddressHealth {
    Unknown, // not tried, or hidden behind TLS inspection
    Good, // a publicly trusted certificate for the host, or a good pinned fetch
    Unreachable, // TCP/TLS to it failed (timeout, refused, reset)
    WrongServer, // it answered with a certificate that is not the host's
    ServerError, // the vendor answered there, with 5xx
};

// How the vendor's status page reads, for the activity the user named.
struct StatusSummary
{
    bool fetched = false; // at least one path parsed the page
    bool relevantOutage = false; // incident/degraded component relevant to the activity
    bool maintenance = false; // the relevant problem is planned maintenance in progress
    bool otherIncidents = false; // something is wrong elsewhere on the page
    QString worstStatus; // of the relevant components: "major_outage", ...
    QStringList relevantComponents; // "Payroll - Australia (partial outage)"
    QStringList otherComponents;
    QList<const StatusIncident *> relevantIncidents;
    QList<const StatusIncident *> otherIncidentList;
    const StatusObservation *observation = nullptr; // the one that parsed (direct preferred)
    QStringList failedIds; // status observations that failed
};

// One HTTP path with its classification.
struct PathView
{
    const HttpObservation *http = nullptr;
    HopVerdict hop;
};

// Everything a rule may look at, computed once per diagnosis. Rules are pure functions of
// this context; the helpers here are the shared vocabulary ("is the vendor up", "did the
// browser's path work") so every rule answers those questions the same way.
class RuleContext
{
public:
    // Keeps a reference to the evidence (observations are pointed at, not copied), so it must
    // outlive the context; a temporary is refused at compile time. The profile is copied.
    RuleContext(const Evidence &evidence, const VendorProfile &profile);
    RuleContext(Evidence &&, const VendorProfile &) = delete;

    const Evidence &evidence() const { return m_evidence; }
    const VendorProfile &profile() const { return m_profile; }
    QString vendor() const; // display name
    QString targetHost() const { return m_targetHost; }

    const QList<PathView> &paths() const { return m_paths; }
    QList<PathView> pathsNamed(const QString &path) const;
    // The path the user's browser takes ("as-browser", else "direct"); null when absent.
    const PathView *browserPath() const;
    bool browserPathWorks() const;
    bool anyPathWorks() const;
    bool anyPathRan() const;
    // Any answer at all from the vendor's side (good or 5xx) on any path.
    bool vendorReached() const;
    // The vendor is shown to be up: a good answer somewhere, or a green status page.
    bool vendorShownUp() const;
    // The paths that failed without any HTTP answer.
    QList<PathView> failedPaths() const;

    const StatusSummary &status() const { return m_status; }

    // DNS observations for a host, by method ("system", "udp"/"tcp" = port 53, "doh").
    QList<const DnsObservation *> dns(const QString &host, const QString &method = QString()) const;
    QList<const DnsObservation *> alternateDns(const QString &host) const; // udp, tcp and doh
    static QStringList addressesOf(const DnsObservation &d);
    static bool answered(const DnsObservation &d);
    AddressHealth addressHealth(const QString &host, const QString &address) const;
    QStringList evidenceFor(const QString &host, const QString &address) const; // tls/tcp/http ids

    // TLS of the profile's hosts.
    QList<const TlsObservation *> tls(const QString &host = QString()) const;

    bool isVendorHost(const QString &host) const;
    static bool isBogon(const QString &address);
    static bool isIpv6(const QString &address);
    // The leaf's names cover the host (RFC 6125 wildcard rules).
    static bool certificateCovers(const CertificateInfo &leaf, const QString &host);

private:
    void summariseStatus();

    const Evidence &m_evidence;
    const VendorProfile m_profile;
    QString m_targetHost;
    QList<PathView> m_paths;
    StatusSummary m_status;
    // By address, so judging addresses stays linear even for a huge (hostile) saved report.
    QMultiHash<QString, const TlsObservation *> m_tlsByAddress;
    QMultiHash<QString, const TcpObservation *> m_tcpByAddress;
    QMultiHash<QString, int> m_pathsByPinned; // index into m_paths
};

// A finding with the fields every rule sets.
Finding makeFinding(const QString &code, Severity severity, WhoFixes who, double confidence);

} // namespace gatecheck
