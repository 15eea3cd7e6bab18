// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJSValue>
#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>

namespace gatecheck::env {

// The C++ side of the PAC helpers, exposed to the script as `__gatecheck`. Lives on the
// evaluator's thread. Name lookups wait in a local event loop bounded by both a per-lookup
// timeout and the evaluation's deadline, so a script that resolves many names cannot hang.
class PacHost : public QObject
{
    Q_OBJECT
public:
    PacHost(QDateTime fixedTime, std::chrono::milliseconds resolveTimeout, qint64 deadlineAtMs,
        std::function<bool()> interrupted);

    Q_INVOKABLE QJSValue dnsResolve(const QString &host);
    Q_INVOKABLE QString dnsResolveEx(const QString &host);
    Q_INVOKABLE QString myIpAddress();
    Q_INVOKABLE QString myIpAddressEx();
    Q_INVOKABLE bool isInNet(const QString &host, const QString &pattern, const QString &mask);
    Q_INVOKABLE bool isInNetEx(const QString &host, const QString &prefix);
    Q_INVOKABLE QString sortIpAddressList(const QString &list);
    Q_INVOKABLE double nowMs() const;
    Q_INVOKABLE void log(const QString &message);

    const QStringList &messages() const { return m_log; }

private:
    QList<QHostAddress> resolve(const QString &host);

    QDateTime m_fixedTime;
    std::chrono::milliseconds m_resolveTimeout;
    qint64 m_deadlineAtMs;
    std::function<bool()> m_interrupted;
    QHash<QString, QList<QHostAddress>> m_cache;
    QStringList m_log;
};

} // namespace gatecheck::env
