// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/WindowsProxy.h"

#include "env/FileRead.h"
#include "env/ProxyRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtEndian>

namespace gatecheck::env {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

const QString kInternetSettings = QStringLiteral("\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings");

bool readU32(const QByteArray &blob, qsizetype &pos, quint32 *out)
{
    if (pos < 0 || blob.size() - pos < 4)
        return false;
    *out = qFromLittleEndian<quint32>(blob.constData() + pos);
    pos += 4;
    return true;
}

bool readLengthPrefixed(const QByteArray &blob, qsizetype &pos, QString *out)
{
    quint32 length = 0;
    if (!readU32(blob, pos, &length) || length > quint32(blob.size() - pos))
        return false;
    *out = QString::fromLatin1(blob.constData() + pos, qsizetype(length));
    pos += qsizetype(length);
    return true;
}

// "hex:46,00,00,00,..." possibly spread over continuation lines already joined.
std::optional<QByteArray> parseHexList(const QString &list)
{
    QByteArray bytes;
    for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const uint value = item.trimmed().toUInt(&ok, 16);
        if (!ok || value > 0xff)
            return std::nullopt;
        bytes.append(char(value));
    }
    return bytes;
}

// A .reg string literal body: backslash escapes only for '\' and '"'.
std::optional<QString> parseRegString(const QString &text, qsizetype start, qsizetype *end)
{
    QString value;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            value += text.at(++i);
        } else if (c == QLatin1Char('"')) {
            if (end)
                *end = i + 1;
            return value;
        } else {
            value += c;
        }
    }
    return std::nullopt;
}

QVariantMap findKey(const RegistryKeys &keys, const QString &suffix)
{
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        if (it.key().endsWith(suffix, Qt::CaseInsensitive))
            return it.value();
    return {};
}

bool hasKey(const RegistryKeys &keys, const QString &suffix)
{
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        if (it.key().endsWith(suffix, Qt::CaseInsensitive))
            return true;
    return false;
}

QVariant valueCI(const QVariantMap &values, const QString &name)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    return {};
}

} // namespace

std::optional<ConnectionBlob> parseConnectionBlob(const QByteArray &blob)
{
    qsizetype pos = 0;
    quint32 version = 0;
    quint32 counter = 0;
    ConnectionBlob c;
    if (!readU32(blob, pos, &version) || !readU32(blob, pos, &counter) || !readU32(blob, pos, &c.flags))
        return std::nullopt;
    // The strings follow; a blob that ends early still gave us the flags, which matter most.
    if (!readLengthPrefixed(blob, pos, &c.proxyServer))
        return c;
    if (!readLengthPrefixed(blob, pos, &c.bypassList))
        return c;
    readLengthPrefixed(blob, pos, &c.autoConfigUrl);
    return c;
}

RegistryKeys parseRegExport(const QByteArray &data, int *skipped)
{
    RegistryKeys keys;
    int bad = 0;
    const QString text = decodeText(data);
    // Join continuation lines (a trailing backslash), as regedit writes long hex values.
    QStringList lines;
    QString pending;
    for (QString line : text.split(QRegularExpression(QStringLiteral("\r?\n")))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!pending.isEmpty())
            line = pending + line.trimmed();
        pending.clear();
        if (line.endsWith(QLatin1Char('\\')) && !line.startsWith(QLatin1Char('['))) {
            pending = line.left(line.size() - 1);
            continue;
        }
        lines << line;
    }
    QString current;
    for (const QString &raw : std::as_const(lines)) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1String("Windows Registry"))
            || line == QLatin1String("REGEDIT4"))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']'))) {
                ++bad;
                current.clear();
                continue;
            }
            current = line.mid(1, line.size() - 2);
            if (!current.startsWith(QLatin1Char('-')))
                keys[current];
            continue;
        }
        if (current.isEmpty()) {
            ++bad;
            continue;
        }
        QString name;
        qsizetype pos = 0;
        if (line.startsWith(QLatin1Char('@'))) {
            pos = 1;
        } else if (line.startsWith(QLatin1Char('"'))) {
            const auto parsed = parseRegString(line, 1, &pos);
            if (!parsed) {
                ++bad;
                continue;
            }
            name = *parsed;
        } else {
            ++bad;
            continue;
        }
        if (pos >= line.size() || line.at(pos) != QLatin1Char('=')) {
            ++bad;
            continue;
        }
        const QString value = line.mid(pos + 1).trimmed();
        if (value.startsWith(QLatin1Char('"'))) {
            const auto s = parseRegString(value, 1, nullptr);
            if (!s) {
                ++bad;
                continue;
            }
            keys[current].insert(name, *s);
        } else if (value.startsWith(QLatin1String("dword:"), Qt::CaseInsensitive)) {
            bool ok = false;
            const quint32 dword = value.mid(6).toUInt(&ok, 16);
            if (!ok) {
                ++bad;
                continue;
            }
            keys[current].insert(name, QVariant::fromValue(dword));
        } else if (value.startsWith(QLatin1String("hex"), Qt::CaseInsensitive)) {
            const auto colon = value.indexOf(QLatin1Char(':'));
            const auto bytes = colon > 0 ? parseHexList(value.mid(colon + 1)) : std::nullopt;
            if (!bytes) {
                ++bad;
                continue;
            }
            keys[current].insert(name, *bytes);
        } else if (value == QLatin1String("-")) {
            continue; // a deletion marker
        } else {
            ++bad;
        }
    }
    if (skipped)
        *skipped = bad;
    return keys;
}

WinInetSettings winInetFromValues(const QVariantMap &values, const QByteArray &defaultConnection)
{
    WinInetSettings s;
    s.proxyEnable = valueCI(values, QStringLiteral("ProxyEnable")).toUInt() != 0;
    s.proxyServer = valueCI(values, QStringLiteral("ProxyServer")).toString();
    s.proxyOverride = valueCI(values, QStringLiteral("ProxyOverride")).toString();
    s.autoConfigUrl = valueCI(values, QStringLiteral("AutoConfigURL")).toString();
    if (const auto blob = parseConnectionBlob(defaultConnection)) {
        // The blob is what the Internet Options dialog writes last; it is authoritative for
        // auto-detect, which has no plain value of its own.
        s.fromConnectionBlob = true;
        s.autoDetect = (blob->flags & 0x8) != 0;
        if (s.autoConfigUrl.isEmpty() && (blob->flags & 0x4))
            s.autoConfigUrl = blob->autoConfigUrl;
        if (s.proxyServer.isEmpty())
            s.proxyServer = blob->proxyServer;
        if (s.proxyOverride.isEmpty())
            s.proxyOverride = blob->bypassList;
        if (!values.contains(QStringLiteral("ProxyEnable")))
            s.proxyEnable = (blob->flags & 0x2) != 0;
    }
    return s;
}

std::optional<WinInetSettings> winInetFromExport(const RegistryKeys &keys)
{
    if (!hasKey(keys, kInternetSettings))
        return std::nullopt;
    const QVariantMap values = findKey(keys, kInternetSettings);
    const QVariantMap connections = findKey(keys, kInternetSettings + QLatin1String("\\Connections"));
    return winInetFromValues(values, valueCI(connections, QStringLiteral("DefaultConnectionSettings")).toByteArray());
}

std::optional<WinHttpSettings> parseNetshWinHttp(const QString &output)
{
    if (!output.contains(QLatin1String("WinHTTP"), Qt::CaseInsensitive))
        return std::nullopt;
    WinHttpSettings s;
    if (output.contains(QLatin1String("Direct access (no proxy server)"), Qt::CaseInsensitive))
        return s;
    static const QRegularExpression server(
        QStringLiteral("Proxy Server\\(s\\)\\s*:\\s*(\\S.*)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression bypass(
        QStringLiteral("Bypass List\\s*:\\s*(.*)$"), QRegularExpression::MultilineOption);
    const auto m = server.match(output);
    if (!m.hasMatch())
        return std::nullopt;
    s.direct = false;
    s.proxyServer = m.captured(1).trimmed();
    const auto b = bypass.match(output);
    if (b.hasMatch() && !b.captured(1).trimmed().startsWith(QLatin1Char('(')))
        s.bypassList = b.captured(1).trimmed();
    return s;
}

ProxySetting proxySettingFrom(const WinInetSettings &s, const QUrl &target)
{
    ProxySetting p;
    p.source = QStringLiteral("wininet");
    p.pacUrl = s.autoConfigUrl;
    p.bypass = splitList(s.proxyOverride, QStringLiteral(";"));
    const QString scheme = target.scheme().isEmpty() ? QStringLiteral("https") : target.scheme().toLower();
    const auto endpoint = s.proxyEnable ? winInetProxyFor(s.proxyServer, scheme) : std::nullopt;
    if (endpoint)
        p.proxy = endpoint->hostPort();
    QStringList detail;
    // Windows tries, in order: auto-detect (WPAD), the PAC URL, then the fixed proxy.
    if (s.autoDetect)
        p.mode = QStringLiteral("auto_detect");
    else if (!s.autoConfigUrl.isEmpty())
        p.mode = QStringLiteral("pac");
    else if (s.proxyEnable && !s.proxyServer.isEmpty())
        p.mode = QStringLiteral("manual");
    else
        p.mode = QStringLiteral("none");
    if (s.autoDetect)
        detail << Text::tr("\"Automatically detect settings\" is on (WPAD)");
    if (!s.autoConfigUrl.isEmpty())
        detail << Text::tr("setup script %1").arg(s.autoConfigUrl);
    if (s.proxyEnable && !s.proxyServer.isEmpty())
        detail << Text::tr("proxy server %1").arg(s.proxyServer);
    if (!s.proxyEnable && !s.proxyServer.isEmpty())
        detail << Text::tr("a proxy server is filled in but switched off (%1)").arg(s.proxyServer);
    if (target.isValid() && !target.host().isEmpty() && p.mode == QStringLiteral("manual"))
        p.effectiveForTarget = endpoint && !bypassMatches(target.host(), p.bypass, BypassDialect::WinInet)
            ? endpoint->pacStyle()
            : QStringLiteral("DIRECT");
    else if (target.isValid() && !target.host().isEmpty() && p.mode == QStringLiteral("none"))
        p.effectiveForTarget = QStringLiteral("DIRECT");
    p.detail = detail.join(QLatin1String("; "));
    return p;
}

ProxySetting proxySettingFrom(const WinHttpSettings &s, const QUrl &target)
{
    ProxySetting p;
    p.source = QStringLiteral("winhttp");
    p.mode = s.direct ? QStringLiteral("none") : QStringLiteral("manual");
    p.bypass = splitList(s.bypassList, QStringLiteral("; "));
    const QString scheme = target.scheme().isEmpty() ? QStringLiteral("https") : target.scheme().toLower();
    const auto endpoint = s.direct ? std::nullopt : winInetProxyFor(s.proxyServer, scheme);
    if (endpoint)
        p.proxy = endpoint->hostPort();
    p.detail = s.direct ? Text::tr("machine-wide WinHTTP proxy: direct access")
                        : Text::tr("machine-wide WinHTTP proxy %1 (used by Windows services and some programs, "
                                   "not by browsers)")
                              .arg(s.proxyServer);
    if (target.isValid() && !target.host().isEmpty())
        p.effectiveForTarget = endpoint && !bypassMatches(target.host(), p.bypass, BypassDialect::WinInet)
            ? endpoint->pacStyle()
            : QStringLiteral("DIRECT");
    return p;
}

} // namespace gatecheck::env
