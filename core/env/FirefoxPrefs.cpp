// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/FirefoxPrefs.h"

#include "env/ProxyRules.h"

#include <QCoreApplication>

namespace gatecheck::env {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

class PrefsScanner
{
public:
    explicit PrefsScanner(const QString &text)
        : m_text(text)
    { }

    void skipSpaceAndComments()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c.isSpace()) {
                ++m_pos;
            } else if (m_text.mid(m_pos, 2) == QLatin1String("//") || c == QLatin1Char('#')) {
                const qsizetype nl = m_text.indexOf(QLatin1Char('\n'), m_pos);
                m_pos = nl < 0 ? m_text.size() : nl + 1;
            } else if (m_text.mid(m_pos, 2) == QLatin1String("/*")) {
                const qsizetype end = m_text.indexOf(QLatin1String("*/"), m_pos + 2);
                m_pos = end < 0 ? m_text.size() : end + 2;
            } else {
                return;
            }
        }
    }

    bool expect(QChar c)
    {
        skipSpaceAndComments();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    std::optional<QString> string()
    {
        skipSpaceAndComments();
        if (m_pos >= m_text.size() || (m_text.at(m_pos) != QLatin1Char('"') && m_text.at(m_pos) != QLatin1Char('\'')))
            return std::nullopt;
        const QChar quote = m_text.at(m_pos++);
        QString value;
        while (m_pos < m_text.size()) {
            QChar c = m_text.at(m_pos++);
            if (c == quote)
                return value;
            if (c == QLatin1Char('\n')) {
                --m_pos; // leave the line break, so only this line is skipped
                return std::nullopt;
            }
            if (c == QLatin1Char('\\') && m_pos < m_text.size()) {
                c = m_text.at(m_pos++);
                switch (c.unicode()) {
                case 'n':
                    value += QLatin1Char('\n');
                    break;
                case 't':
                    value += QLatin1Char('\t');
                    break;
                case 'r':
                    value += QLatin1Char('\r');
                    break;
                case 'u': {
                    bool ok = false;
                    const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                    if (!ok)
                        return std::nullopt;
                    value += QChar(char16_t(code));
                    m_pos += 4;
                    break;
                }
                default:
                    value += c;
                }
                continue;
            }
            value += c;
        }
        return std::nullopt;
    }

    std::optional<QVariant> value()
    {
        skipSpaceAndComments();
        if (m_pos >= m_text.size())
            return std::nullopt;
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const auto s = string();
            return s ? std::optional<QVariant>(*s) : std::nullopt;
        }
        qsizetype end = m_pos;
        while (end < m_text.size() && (m_text.at(end).isLetterOrNumber() || m_text.at(end) == QLatin1Char('-')))
            ++end;
        const QString word = m_text.mid(m_pos, end - m_pos);
        m_pos = end;
        if (word == QLatin1String("true"))
            return QVariant(true);
        if (word == QLatin1String("false"))
            return QVariant(false);
        bool ok = false;
        const qlonglong number = word.toLongLong(&ok);
        if (ok)
            return QVariant(number);
        return std::nullopt;
    }

    // Finds the next pref statement; returns false at the end of the text.
    bool nextStatement()
    {
        static const QLatin1String names[] = {
            QLatin1String("user_pref"), QLatin1String("sticky_pref"), QLatin1String("pref")};
        while (true) {
            skipSpaceAndComments();
            if (m_pos >= m_text.size())
                return false;
            for (const QLatin1String &name : names)
                if (m_text.mid(m_pos, name.size()) == name) {
                    m_pos += name.size();
                    return true;
                }
            ++m_skipped;
            const qsizetype nl = m_text.indexOf(QLatin1Char('\n'), m_pos);
            m_pos = nl < 0 ? m_text.size() : nl + 1;
        }
    }

    void skipLine()
    {
        ++m_skipped;
        const qsizetype nl = m_text.indexOf(QLatin1Char('\n'), m_pos);
        m_pos = nl < 0 ? m_text.size() : nl + 1;
    }

    int skipped() const { return m_skipped; }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
    int m_skipped = 0;
};

QString prefString(const FirefoxPrefs &p, const char *name)
{
    return p.values.value(QString::fromLatin1(name)).toString();
}

int prefInt(const FirefoxPrefs &p, const char *name, int fallback)
{
    const QVariant v = p.values.value(QString::fromLatin1(name));
    bool ok = false;
    const int i = v.toInt(&ok);
    return v.isValid() && ok ? i : fallback;
}

} // namespace

FirefoxPrefs parseFirefoxPrefs(const QString &text)
{
    FirefoxPrefs prefs;
    PrefsScanner scanner(text);
    while (scanner.nextStatement()) {
        if (!scanner.expect(QLatin1Char('('))) {
            scanner.skipLine();
            continue;
        }
        const auto name = scanner.string();
        if (!name || !scanner.expect(QLatin1Char(','))) {
            scanner.skipLine();
            continue;
        }
        const auto value = scanner.value();
        if (!value) {
            scanner.skipLine();
            continue;
        }
        // Newer Firefox allows trailing attributes: pref("x", 1, locked);
        if (scanner.expect(QLatin1Char(',')))
            scanner.value();
        if (!scanner.expect(QLatin1Char(')'))) {
            scanner.skipLine();
            continue;
        }
        scanner.expect(QLatin1Char(';'));
        prefs.values.insert(*name, *value);
    }
    prefs.skipped = scanner.skipped();
    return prefs;
}

ProxySetting firefoxProxySetting(const FirefoxPrefs &prefs, const QString &profile, const QUrl &target)
{
    ProxySetting p;
    p.source = QStringLiteral("firefox");
    const int type = prefInt(prefs, "network.proxy.type", 5);
    QString noProxies = prefString(prefs, "network.proxy.no_proxies_on");
    if (!prefs.values.contains(QStringLiteral("network.proxy.no_proxies_on")))
        noProxies = QStringLiteral("localhost, 127.0.0.1");
    p.bypass = splitList(noProxies, QStringLiteral(", "));
    const QString scheme = target.scheme().isEmpty() ? QStringLiteral("https") : target.scheme().toLower();
    QStringList detail {Text::tr("profile %1").arg(profile)};
    switch (type) {
    case 0:
    case 3:
        p.mode = QStringLiteral("none");
        detail << Text::tr("Firefox is set to \"No proxy\" and ignores the system's proxy");
        if (!target.host().isEmpty())
            p.effectiveForTarget = QStringLiteral("DIRECT");
        break;
    case 1: {
        p.mode = QStringLiteral("manual");
        const bool share = prefs.values.value(QStringLiteral("network.proxy.share_proxy_settings")).toBool();
        const auto endpointFor = [&](const char *host, const char *port, const QString &kind) {
            const QString h = prefString(prefs, host);
            if (h.isEmpty())
                return std::optional<ProxyEndpoint> {};
            return parseProxyUrl(QStringLiteral("%1://%2:%3").arg(kind, h).arg(prefInt(prefs, port, 0)));
        };
        std::optional<ProxyEndpoint> endpoint;
        if (scheme == QLatin1String("https") && !share)
            endpoint = endpointFor("network.proxy.ssl", "network.proxy.ssl_port", QStringLiteral("http"));
        if (!endpoint)
            endpoint = endpointFor("network.proxy.http", "network.proxy.http_port", QStringLiteral("http"));
        if (!endpoint) {
            const QString kind = prefInt(prefs, "network.proxy.socks_version", 5) == 4 ? QStringLiteral("socks4")
                                                                                       : QStringLiteral("socks5");
            endpoint = endpointFor("network.proxy.socks", "network.proxy.socks_port", kind);
        }
        if (endpoint)
            p.proxy = endpoint->hostPort();
        detail << Text::tr("Firefox has its own manual proxy, whatever the system says");
        if (!target.host().isEmpty())
            p.effectiveForTarget = endpoint && !bypassMatches(target.host(), p.bypass, BypassDialect::Domain)
                ? endpoint->pacStyle()
                : QStringLiteral("DIRECT");
        break;
    }
    case 2:
        p.mode = QStringLiteral("pac");
        p.pacUrl = prefString(prefs, "network.proxy.autoconfig_url");
        detail << Text::tr("Firefox uses its own automatic proxy configuration URL");
        break;
    case 4:
        p.mode = QStringLiteral("auto_detect");
        detail << Text::tr("Firefox auto-detects proxy settings (WPAD)");
        break;
    default:
        p.mode = QStringLiteral("system");
        detail << Text::tr("Firefox follows the system proxy settings");
        break;
    }
    p.detail = detail.join(QLatin1String("; "));
    return p;
}

QString firefoxDohSetting(const FirefoxPrefs &prefs, const QString &profile)
{
    const int mode = prefInt(prefs, "network.trr.mode", 0);
    QString uri = prefString(prefs, "network.trr.uri");
    if (uri.isEmpty())
        uri = prefString(prefs, "network.trr.custom_uri");
    QString words;
    switch (mode) {
    case 2:
        words = Text::tr("DNS over HTTPS first, system DNS as fallback");
        break;
    case 3:
        words = Text::tr("DNS over HTTPS only (the system resolver and hosts file are bypassed)");
        break;
    case 5:
        words = Text::tr("DNS over HTTPS switched off by the user");
        break;
    case 0:
    default:
        return {};
    }
    return QStringLiteral("firefox/%1: network.trr.mode=%2 (%3)%4")
        .arg(profile)
        .arg(mode)
        .arg(words, uri.isEmpty() ? QString() : QStringLiteral(" via ") + uri);
}

} // namespace gatecheck::env
