// SPDX-License-Identifier: GPL-3.0-or-later
// STUB parts marked: the full profile format arrives with the diagnosis work.
#include "profiles/VendorProfile.h"

#include <QJsonArray>

namespace gatecheck {

bool VendorProfile::isValid(QString *error) const
{
    if (id.isEmpty() || hosts.isEmpty()) {
        if (error)
            *error = QStringLiteral("a profile needs an id and at least one host");
        return false;
    }
    return true;
}

std::optional<VendorProfile> profileFromJson(const QJsonObject &o, QString *error)
{
    VendorProfile p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.displayName = o.value(QStringLiteral("name")).toString();
    p.primaryUrl = QUrl(o.value(QStringLiteral("url")).toString());
    const QJsonArray hosts = o.value(QStringLiteral("hosts")).toArray();
    for (const QJsonValue &h : hosts)
        p.hosts << h.toString();
    p.statusUrl = QUrl(o.value(QStringLiteral("status_url")).toString());
    if (!p.isValid(error))
        return std::nullopt;
    return p;
}

QJsonObject toJson(const VendorProfile &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.displayName},
            {QStringLiteral("url"), p.primaryUrl.toString()},
            {QStringLiteral("hosts"), QJsonArray::fromStringList(p.hosts)},
            {QStringLiteral("status_url"), p.statusUrl.toString()}};
}

VendorProfile customProfile(const QUrl &url, const QUrl &statusUrl)
{
    VendorProfile p;
    p.id = QStringLiteral("custom");
    p.displayName = url.host();
    p.primaryUrl = url;
    p.hosts << url.host();
    p.statusUrl = statusUrl;
    return p;
}

} // namespace gatecheck
