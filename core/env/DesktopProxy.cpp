// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/DesktopProxy.h"

#include "env/IniText.h"
#include "env/ProxyRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gatecheck::env {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

// Reads one GVariant string literal starting at `pos` (a quote), returns it unescaped.
QString readQuoted(const QString &text, qsizetype &pos)
{
    const QChar quote = text.at(pos++);
    QString value;
    while (pos < text.size()) {
        const QChar c = text.at(pos++);
        if (c == QLatin1Char('\\') && pos < text.size()) {
            value += text.at(pos++);
        } else if (c == quote) {
            break;
        } else {
            value += c;
        }
    }
    return value;
}

QString unquote(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() >= 2 && (v.startsWith(QLatin1Char('\'')) || v.startsWith(QLatin1Char('"')))) {
        qsizetype pos = 0;
        return readQuoted(v, pos);
    }
    if (v.startsWith(QLatin1Char('[')) || v.startsWith(QLatin1String("@as")))
        return parseGvariantStringArray(v).join(QLatin1String(", "));
    return v;
}

std::optional<ProxyEndpoint> gnomeEndpoint(const QMap<QString, QString> &s, const QString &kind, const QString &scheme)
{
    const QString base = QStringLiteral("org.gnome.system.proxy.") + kind;
    const QString host = s.value(base + QLatin1String(" host"));
    const int port = s.value(base + QLatin1String(" port")).toInt();
    if (host.isEmpty() || port <= 0)
        return std::nullopt;
    return parseProxyUrl(QStringLiteral("%1://%2:%3").arg(scheme, host).arg(port));
}

} // namespace

QStringList parseGvariantStringArray(const QString &textIn)
{
    QString text = textIn.trimmed();
    if (text.startsWith(QLatin1String("@as")))
        text = text.mid(3).trimmed();
    QStringList items;
    if (!text.startsWith(QLatin1Char('[')))
        return items;
    qsizetype pos = 1;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            items << readQuoted(text, pos);
        else if (c == QLatin1Char(']'))
            break;
        else
            ++pos;
    }
    return items;
}

QMap<QString, QString> parseGsettingsList(const QString &output)
{
    QMap<QString, QString> settings;
    for (const QString &raw : output.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!line.startsWith(QLatin1String("org.")))
            continue;
        const qsizetype first = line.indexOf(QLatin1Char(' '));
        const qsizetype second = first < 0 ? -1 : line.indexOf(QLatin1Char(' '), first + 1);
        if (second < 0)
            continue;
        settings.insert(line.left(second), unquote(line.mid(second + 1)));
    }
    return settings;
}

std::optional<ProxySetting> gnomeProxySetting(const QMap<QString, QString> &s, const QUrl &target)
{
    const QString mode = s.value(QStringLiteral("org.gnome.system.proxy mode"));
    if (mode.isEmpty())
        return std::nullopt;
    ProxySetting p;
    p.source = QStringLiteral("gnome");
    const QString ignore = s.value(QStringLiteral("org.gnome.system.proxy ignore-hosts"));
    p.bypass = splitList(ignore, QStringLiteral(", "));
    const QString scheme = target.scheme().isEmpty() ? QStringLiteral("https") : target.scheme().toLower();
    if (mode == QLatin1String("none")) {
        p.mode = QStringLiteral("none");
        p.effectiveForTarget = target.host().isEmpty() ? QString() : QStringLiteral("DIRECT");
        return p;
    }
    if (mode == QLatin1String("auto")) {
        p.pacUrl = s.value(QStringLiteral("org.gnome.system.proxy autoconfig-url"));
        p.mode = p.pacUrl.isEmpty() ? QStringLiteral("auto_detect") : QStringLiteral("pac");
        p.detail = p.pacUrl.isEmpty() ? Text::tr("automatic, no configuration URL: WPAD discovery")
                                      : Text::tr("automatic configuration from %1").arg(p.pacUrl);
        return p;
    }
    p.mode = QStringLiteral("manual");
    std::optional<ProxyEndpoint> endpoint = gnomeEndpoint(
        s, scheme == QLatin1String("https") ? QStringLiteral("https") : QStringLiteral("http"), QStringLiteral("http"));
    // GNOME's "use the same proxy for all protocols" leaves the https fields empty.
    if (!endpoint && s.value(QStringLiteral("org.gnome.system.proxy use-same-proxy")) != QLatin1String("false"))
        endpoint = gnomeEndpoint(s, QStringLiteral("http"), QStringLiteral("http"));
    if (!endpoint)
        endpoint = gnomeEndpoint(s, QStringLiteral("socks"), QStringLiteral("socks5"));
    if (endpoint)
        p.proxy = endpoint->hostPort();
    else
        p.detail = Text::tr("manual mode, but no proxy for %1 is filled in").arg(scheme);
    if (!target.host().isEmpty())
        p.effectiveForTarget = endpoint && !bypassMatches(target.host(), p.bypass, BypassDialect::Domain)
            ? endpoint->pacStyle()
            : QStringLiteral("DIRECT");
    return p;
}

QMap<QString, QString> parseKdeIni(const QString &text, const QString &group)
{
    return parseIni(text).value(group);
}

std::optional<ProxySetting> kdeProxySetting(const QMap<QString, QString> &k, const QUrl &target)
{
    if (!k.contains(QStringLiteral("ProxyType")))
        return std::nullopt;
    ProxySetting p;
    p.source = QStringLiteral("kde");
    p.bypass = splitList(k.value(QStringLiteral("NoProxyFor")), QStringLiteral(", "));
    const int type = k.value(QStringLiteral("ProxyType")).toInt();
    const QString scheme = target.scheme().isEmpty() ? QStringLiteral("https") : target.scheme().toLower();
    // KDE writes "http://proxy 3128" (a space before the port) or "http://proxy:3128".
    const auto endpointOf = [](QString value) {
        value = value.trimmed();
        const qsizetype space = value.lastIndexOf(QLatin1Char(' '));
        if (space > 0)
            value = value.left(space) + QLatin1Char(':') + value.mid(space + 1);
        return parseProxyUrl(value);
    };
    switch (type) {
    case 0:
        p.mode = QStringLiteral("none");
        break;
    case 1: {
        p.mode = QStringLiteral("manual");
        auto endpoint = endpointOf(
            k.value(scheme == QLatin1String("https") ? QStringLiteral("httpsProxy") : QStringLiteral("httpProxy")));
        if (!endpoint)
            endpoint = endpointOf(k.value(QStringLiteral("socksProxy")));
        if (endpoint)
            p.proxy = endpoint->hostPort();
        // ReversedException=true turns NoProxyFor into "only these go through the proxy".
        const bool reversed = k.value(QStringLiteral("ReversedException")) == QLatin1String("true");
        if (!target.host().isEmpty()) {
            const bool listed = bypassMatches(target.host(), p.bypass, BypassDialect::Domain);
            p.effectiveForTarget =
                endpoint && (reversed ? listed : !listed) ? endpoint->pacStyle() : QStringLiteral("DIRECT");
        }
        if (reversed)
            p.detail = Text::tr("only the listed hosts use the proxy (reversed exceptions)");
        return p;
    }
    case 2:
        p.mode = QStringLiteral("pac");
        p.pacUrl = k.value(QStringLiteral("Proxy Config Script"));
        return p;
    case 3:
        p.mode = QStringLiteral("auto_detect");
        return p;
    case 4:
        p.mode = QStringLiteral("manual");
        p.detail = Text::tr("KDE takes the proxy from environment variables (see the \"env\" entry)");
        return p;
    default:
        p.mode = QStringLiteral("none");
        p.detail = Text::tr("unknown ProxyType %1").arg(type);
        return p;
    }
    if (!target.host().isEmpty())
        p.effectiveForTarget = QStringLiteral("DIRECT");
    return p;
}

} // namespace gatecheck::env
