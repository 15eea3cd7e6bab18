// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceCatalog.h"

#include "profiles/ProfileRegistry.h"

#include <QCoreApplication>

#include <algorithm>

namespace gatecheck::gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalog)
};

// "go.xero.com" -> "xero.com": good enough for the vendors we ship, whose hosts are all
// directly under their brand's domain.
QString parentDomain(const QString &host)
{
    const QStringList labels = host.split(QLatin1Char('.'));
    if (labels.size() <= 2)
        return host;
    return labels.mid(labels.size() - 2).join(QLatin1Char('.'));
}

VendorProfile make(const char *id, const QString &name, const char *url, const QStringList &hosts, const char *status,
    const char *statusPage)
{
    VendorProfile p;
    p.id = QString::fromLatin1(id);
    p.displayName = name;
    p.primaryUrl = QUrl(QString::fromLatin1(url));
    p.hosts = hosts;
    p.statusUrl = QUrl(QString::fromLatin1(status));
    p.statusPageUrl = QUrl(QString::fromLatin1(statusPage));
    return p;
}

} // namespace

ServiceCatalog::ServiceCatalog()
{
    ProfileRegistry registry;
    registry.addUserDirectory(ProfileRegistry::defaultUserDirectory());
    m_services = inPickerOrder(registry.profiles());
    if (m_services.isEmpty())
        m_services = builtInServices();
}

ServiceCatalog::ServiceCatalog(QList<VendorProfile> services)
    : m_services(inPickerOrder(std::move(services)))
{ }

QList<VendorProfile> ServiceCatalog::inPickerOrder(QList<VendorProfile> services)
{
    // The registry lists by file name; a bookkeeper looks for the big two first, then the
    // bank-feed side of Intuit, then whatever the office added itself (by name).
    static const QStringList shippedOrder {
        QStringLiteral("xero"), QStringLiteral("quickbooks"), QStringLiteral("intuit-developer")};
    const auto rank = [](const VendorProfile &p) {
        const auto i = shippedOrder.indexOf(p.id);
        return i < 0 ? shippedOrder.size() : i;
    };
    std::stable_sort(services.begin(), services.end(), [&](const VendorProfile &a, const VendorProfile &b) {
        const auto ra = rank(a);
        const auto rb = rank(b);
        if (ra != rb)
            return ra < rb;
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    return services;
}

std::optional<VendorProfile> ServiceCatalog::byId(const QString &id) const
{
    for (const VendorProfile &p : m_services)
        if (p.id == id)
            return p;
    return std::nullopt;
}

std::optional<VendorProfile> ServiceCatalog::matchUrl(const QUrl &url) const
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return std::nullopt;
    const auto hostsOf = [](const VendorProfile &p) {
        QStringList hosts = p.hosts;
        if (!p.primaryUrl.host().isEmpty())
            hosts << p.primaryUrl.host();
        return hosts;
    };
    for (const VendorProfile &p : m_services)
        for (const QString &h : hostsOf(p))
            if (host == h.toLower() || host.endsWith(QLatin1Char('.') + h.toLower()))
                return p;
    for (const VendorProfile &p : m_services)
        for (const QString &h : hostsOf(p)) {
            const QString parent = parentDomain(h.toLower());
            if (parent.contains(QLatin1Char('.')) && (host == parent || host.endsWith(QLatin1Char('.') + parent)))
                return p;
        }
    return std::nullopt;
}

QList<VendorProfile> ServiceCatalog::builtInServices()
{
    VendorProfile xero = make("xero", QStringLiteral("Xero"), "https://go.xero.com/",
        {QStringLiteral("go.xero.com"), QStringLiteral("login.xero.com")},
        "https://status.xero.com/api/v2/summary.json", "https://status.xero.com/");
    xero.supportFacts = {
        {QStringLiteral("organisation"), Text::tr("Organisation name"), Text::tr("As shown at the top left in Xero")},
        {QStringLiteral("region"), Text::tr("Region"), Text::tr("The country your Xero organisation is in")},
    };
    VendorProfile qbo = make("quickbooks", QStringLiteral("QuickBooks Online"), "https://qbo.intuit.com/",
        {QStringLiteral("qbo.intuit.com"), QStringLiteral("accounts.intuit.com")},
        "https://status.quickbooks.intuit.com/api/v2/summary.json", "https://status.quickbooks.intuit.com/");
    qbo.supportFacts = {
        {QStringLiteral("company_id"), Text::tr("Company ID"), Text::tr("Settings ⚙ → Account and settings → Billing")},
    };
    VendorProfile intuit =
        make("intuit-developer", Text::tr("Intuit bank feeds and integrations"), "https://developer.intuit.com/",
            {QStringLiteral("developer.intuit.com"), QStringLiteral("oauth.platform.intuit.com"),
                QStringLiteral("quickbooks.api.intuit.com")},
            "https://status.developer.intuit.com/api/v2/summary.json", "https://status.developer.intuit.com/");
    return {xero, qbo, intuit};
}

QUrl ServiceCatalog::statusPageFor(const VendorProfile &profile)
{
    if (profile.statusPageUrl.isValid() && !profile.statusPageUrl.isEmpty())
        return profile.statusPageUrl;
    if (!profile.statusUrl.isValid() || profile.statusUrl.host().isEmpty())
        return {};
    QUrl page = profile.statusUrl;
    page.setPath(QStringLiteral("/"));
    page.setQuery(QString());
    return page;
}

} // namespace gatecheck::gui
