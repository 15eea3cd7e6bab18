// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace gatecheck {

// A fact that a vendor's support desk asks for when you report a problem.
struct SupportFact
{
    QString key; // "organisation", "url", "started_at", "region", "others_affected", ...
    QString label; // "Organisation name"
    QString hint; // "As shown top-left in Xero"

    // The label in the user's language for the well-known keys, else `label`.
    QString displayLabel() const;
    QString displayHint() const;
};

// Everything Gatecheck knows about one cloud service: where its users' browsers go, where
// its status page is, whose certificates it uses and what its support desk needs.
// The JSON form is documented in docs/profiles.md.
struct VendorProfile
{
    QString id; // "xero", "quickbooks", "intuit-developer", "custom"
    QString displayName; // "Xero"
    QString description; // one line: what the profile covers
    QUrl primaryUrl; // the page a user opens (e.g. https://go.xero.com/)
    QStringList hosts; // hosts probed, primary first
    QMap<QString, QString> hostRoles; // host -> "app" | "login" | "api" | "static" | "other"
    QUrl statusUrl; // Statuspage summary: https://status.xero.com/api/v2/summary.json
    QUrl statusPageUrl; // the human page: https://status.xero.com/
    QStringList expectedIssuerPatterns; // regexes over issuer O/CN of the leaf's issuer
    QStringList sanPatterns; // wildcard patterns the leaf's SANs should match
    QStringList edgeServerPatterns; // regexes over `Server:` that mean "the vendor's own gateway"
    QStringList referenceHeaders; // response headers support can trace (cf-ray, intuit_tid)
    // "payroll" -> component name patterns (regexes over component and group names). The key
    // "any" lists components every activity depends on (the app as a whole).
    QMap<QString, QStringList> activityComponents;
    QList<SupportFact> supportFacts;
    QUrl supportUrl;
    QString source; // where it was loaded from (resource path or file); not part of the JSON

    bool isValid(QString *error = nullptr) const;
};

// The profile format version this build reads and writes.
constexpr int ProfileFormatVersion = 1;

// Parses and checks a profile document (the JSON files under resources/profiles/). Every
// odd or hostile value is refused with an error naming the field, e.g.
// `hosts[2]: "exa mple.com" is not a host name`.
std::optional<VendorProfile> profileFromJson(const QJsonObject &o, QString *error = nullptr);
// Parses a whole file's bytes (size-capped) and checks it.
std::optional<VendorProfile> profileFromBytes(const QByteArray &json, QString *error = nullptr);
QJsonObject toJson(const VendorProfile &p);

// A profile for "any URL": the URL's host, its status page if given.
VendorProfile customProfile(const QUrl &url, const QUrl &statusUrl = {});

// The activities Gatecheck knows how to name ("payroll" -> "payroll", "bank_feeds" -> "bank feeds").
QString activityDisplayName(const QString &activity);

} // namespace gatecheck
