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
    QString key;    // "organisation", "url", "started_at", "region", "others_affected", ...
    QString label;  // "Organisation name"
    QString hint;   // "As shown top-left in Xero"
};

// Everything Gatecheck knows about one cloud service: where its users' browsers go, where
// its status page is, whose certificates it uses and what its support desk needs.
struct VendorProfile
{
    QString id;          // "xero", "quickbooks", "intuit-developer", "custom"
    QString displayName; // "Xero"
    QUrl primaryUrl;     // the page a user opens (e.g. https://go.xero.com/)
    QStringList hosts;   // hosts probed, primary first
    QUrl statusUrl;      // Statuspage summary: https://status.xero.com/api/v2/summary.json
    QUrl statusPageUrl;  // the human page: https://status.xero.com/
    QStringList expectedIssuerPatterns; // regexes over issuer O/CN of the leaf's issuer
    QStringList sanPatterns;            // wildcard patterns the leaf's SANs should match
    QMap<QString, QStringList> activityComponents; // "payroll" -> component name patterns
    QList<SupportFact> supportFacts;
    QUrl supportUrl;

    bool isValid(QString *error = nullptr) const;
};

// Parses a profile document (the JSON files under resources/profiles/).
std::optional<VendorProfile> profileFromJson(const QJsonObject &o, QString *error = nullptr);
QJsonObject toJson(const VendorProfile &p);

// A profile for "any URL": the URL's host, its status page if given.
VendorProfile customProfile(const QUrl &url, const QUrl &statusUrl = {});

} // namespace gatecheck
