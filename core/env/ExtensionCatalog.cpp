// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/ExtensionCatalog.h"

#include "env/MatchPattern.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace gatecheck::env {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

// The reason codes of the table, in words. `where` names the service's sites.
QString reasonText(const QString &code, const QString &where)
{
    if (code == QLatin1String("proxy"))
        return Text::tr("can send the browser's traffic through a proxy of its choosing");
    if (code == QLatin1String("vpn_provider"))
        return Text::tr("can route the browser's traffic through its own VPN");
    if (code == QLatin1String("debugger"))
        return Text::tr("can intercept and change any request through the browser's debugging interface");
    if (code == QLatin1String("web_request_blocking"))
        return Text::tr("can block, redirect or change requests to %1").arg(where);
    if (code == QLatin1String("dnr_with_host"))
        return Text::tr("can block, redirect or rewrite requests to %1 by rules").arg(where);
    if (code == QLatin1String("dnr_block_only"))
        return Text::tr("can block requests by its own rules (blocking needs no access to %1)").arg(where);
    if (code == QLatin1String("web_request_observe"))
        return Text::tr("can watch requests to %1").arg(where);
    if (code == QLatin1String("native_messaging"))
        return Text::tr("talks to a program installed on this computer");
    if (code == QLatin1String("privacy_settings"))
        return Text::tr("can change the browser's network privacy settings");
    if (code == QLatin1String("dns"))
        return Text::tr("can resolve names itself");
    if (code == QLatin1String("content_scripts"))
        return Text::tr("can change the pages of %1").arg(where);
    return code;
}

} // namespace

int riskRank(const QString &risk)
{
    if (risk == QLatin1String("can_proxy"))
        return 3;
    if (risk == QLatin1String("can_alter_requests"))
        return 2;
    if (risk == QLatin1String("low"))
        return 1;
    return 0;
}

const ExtensionCatalog &ExtensionCatalog::builtIn()
{
    static const ExtensionCatalog catalog = [] {
        QFile file(QStringLiteral(":/gatecheck/env/extension-catalog.json"));
        if (!file.open(QIODevice::ReadOnly))
            return ExtensionCatalog {};
        return fromJson(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return catalog;
}

ExtensionCatalog ExtensionCatalog::fromJson(const QJsonObject &o, QString *error)
{
    ExtensionCatalog c;
    const QJsonObject permissions = o.value(QStringLiteral("permissions")).toObject();
    for (auto it = permissions.begin(); it != permissions.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        c.m_permissions.insert(it.key(),
            PermissionRule {r.value(QStringLiteral("risk")).toString(), r.value(QStringLiteral("needs_host")).toBool(),
                r.value(QStringLiteral("reason")).toString(), r.value(QStringLiteral("risk_without_host")).toString(),
                r.value(QStringLiteral("reason_without_host")).toString()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("known")).toArray()) {
        const QJsonObject k = v.toObject();
        for (const QJsonValue &id : k.value(QStringLiteral("ids")).toArray())
            c.m_known.insert(id.toString(), k.value(QStringLiteral("category")).toString());
    }
    for (const QJsonValue &v : o.value(QStringLiteral("name_patterns")).toArray()) {
        const QJsonObject p = v.toObject();
        QRegularExpression re(p.value(QStringLiteral("pattern")).toString(), QRegularExpression::CaseInsensitiveOption);
        if (re.isValid())
            c.m_namePatterns.append({re, p.value(QStringLiteral("category")).toString()});
    }
    if (c.m_permissions.isEmpty() && error)
        *error = QStringLiteral("the extension table has no permission rules");
    return c;
}

QString ExtensionCatalog::categoryFor(const QString &id, const QString &name) const
{
    const auto known = m_known.constFind(id);
    if (known != m_known.cend())
        return *known;
    for (const auto &p : m_namePatterns)
        if (p.first.match(name).hasMatch())
            return p.second;
    return {};
}

void ExtensionCatalog::rate(BrowserExtensionInfo &x, const QStringList &hosts) const
{
    x.category = categoryFor(x.id, x.name);
    QStringList matchedHosts;
    bool allSites = false;
    for (const QString &pattern : std::as_const(x.hostPermissions)) {
        allSites |= patternCoversAllHosts(pattern);
        for (const QString &host : hosts)
            if (patternCoversHost(pattern, host) && !matchedHosts.contains(host))
                matchedHosts << host;
    }
    const bool hostAccess = hosts.isEmpty() ? allSites : !matchedHosts.isEmpty();
    const QString where = allSites ? Text::tr("every site")
        : matchedHosts.isEmpty()   ? (hosts.isEmpty() ? Text::tr("the service") : hosts.join(QLatin1String(", ")))
                                   : matchedHosts.join(QLatin1String(", "));

    QString risk = QStringLiteral("none");
    QStringList reasons;
    const auto raise = [&](const QString &level, const QString &reason) {
        if (level.isEmpty() || level == QLatin1String("none"))
            return;
        if (riskRank(level) > riskRank(risk))
            risk = level;
        if (!reasons.contains(reason))
            reasons << reason;
    };
    for (const QString &permission : std::as_const(x.permissions)) {
        const auto rule = m_permissions.constFind(permission);
        if (rule == m_permissions.cend())
            continue;
        if (!rule->needsHost || hostAccess)
            raise(rule->risk, reasonText(rule->reason, where));
        else if (!rule->riskWithoutHost.isEmpty())
            raise(rule->riskWithoutHost,
                reasonText(rule->reasonWithoutHost.isEmpty() ? rule->reason : rule->reasonWithoutHost, where));
    }
    if (hostAccess && risk == QLatin1String("none"))
        raise(QStringLiteral("low"), reasonText(QStringLiteral("content_scripts"), where));
    if (!x.enabled && risk != QLatin1String("none")) {
        reasons.prepend(Text::tr("switched off, so it has no effect now; when on it %1").arg(reasons.takeFirst()));
        risk = QStringLiteral("none");
    }
    x.risk = risk;
    x.riskReasons = reasons;
}

} // namespace gatecheck::env
