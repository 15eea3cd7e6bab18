// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/MatchPattern.h"

namespace gatecheck::env {

namespace {

struct Parsed
{
    QString scheme;
    QString host;
    bool valid = false;
};

Parsed parse(const QString &pattern)
{
    Parsed p;
    const qsizetype sep = pattern.indexOf(QLatin1String("://"));
    if (sep <= 0)
        return p;
    p.scheme = pattern.left(sep).toLower();
    const QString rest = pattern.mid(sep + 3);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    p.host = (slash < 0 ? rest : rest.left(slash)).toLower();
    // A port in a pattern ("*://host:8080/*") does not change which host it names.
    if (!p.host.startsWith(QLatin1Char('[')) && p.host.count(QLatin1Char(':')) == 1)
        p.host = p.host.section(QLatin1Char(':'), 0, 0);
    p.valid = !p.host.isEmpty() || p.scheme == QLatin1String("file");
    return p;
}

bool schemeCoversHttps(const QString &scheme)
{
    return scheme == QLatin1String("*") || scheme == QLatin1String("https") || scheme == QLatin1String("wss");
}

} // namespace

bool looksLikeHostPattern(const QString &permission)
{
    return permission == QLatin1String("<all_urls>") || permission.contains(QLatin1String("://"));
}

bool patternCoversAllHosts(const QString &pattern)
{
    if (pattern == QLatin1String("<all_urls>"))
        return true;
    const Parsed p = parse(pattern);
    return p.valid && p.host == QLatin1String("*")
        && (schemeCoversHttps(p.scheme) || p.scheme == QLatin1String("http"));
}

bool patternCoversHost(const QString &pattern, const QString &hostIn)
{
    if (pattern == QLatin1String("<all_urls>"))
        return true;
    const Parsed p = parse(pattern);
    if (!p.valid || !schemeCoversHttps(p.scheme))
        return false;
    const QString host = hostIn.toLower();
    if (p.host == QLatin1String("*"))
        return true;
    if (p.host.startsWith(QLatin1String("*."))) {
        const QString domain = p.host.mid(2);
        return host == domain || host.endsWith(QLatin1Char('.') + domain);
    }
    return host == p.host;
}

} // namespace gatecheck::env
