// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/VendorProfile.h"

#include <QList>

#include <optional>

namespace gatecheck::gui {

// The services a user can pick on the start page: the profiles the registry knows, or a
// built-in list while it knows none. Also finds the service an address belongs to, so that
// pasting the exact URL that showed the error selects the right vendor.
class ServiceCatalog
{
public:
    ServiceCatalog(); // shipped and user profiles (ProfileRegistry), else builtInServices()
    explicit ServiceCatalog(QList<VendorProfile> services); // put in picker order

    // Xero, QuickBooks Online, Intuit bank feeds/integrations, then the rest by name.
    static QList<VendorProfile> inPickerOrder(QList<VendorProfile> services);

    const QList<VendorProfile> &services() const { return m_services; }
    std::optional<VendorProfile> byId(const QString &id) const;
    // The service whose hosts the URL's host is, or is under; then by the hosts' parent domain.
    std::optional<VendorProfile> matchUrl(const QUrl &url) const;

    static QList<VendorProfile> builtInServices();
    // The human status page: the profile's, or the summary.json URL's site.
    static QUrl statusPageFor(const VendorProfile &profile);

private:
    QList<VendorProfile> m_services;
};

} // namespace gatecheck::gui
