// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace gatecheck::env {

// Rates browser extensions by what they can do to requests for the service's hosts, and
// recognises well-known ones, from the data-driven table resources/env/extension-catalog.json.
class ExtensionCatalog
{
public:
    static const ExtensionCatalog &builtIn();
    static ExtensionCatalog fromJson(const QJsonObject &o, QString *error = nullptr);

    // Fills risk, riskReasons and category. `hosts` are the service's hosts; when empty, only
    // access to every site counts as host access.
    void rate(BrowserExtensionInfo &extension, const QStringList &hosts) const;

    // "ad_blocker", "vpn", ... for a known id, else by name pattern, else "".
    QString categoryFor(const QString &id, const QString &name) const;
    int knownCount() const { return int(m_known.size()); }

private:
    struct PermissionRule
    {
        QString risk;
        bool needsHost = false;
        QString reason;
        QString riskWithoutHost;
        QString reasonWithoutHost;
    };
    QHash<QString, PermissionRule> m_permissions;
    QHash<QString, QString> m_known; // id -> category
    QList<QPair<QRegularExpression, QString>> m_namePatterns;
};

// Orders risks: none < low < can_alter_requests < can_proxy.
int riskRank(const QString &risk);

} // namespace gatecheck::env
