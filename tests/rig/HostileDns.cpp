// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileDns.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace gatecheck::rig {

HostileDns::HostileDns(QString mode, int delayMs, QStringList prefix, quint16 port)
    : m_mode(std::move(mode))
    , m_delayMs(delayMs)
    , m_prefix(std::move(prefix))
    , m_fixedPort(port)
{ }

bool HostileDns::start(QString *error)
{
    return run({}, error);
}

bool HostileDns::startDoh(const QString &certChainPath, const QString &keyPath, QString *error)
{
    return run({QStringLiteral("--cert"), certChainPath, QStringLiteral("--key"), keyPath}, error);
}

bool HostileDns::run(const QStringList &extra, QString *error)
{
    // Debian's interpreter: a python3 earlier in PATH may be a separate installation.
    const QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : findProgram(QStringLiteral("python3"));
    const QStringList args = QStringList {QStringLiteral("-u"), QStringLiteral(GATECHECK_RIG_DIR "/hostile_dns.py"),
                                 QStringLiteral("--mode"), m_mode, QStringLiteral("--delay-ms"),
                                 QString::number(m_delayMs), QStringLiteral("--port"), QString::number(m_fixedPort)}
        + extra;
    if (!m_process.start(python, args, m_prefix)
        || !m_process.waitForOutput(QStringLiteral("READY "), std::chrono::seconds(20))) {
        if (error)
            *error = m_process.lastError();
        return false;
    }
    static const QRegularExpression ready(QStringLiteral(R"(READY (\d+))"));
    m_port = static_cast<quint16>(ready.match(m_process.output()).captured(1).toUInt());
    return m_port != 0;
}

QUrl HostileDns::dohUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/dns-query"));
    return url;
}

int HostileDns::requestCount() const
{
    return m_process.output().count(QLatin1String("REQUEST "));
}

} // namespace gatecheck::rig
