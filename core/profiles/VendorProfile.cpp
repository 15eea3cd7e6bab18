// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/VendorProfile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VendorProfile)
};

QJsonArray patternsToJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString SupportFact::displayLabel() const
{
    // Well-known keys get a translated label; a profile's own keys keep its label.
    if (key == QLatin1String("organisation"))
        return Text::tr("Organisation name");
    if (key == QLatin1String("company"))
        return Text::tr("Company name");
    if (key == QLatin1String("company_id"))
        return Text::tr("Company ID");
    if (key == QLatin1String("url"))
        return Text::tr("The web address (URL) showing the error");
    if (key == QLatin1String("started_at"))
        return Text::tr("When the error started");
    if (key == QLatin1String("region"))
        return Text::tr("Your region (country)");
    if (key == QLatin1String("others_affected"))
        return Text::tr("Whether other people in your organisation see it too");
    if (key == QLatin1String("browser"))
        return Text::tr("Your browser and its version");
    if (key == QLatin1String("error_text"))
        return Text::tr("The exact error text on the page");
    return label.isEmpty() ? key : label;
}

QString SupportFact::displayHint() const
{
    if (key == QLatin1String("organisation"))
        return Text::tr("As shown at the top left once you are signed in.");
    if (key == QLatin1String("started_at"))
        return Text::tr("Date and time, with your time zone.");
    if (key == QLatin1String("others_affected"))
        return Text::tr("Ask a colleague to try on their computer.");
    return hint;
}

bool VendorProfile::isValid(QString *error) const
{
    if (id.isEmpty() || hosts.isEmpty()) {
        if (error)
            *error = Text::tr("a profile needs an id and at least one host");
        return false;
    }
    return true;
}

QJsonObject toJson(const VendorProfile &p)
{
    QJsonArray hosts;
    for (const QString &h : p.hosts) {
        const QString role = p.hostRoles.value(h);
        if (role.isEmpty())
            hosts.append(h);
        else
            hosts.append(QJsonObject {{QStringLiteral("host"), h}, {QStringLiteral("role"), role}});
    }
    QJsonObject activities;
    for (auto it = p.activityComponents.cbegin(); it != p.activityComponents.cend(); ++it)
        activities.insert(it.key(), patternsToJson(it.value()));
    QJsonArray facts;
    for (const SupportFact &f : p.supportFacts) {
        QJsonObject fact {{QStringLiteral("key"), f.key}, {QStringLiteral("label"), f.label}};
        if (!f.hint.isEmpty())
            fact.insert(QStringLiteral("hint"), f.hint);
        facts.append(fact);
    }
    QJsonObject o {{QStringLiteral("format"), ProfileFormatVersion}, {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.displayName}, {QStringLiteral("url"), p.primaryUrl.toString()},
        {QStringLiteral("hosts"), hosts}};
    const auto put = [&o](const char *key, const QJsonValue &v, bool present) {
        if (present)
            o.insert(QLatin1String(key), v);
    };
    put("description", p.description, !p.description.isEmpty());
    put("status_url", p.statusUrl.toString(), !p.statusUrl.isEmpty());
    put("status_page", p.statusPageUrl.toString(), !p.statusPageUrl.isEmpty());
    put("issuer_patterns", patternsToJson(p.expectedIssuerPatterns), !p.expectedIssuerPatterns.isEmpty());
    put("san_patterns", patternsToJson(p.sanPatterns), !p.sanPatterns.isEmpty());
    put("edge_server_patterns", patternsToJson(p.edgeServerPatterns), !p.edgeServerPatterns.isEmpty());
    put("reference_headers", patternsToJson(p.referenceHeaders), !p.referenceHeaders.isEmpty());
    put("activities", activities, !activities.isEmpty());
    put("support_url", p.supportUrl.toString(), !p.supportUrl.isEmpty());
    put("support_facts", facts, !facts.isEmpty());
    return o;
}

VendorProfile customProfile(const QUrl &url, const QUrl &statusUrl)
{
    VendorProfile p;
    p.id = QStringLiteral("custom");
    p.displayName = url.host();
    p.description = Text::tr("Any web address, checked without vendor-specific knowledge.");
    p.primaryUrl = url;
    p.hosts << url.host();
    p.hostRoles.insert(url.host(), QStringLiteral("app"));
    p.statusUrl = statusUrl;
    if (statusUrl.isValid() && !statusUrl.isEmpty()) {
        QUrl page = statusUrl;
        page.setPath(QStringLiteral("/"));
        page.setQuery(QString());
        p.statusPageUrl = page;
    }
    p.sanPatterns << url.host();
    // Without knowing the vendor, the generic facts any support desk asks for.
    p.supportFacts = {{QStringLiteral("url"), QString(), QString()},
        {QStringLiteral("started_at"), QString(), QString()}, {QStringLiteral("others_affected"), QString(), QString()},
        {QStringLiteral("browser"), QString(), QString()}};
    return p;
}

QString activityDisplayName(const QString &activity)
{
    if (activity == QLatin1String("payroll"))
        return Text::tr("payroll");
    if (activity == QLatin1String("bank_feeds"))
        return Text::tr("bank feeds");
    if (activity == QLatin1String("reports"))
        return Text::tr("reports");
    if (activity == QLatin1String("invoicing"))
        return Text::tr("invoicing");
    if (activity == QLatin1String("login"))
        return Text::tr("signing in");
    if (activity == QLatin1String("api"))
        return Text::tr("the API and connected apps");
    QString plain = activity;
    return plain.replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace gatecheck
