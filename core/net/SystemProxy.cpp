// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/SystemProxy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkProxyFactory>
#include <QRegularExpression>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SystemProxy)
};

QString firstSet(const QProcessEnvironment &env, std::initializer_list<const char *> names, QString *which)
{
    for (const char *name : names) {
        const QString value = env.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty()) {
            *which = QString::fromLatin1(name);
            return value;
        }
    }
    return {};
}

QString normalisedHost(QString host)
{
    host = host.toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

bool entryMatches(const QString &host, int port, QString entry)
{
    entry = entry.trimmed().toLower();
    if (entry.isEmpty())
        return false;
    if (entry == QLatin1String("*"))
        return true;
    int entryPort = -1;
    if (entry.startsWith(QLatin1Char('['))) { // [v6] or [v6]:port
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        if (entry.mid(close + 1).startsWith(QLatin1Char(':')))
            entryPort = entry.mid(close + 2).toInt();
        entry = entry.mid(1, close - 1);
    } else if (entry.count(QLatin1Char(':')) == 1) { // name:port or v4:port
        entryPort = entry.section(QLatin1Char(':'), 1).toInt();
        entry = entry.section(QLatin1Char(':'), 0, 0);
    }
    if (entryPort >= 0 && entryPort != port)
        return false;

    const QHostAddress address(host);
    if (!address.isNull()) {
        if (entry.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            return !subnet.first.isNull() && address.isInSubnet(subnet);
        }
        return QHostAddress(entry) == address;
    }
    if (entry.startsWith(QLatin1String("*.")))
        entry = entry.mid(2);
    else if (entry.startsWith(QLatin1Char('.')))
        entry = entry.mid(1);
    entry = normalisedHost(entry);
    return !entry.isEmpty() && (host == entry || host.endsWith(QLatin1Char('.') + entry));
}

ProxyChoice parseProxyValue(const QString &value, const QString &variable)
{
    ProxyChoice choice;
    choice.source = QStringLiteral("env:") + variable;
    const QUrl proxyUrl(value.contains(QLatin1String("://")) ? value : QStringLiteral("http://") + value);
    const QString scheme = proxyUrl.scheme().toLower();
    if (!proxyUrl.isValid() || proxyUrl.host().isEmpty()) {
        choice.note = Text::tr("%1 is set to \"%2\", which is not a proxy address; going direct").arg(variable, value);
        return choice;
    }
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")
        || scheme == QLatin1String("socks"))
        type = QNetworkProxy::Socks5Proxy;
    if (type == QNetworkProxy::NoProxy) {
        choice.note =
            Text::tr("%1 asks for a %2:// proxy, which this program cannot use; going direct").arg(variable, scheme);
        return choice;
    }
    // curl's default when the value names no port.
    choice.proxy =
        QNetworkProxy(type, proxyUrl.host(), quint16(proxyUrl.port(1080)), proxyUrl.userName(), proxyUrl.password());
    return choice;
}

} // namespace

std::optional<ProxyChoice> proxyFromEnvironment(const QUrl &url, const QProcessEnvironment &env)
{
    const QString scheme = url.scheme().toLower();
    QString variable;
    // Once any proxy variable is set the convention decides alone, including "direct"
    // for a scheme it leaves out (Qt's lookup would send https:// to http_proxy).
    if (firstSet(env, {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"}, &variable)
            .isEmpty())
        return std::nullopt;
    QString value;
    if (scheme == QLatin1String("https"))
        value = firstSet(env, {"https_proxy", "HTTPS_PROXY"}, &variable);
    else if (scheme == QLatin1String("http"))
        value = firstSet(env, {"http_proxy", "HTTP_PROXY"}, &variable);
    if (value.isEmpty())
        value = firstSet(env, {"all_proxy", "ALL_PROXY"}, &variable);
    if (value.isEmpty()) {
        ProxyChoice direct;
        direct.source = QStringLiteral("env");
        direct.note = QCoreApplication::translate("SystemProxy", "No proxy variable covers %1:// URLs").arg(scheme);
        return direct;
    }

    QString noProxyVariable;
    const QString noProxy = firstSet(env, {"no_proxy", "NO_PROXY"}, &noProxyVariable);
    const QString host = normalisedHost(url.host());
    const int port = url.port(scheme == QLatin1String("http") ? 80 : 443);
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &entry : noProxy.split(separators, Qt::SkipEmptyParts)) {
        if (entryMatches(host, port, entry)) {
            ProxyChoice direct;
            direct.source = QStringLiteral("env:") + noProxyVariable;
            return direct;
        }
    }
    return parseProxyValue(value, variable);
}

ProxyChoice systemProxyFor(const QUrl &url)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (auto fromEnvironment = proxyFromEnvironment(url, QProcessEnvironment::systemEnvironment()))
        return *fromEnvironment;
#endif
    ProxyChoice choice;
    choice.source = QStringLiteral("system");
    // The first usable entry, as QNetworkAccessManager itself would pick it.
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &proxy : proxies) {
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy) {
            choice.proxy = proxy;
            break;
        }
        if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy)
            break;
    }
    return choice;
}

QString describeProxy(const QNetworkProxy &proxy)
{
    QString scheme;
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        scheme = QStringLiteral("http");
        break;
    case QNetworkProxy::Socks5Proxy:
        scheme = QStringLiteral("socks5");
        break;
    default:
        return {};
    }
    QUrl url;
    url.setScheme(scheme);
    url.setHost(proxy.hostName());
    url.setPort(proxy.port());
    return url.toString();
}

} // namespace gatecheck
