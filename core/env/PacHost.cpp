// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/PacHost.h"

#include "env/RouteLookup.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QTimer>

#include <algorithm>

namespace gatecheck::env {

PacHost::PacHost(QDateTime fixedTime, std::chrono::milliseconds resolveTimeout, qint64 deadlineAtMs,
    std::function<bool()> interrupted)
    : m_fixedTime(std::move(fixedTime))
    , m_resolveTimeout(resolveTimeout)
    , m_deadlineAtMs(deadlineAtMs)
    , m_interrupted(std::move(interrupted))
{ }

QList<QHostAddress> PacHost::resolve(const QString &host)
{
    const QHostAddress literal(host);
    if (!literal.isNull())
        return {literal};
    if (host.isEmpty() || host.size() > 253)
        return {};
    const auto cached = m_cache.constFind(host.toLower());
    if (cached != m_cache.cend())
        return *cached;
    const qint64 remaining = m_deadlineAtMs - QDateTime::currentMSecsSinceEpoch();
    const qint64 wait = std::min<qint64>(m_resolveTimeout.count(), remaining);
    if (wait <= 0 || m_interrupted())
        return {};
    QList<QHostAddress> addresses;
    QEventLoop loop;
    bool done = false;
    // The loop is the context: if it is gone when a late answer arrives, Qt drops the answer.
    const int id = QHostInfo::lookupHost(host, &loop, [&](const QHostInfo &info) {
        addresses = info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress> {};
        done = true;
        loop.quit();
    });
    QTimer::singleShot(std::chrono::milliseconds(wait), &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (!done)
        QHostInfo::abortHostLookup(id);
    m_cache.insert(host.toLower(), addresses);
    return addresses;
}

QJSValue PacHost::dnsResolve(const QString &host)
{
    // Netscape's dnsResolve answers IPv4 only; the Ex variant gives every family.
    for (const QHostAddress &a : resolve(host))
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            return QJSValue(a.toString());
    return QJSValue(QJSValue::NullValue);
}

QString PacHost::dnsResolveEx(const QString &host)
{
    QStringList out;
    for (const QHostAddress &a : resolve(host))
        out << a.toString();
    return out.join(QLatin1Char(';'));
}

QString PacHost::myIpAddress()
{
    const QHostAddress routed = localAddressTowards(QHostAddress(QString::fromLatin1(kInternetReferenceV4)));
    if (!routed.isNull() && !routed.isLoopback())
        return routed.toString();
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a.toString();
    return QStringLiteral("127.0.0.1");
}

QString PacHost::myIpAddressEx()
{
    QStringList out;
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (!a.isLoopback() && !a.isLinkLocal())
            out << a.toString();
    return out.join(QLatin1Char(';'));
}

bool PacHost::isInNet(const QString &host, const QString &pattern, const QString &mask)
{
    const QHostAddress p(pattern);
    const QHostAddress m(mask);
    if (p.protocol() != QAbstractSocket::IPv4Protocol || m.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    for (const QHostAddress &a : resolve(host))
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            return (a.toIPv4Address() & m.toIPv4Address()) == (p.toIPv4Address() & m.toIPv4Address());
    return false;
}

bool PacHost::isInNetEx(const QString &host, const QString &prefix)
{
    const auto subnet = QHostAddress::parseSubnet(prefix);
    if (subnet.second < 0)
        return false;
    const QList<QHostAddress> addresses = resolve(host);
    return std::any_of(
        addresses.cbegin(), addresses.cend(), [&](const QHostAddress &a) { return a.isInSubnet(subnet); });
}

QString PacHost::sortIpAddressList(const QString &list)
{
    QList<QHostAddress> addresses;
    for (const QString &item : list.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QHostAddress a(item.trimmed());
        if (a.isNull())
            return {};
        addresses << a;
    }
    // Microsoft's definition: IPv6 addresses before IPv4, each family in ascending order.
    std::sort(addresses.begin(), addresses.end(), [](const QHostAddress &a, const QHostAddress &b) {
        if (a.protocol() != b.protocol())
            return a.protocol() == QAbstractSocket::IPv6Protocol;
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            return a.toIPv4Address() < b.toIPv4Address();
        const Q_IPV6ADDR x = a.toIPv6Address();
        const Q_IPV6ADDR y = b.toIPv6Address();
        return std::lexicographical_compare(x.c, x.c + 16, y.c, y.c + 16);
    });
    QStringList out;
    for (const QHostAddress &a : std::as_const(addresses))
        out << a.toString();
    return out.join(QLatin1Char(';'));
}

double PacHost::nowMs() const
{
    return double(m_fixedTime.isValid() ? m_fixedTime.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
}

void PacHost::log(const QString &message)
{
    if (m_log.size() < 50)
        m_log << message.left(500);
}

} // namespace gatecheck::env
