// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/ProxyRules.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace gatecheck::env {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

quint16 defaultPortFor(const QString &scheme)
{
    if (scheme.startsWith(QLatin1String("socks")))
        return 1080;
    if (scheme == QLatin1String("https"))
        return 443;
    return 8080;
}

bool globMatches(const QString &pattern, const QString &text)
{
    const QString regex =
        QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion);
    const QRegularExpression re(QLatin1Char('^') + regex + QLatin1Char('$'), QRegularExpression::CaseInsensitiveOption);
    return re.isValid() && re.match(text).hasMatch();
}

// "10.0.0.0/8", "169.254/16" (macOS abbreviates), "fd00::/8".
bool subnetContains(const QString &entry, const QHostAddress &address)
{
    const int slash = entry.indexOf(QLatin1Char('/'));
    if (slash < 0 || address.isNull())
        return false;
    QString network = entry.left(slash);
    if (!network.contains(QLatin1Char(':'))) {
        // Pad abbreviated IPv4 networks: "169.254" -> "169.254.0.0".
        const int dots = int(network.count(QLatin1Char('.')));
        for (int i = dots; i < 3; ++i)
            network += QLatin1String(".0");
    }
    const auto subnet = QHostAddress::parseSubnet(network + entry.mid(slash));
    return subnet.second >= 0 && address.isInSubnet(subnet);
}

} // namespace

QString ProxyEndpoint::hostPort() const
{
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return h + QLatin1Char(':') + QString::number(port);
}

QString ProxyEndpoint::pacStyle() const
{
    if (scheme == QLatin1String("socks5"))
        return QStringLiteral("SOCKS5 ") + hostPort();
    if (scheme == QLatin1String("socks4"))
        return QStringLiteral("SOCKS ") + hostPort();
    if (scheme == QLatin1String("https"))
        return QStringLiteral("HTTPS ") + hostPort();
    return QStringLiteral("PROXY ") + hostPort();
}

std::optional<ProxyEndpoint> parseProxyUrl(const QString &text, const QString &defaultScheme)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (!value.contains(QLatin1String("://")))
        value = defaultScheme + QLatin1String("://") + value;
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    ProxyEndpoint p;
    QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("socks5h"))
        scheme = QStringLiteral("socks5");
    else if (scheme == QLatin1String("socks") || scheme == QLatin1String("socks4a"))
        scheme = scheme == QLatin1String("socks") ? QStringLiteral("socks5") : QStringLiteral("socks4");
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("socks4")
        && scheme != QLatin1String("socks5"))
        return std::nullopt;
    p.scheme = scheme;
    p.host = url.host();
    const int port = url.port(-1);
    p.port = port > 0 && port < 65536 ? quint16(port) : defaultPortFor(scheme);
    p.hadCredentials = !url.userInfo().isEmpty();
    return p;
}

QStringList splitList(const QString &text, const QString &separators)
{
    QStringList items;
    QString current;
    for (const QChar c : text) {
        if (separators.contains(c)) {
            if (!current.trimmed().isEmpty())
                items << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        items << current.trimmed();
    return items;
}

bool bypassMatches(const QString &hostIn, const QStringList &entries, BypassDialect dialect)
{
    const QString host = hostIn.toLower();
    const QHostAddress address(host);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        if (entry == QLatin1String("<local>")) {
            if (!host.contains(QLatin1Char('.')) && address.isNull())
                return true;
            continue;
        }
        if (entry.contains(QLatin1Char('/'))) {
            if (subnetContains(entry, address))
                return true;
            continue;
        }
        // Entries may carry a port ("host:8080"); a bypass decision here is per host.
        if (!entry.startsWith(QLatin1Char('[')) && entry.count(QLatin1Char(':')) == 1)
            entry = entry.section(QLatin1Char(':'), 0, 0);
        if (entry.contains(QLatin1Char('*'))) {
            if (globMatches(entry, host))
                return true;
            // WinINet and GNOME both accept "*.example.com" for the bare domain as well.
            if (entry.startsWith(QLatin1String("*.")) && host == entry.mid(2))
                return true;
            continue;
        }
        if (dialect == BypassDialect::WinInet) {
            if (host == entry)
                return true;
            continue;
        }
        const QString bare = entry.startsWith(QLatin1Char('.')) ? entry.mid(1) : entry;
        if (host == bare || host.endsWith(QLatin1Char('.') + bare))
            return true;
    }
    return false;
}

std::optional<ProxyEndpoint> winInetProxyFor(const QString &proxyServer, const QString &scheme)
{
    const QStringList parts = splitList(proxyServer, QStringLiteral("; "));
    if (parts.isEmpty())
        return std::nullopt;
    if (parts.size() == 1 && !parts.first().contains(QLatin1Char('=')))
        return parseProxyUrl(parts.first());
    std::optional<ProxyEndpoint> socks;
    for (const QString &part : parts) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        if (key == scheme)
            return parseProxyUrl(value, QStringLiteral("http"));
        if (key == QLatin1String("socks"))
            socks = parseProxyUrl(value, QStringLiteral("socks4"));
    }
    // WinINet falls back to the SOCKS entry for protocols without their own proxy.
    return socks;
}

std::optional<ProxySetting> envProxySetting(const QProcessEnvironment &env, const QUrl &target)
{
    static const char *const names[] = {
        "http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"};
    QStringList present;
    for (const char *name : names)
        if (!env.value(QString::fromLatin1(name)).trimmed().isEmpty())
            present << QString::fromLatin1(name);
    const bool anyProxy = std::any_of(present.cbegin(), present.cend(),
        [](const QString &n) { return !n.contains(QLatin1String("no_proxy"), Qt::CaseInsensitive); });
    if (!anyProxy)
        return std::nullopt;

    const QString scheme =
        target.isValid() && !target.scheme().isEmpty() ? target.scheme().toLower() : QStringLiteral("https");
    const auto lookup = [&](const QString &lower) {
        const QString value = env.value(lower);
        return value.trimmed().isEmpty() ? env.value(lower.toUpper()) : value;
    };
    const QString forScheme = lookup(scheme + QLatin1String("_proxy"));
    const QString chosen = forScheme.trimmed().isEmpty() ? lookup(QStringLiteral("all_proxy")) : forScheme;

    ProxySetting s;
    s.source = QStringLiteral("env");
    s.bypass = splitList(lookup(QStringLiteral("no_proxy")), QStringLiteral(", "));
    QStringList details;
    details << Text::tr("set: %1").arg(present.join(QLatin1String(", ")));
    const auto endpoint = parseProxyUrl(chosen);
    if (chosen.trimmed().isEmpty()) {
        s.mode = QStringLiteral("none");
        details << Text::tr("no variable applies to %1 URLs").arg(scheme);
    } else if (!endpoint) {
        s.mode = QStringLiteral("manual");
        details << Text::tr("the proxy variable for %1 is not a usable proxy address").arg(scheme);
    } else {
        s.mode = QStringLiteral("manual");
        s.proxy = endpoint->hostPort();
        if (endpoint->hadCredentials)
            details << Text::tr("the proxy address contains a user name and password (not shown)");
    }
    const QString lowerValue = env.value(scheme + QLatin1String("_proxy"));
    if (lowerValue.trimmed().isEmpty() && !env.value((scheme + QLatin1String("_proxy")).toUpper()).isEmpty())
        details << Text::tr("only the upper-case %1 is set: curl and many tools use it, Qt-based programs and "
                            "Chrome without a desktop do not")
                       .arg((scheme + QLatin1String("_proxy")).toUpper());
    if (target.isValid() && !target.host().isEmpty()) {
        if (!endpoint || bypassMatches(target.host(), s.bypass, BypassDialect::Env))
            s.effectiveForTarget = QStringLiteral("DIRECT");
        else
            s.effectiveForTarget = endpoint->pacStyle();
    }
    s.detail = details.join(QLatin1String("; "));
    return s;
}

QUrl pacQueryUrl(const QUrl &target)
{
    if (target.scheme() != QLatin1String("https"))
        return target;
    QUrl stripped;
    stripped.setScheme(target.scheme());
    stripped.setHost(target.host());
    stripped.setPort(target.port());
    stripped.setPath(QStringLiteral("/"));
    return stripped;
}

} // namespace gatecheck::env
