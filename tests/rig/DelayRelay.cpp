// SPDX-License-Identifier: GPL-3.0-or-later
#include "DelayRelay.h"

#include "HostileHttp.h"
#include "Netns.h"

namespace gatecheck::rig {

DelayRelay::DelayRelay(QString targetHost, quint16 targetPort, std::chrono::milliseconds delay, const Netns *ns)
    : m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
    , m_delay(delay)
    , m_ns(ns)
    , m_process(QStringLiteral("delay-relay"))
{ }

bool DelayRelay::start(QString *error)
{
    m_port = freeTcpPort();
    const QStringList args {QStringLiteral(GATECHECK_RIG_DIR "/delay_relay.py"), QStringLiteral("--port"),
        QString::number(m_port), QStringLiteral("--target"),
        QStringLiteral("%1:%2").arg(m_targetHost).arg(m_targetPort), QStringLiteral("--delay-ms"),
        QString::number(m_delay.count())};
    if (!m_process.start(rigPython(), args, m_ns ? m_ns->execPrefix() : QStringList())
        || !m_process.waitForOutput(QStringLiteral("listening on"), std::chrono::seconds(20))) {
        if (error)
            *error = m_process.lastError();
        return false;
    }
    return true;
}

} // namespace gatecheck::rig
