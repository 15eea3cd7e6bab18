// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/MacScutil.h"

#include "env/ProxyRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gatecheck::env {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

// Recursive descent over lines: "key : value", "key : <array> {", "key : <dictionary> {", "}".
class ScutilReader
{
public:
    explicit ScutilReader(const QString &text)
        : m_lines(text.split(QLatin1Char('\n')))
    { }

    std::optional<QVariant> readContainer(bool isArray, int depth)
    {
        if (depth > 32) {
            m_error = QStringLiteral("nesting too deep");
            return std::nullopt;
        }
        QVariantMap map;
        QVariantList list;
        while (m_pos < m_lines.size()) {
            const QString line = m_lines.at(m_pos++).trimmed();
            if (line.isEmpty())
                continue;
            if (line == QLatin1String("}"))
                return isArray ? QVariant(list) : QVariant(map);
            const qsizetype colon = line.indexOf(QLatin1String(" : "));
            if (colon < 0) {
                m_error = QStringLiteral("unexpected line \"%1\"").arg(line.left(80));
                return std::nullopt;
            }
            const QString key = line.left(colon).trimmed();
            const QString rest = line.mid(colon + 3).trimmed();
            QVariant value;
            if (rest == QLatin1String("<array> {") || rest == QLatin1String("<dictionary> {")) {
                const auto nested = readContainer(rest.startsWith(QLatin1String("<array>")), depth + 1);
                if (!nested)
                    return std::nullopt;
                value = *nested;
            } else {
                value = rest;
            }
            if (isArray)
                list << value;
            else
                map.insert(key, value);
        }
        m_error = QStringLiteral("the text ends inside a block");
        return std::nullopt;
    }

    std::optional<QVariantMap> readTop()
    {
        while (m_pos < m_lines.size() && m_lines.at(m_pos).trimmed().isEmpty())
            ++m_pos;
        if (m_pos >= m_lines.size() || m_lines.at(m_pos).trimmed() != QLatin1String("<dictionary> {")) {
            m_error = QStringLiteral("no <dictionary> at the start");
            return std::nullopt;
        }
        ++m_pos;
        const auto top = readContainer(false, 0);
        if (!top)
            return std::nullopt;
        return top->toMap();
    }

    QString error() const { return m_error; }

private:
    QStringList m_lines;
    qsizetype m_pos = 0;
    QString m_error;
};

bool flag(const QVariantMap &m, const char *key)
{
    return m.value(QString::fromLatin1(key)).toString().trimmed() == QLatin1String("1");
}

QString str(const QVariantMap &m, const char *key)
{
    return m.value(QString::fromLatin1(key)).toString().trimmed();
}

} // namespace

std::optional<QVariantMap> parseScutilDictionary(const QString &text, QString *error)
{
    ScutilReader reader(text);
    auto result = reader.readTop();
    if (!result && error)
        *error = Text::tr("unrecognised scutil output: %1").arg(reader.error());
    return result;
}

ProxySetting macProxySetting(const QVariantMap &proxies, const QUrl &target)
{
    ProxySetting p;
    p.source = QStringLiteral("macos");
    for (const QVariant &v : proxies.value(QStringLiteral("ExceptionsList")).toList())
        p.bypass << v.toString();
    const bool excludeSimple = flag(proxies, "ExcludeSimpleHostnames");
    if (excludeSimple)
        p.bypass << QStringLiteral("<local>");
    const QString scheme = target.scheme().isEmpty() ? QStringLiteral("https") : target.scheme().toLower();

    std::optional<ProxyEndpoint> endpoint;
    const auto manual = [&](const char *enable, const char *host, const char *port, const char *kind) {
        if (!flag(proxies, enable) || str(proxies, host).isEmpty())
            return std::optional<ProxyEndpoint> {};
        return parseProxyUrl(
            QStringLiteral("%1://%2:%3").arg(QString::fromLatin1(kind), str(proxies, host), str(proxies, port)));
    };
    if (scheme == QLatin1String("https"))
        endpoint = manual("HTTPSEnable", "HTTPSProxy", "HTTPSPort", "http");
    else
        endpoint = manual("HTTPEnable", "HTTPProxy", "HTTPPort", "http");
    if (!endpoint)
        endpoint = manual("SOCKSEnable", "SOCKSProxy", "SOCKSPort", "socks5");

    QStringList detail;
    const bool pac = flag(proxies, "ProxyAutoConfigEnable");
    const bool wpad = flag(proxies, "ProxyAutoDiscoveryEnable");
    if (pac) {
        p.mode = QStringLiteral("pac");
        p.pacUrl = str(proxies, "ProxyAutoConfigURLString");
        detail << Text::tr("automatic proxy configuration %1").arg(p.pacUrl);
    } else if (wpad) {
        p.mode = QStringLiteral("auto_detect");
    } else if (endpoint) {
        p.mode = QStringLiteral("manual");
    } else {
        p.mode = QStringLiteral("none");
    }
    if (wpad)
        detail << Text::tr("auto proxy discovery (WPAD) is on — Qt-based programs ignore it, Safari and "
                           "Chrome use it");
    if (endpoint) {
        p.proxy = endpoint->hostPort();
        detail << Text::tr("%1 proxy %2").arg(scheme.toUpper(), endpoint->hostPort());
    }
    if (target.isValid() && !target.host().isEmpty()
        && (p.mode == QLatin1String("manual") || p.mode == QLatin1String("none")))
        p.effectiveForTarget = endpoint && !bypassMatches(target.host(), p.bypass, BypassDialect::Domain)
            ? endpoint->pacStyle()
            : QStringLiteral("DIRECT");
    p.detail = detail.join(QLatin1String("; "));
    return p;
}

QList<MacResolver> parseScutilDns(const QString &text)
{
    QList<MacResolver> resolvers;
    bool scoped = false;
    MacResolver *current = nullptr;
    static const QRegularExpression indexed(QStringLiteral("^(\\w[\\w ]*?)\\[\\d+\\]$"));
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("DNS configuration"))) {
            scoped = line.contains(QLatin1String("scoped"));
            current = nullptr;
            continue;
        }
        if (line.startsWith(QLatin1String("resolver #"))) {
            resolvers.append(MacResolver {});
            current = &resolvers.last();
            current->scoped = scoped;
            continue;
        }
        if (!current)
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        const auto m = indexed.match(key);
        if (m.hasMatch())
            key = m.captured(1).trimmed();
        if (key == QLatin1String("nameserver"))
            current->nameservers << value;
        else if (key == QLatin1String("search domain"))
            current->searchDomains << value;
        else if (key == QLatin1String("domain"))
            current->domain = value;
        else if (key == QLatin1String("if_index")) {
            static const QRegularExpression ifname(QStringLiteral("\\(([^)]+)\\)"));
            const auto n = ifname.match(value);
            if (n.hasMatch())
                current->interfaceName = n.captured(1);
        } else if (key == QLatin1String("flags"))
            current->flags = value;
        else if (key == QLatin1String("reach"))
            current->reach = value;
        else if (key == QLatin1String("order"))
            current->order = value.toInt();
    }
    return resolvers;
}

} // namespace gatecheck::env
