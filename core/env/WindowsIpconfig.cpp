// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/WindowsIpconfig.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace gatecheck::env {

namespace {

// "fe80::1%12(Preferred)" -> "fe80::1"; "10.0.0.5(Preferred)" -> "10.0.0.5".
QString cleanAddress(QString value)
{
    value = value.section(QLatin1Char('('), 0, 0).trimmed();
    value = value.section(QLatin1Char('%'), 0, 0);
    return QHostAddress(value).isNull() ? QString() : value;
}

QString kindFromHeader(const QString &header)
{
    if (header.startsWith(QLatin1String("Wireless LAN adapter")))
        return QStringLiteral("wifi");
    if (header.startsWith(QLatin1String("Ethernet adapter")))
        return QStringLiteral("ethernet");
    if (header.startsWith(QLatin1String("PPP adapter")))
        return QStringLiteral("ppp");
    if (header.startsWith(QLatin1String("Tunnel adapter")))
        return QStringLiteral("tunnel");
    return QStringLiteral("unknown");
}

} // namespace

QList<InterfaceSample> parseIpconfigAll(const QString &output)
{
    QList<InterfaceSample> samples;
    InterfaceSample *current = nullptr;
    QString lastKey;
    static const QRegularExpression header(QStringLiteral("^(\\S.*adapter) (.+):\\s*$"));
    static const QRegularExpression field(QStringLiteral("^\\s+([^.:]+?)[ .]*:\\s?(.*)$"));
    for (QString line : output.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const auto h = header.match(line);
        if (h.hasMatch()) {
            samples.append(InterfaceSample {});
            current = &samples.last();
            current->name = h.captured(2).trimmed();
            current->displayName = current->name;
            current->hardwareKind = kindFromHeader(h.captured(1));
            current->up = true; // until "Media disconnected"
            lastKey.clear();
            continue;
        }
        if (!current || line.trimmed().isEmpty())
            continue;
        QString key;
        QString value;
        // Fields are indented by three spaces; a deeply indented line continues the previous
        // field (a second DNS server), even when it holds an IPv6 address with colons.
        if (line.startsWith(QLatin1String("          "))) {
            key = lastKey;
            value = line.trimmed();
        } else if (const auto f = field.match(line); f.hasMatch()) {
            key = f.captured(1).trimmed();
            value = f.captured(2).trimmed();
        } else {
            continue;
        }
        lastKey = key;
        if (key == QLatin1String("Description")) {
            current->description = value;
        } else if (key == QLatin1String("Media State")) {
            current->up = !value.contains(QLatin1String("disconnected"), Qt::CaseInsensitive);
        } else if (key.startsWith(QLatin1String("IPv4 Address")) || key.startsWith(QLatin1String("IPv6 Address"))
            || key.startsWith(QLatin1String("Link-local IPv6 Address"))
            || key.startsWith(QLatin1String("Temporary IPv6 Address"))) {
            const QString a = cleanAddress(value);
            if (!a.isEmpty())
                current->addresses << a;
        } else if (key == QLatin1String("DNS Servers")) {
            const QString a = cleanAddress(value);
            if (!a.isEmpty())
                current->dnsServers << a;
        }
    }
    return samples;
}

} // namespace gatecheck::env
