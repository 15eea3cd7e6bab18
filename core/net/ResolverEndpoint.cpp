// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ResolverEndpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace gatecheck {

QString ResolverEndpoint::toString() const
{
    const bool v6 = address.contains(QLatin1Char(':'));
    return v6 ? QStringLiteral("[%1]:%2").arg(address).arg(port) : QStringLiteral("%1:%2").arg(address).arg(port);
}

std::optional<ResolverEndpoint> ResolverEndpoint::parse(const QString &input, QString *error)
{
    const auto fail = [error, &input](const char *why) -> std::optional<ResolverEndpoint> {
        if (error)
            *error = QCoreApplication::translate("ResolverEndpoint", "\"%1\" is not a resolver address: %2")
                         .arg(input, QCoreApplication::translate("ResolverEndpoint", why));
        return std::nullopt;
    };
    const QString text = input.trimmed();
    QString host = text;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(QT_TRANSLATE_NOOP("ResolverEndpoint", "missing ']'"));
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(QT_TRANSLATE_NOOP("ResolverEndpoint", "expected ':PORT' after ']'"));
            portText = rest.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        portText = text.section(QLatin1Char(':'), 1);
    }
    QHostAddress parsed;
    if (!parsed.setAddress(host))
        return fail(
            QT_TRANSLATE_NOOP("ResolverEndpoint", "expected an IP address such as 1.1.1.1 or [2606:4700::1111]"));
    ResolverEndpoint endpoint;
    endpoint.address = parsed.toString();
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return fail(QT_TRANSLATE_NOOP("ResolverEndpoint", "the port must be a number from 1 to 65535"));
        endpoint.port = static_cast<quint16>(port);
    }
    return endpoint;
}

} // namespace gatecheck
