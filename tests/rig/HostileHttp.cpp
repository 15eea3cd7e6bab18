// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileHttp.h"

#include "Netns.h"
#include "NetnsScope.h"

#include <QFileInfo>

namespace gatecheck::rig {

QString rigPython()
{
    // A python3 first on PATH may be a separate interpreter; the scripts only need the
    // standard library, but Debian's is the one install-deps guarantees.
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : findProgram(QStringLiteral("python3"));
}

QString HostileHttp::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Garbage:
        return QStringLiteral("garbage");
    case Mode::EndlessBody:
        return QStringLiteral("endless-body");
    case Mode::HugeHeaders:
        return QStringLiteral("huge-headers");
    case Mode::LargeHeaders:
        return QStringLiteral("large-headers");
    case Mode::EndlessHeaders:
        return QStringLiteral("endless-headers");
    case Mode::Slowloris:
        return QStringLiteral("slowloris");
    case Mode::Silent:
        return QStringLiteral("silent");
    case Mode::AcceptClose:
        return QStringLiteral("accept-close");
    case Mode::Reset:
        return QStringLiteral("reset");
    }
    return {};
}

HostileHttp::HostileHttp(Mode mode, const Netns *ns)
    : m_mode(mode)
    , m_ns(ns)
    , m_process(QStringLiteral("hostile-") + modeName(mode))
{ }

bool HostileHttp::start(QString *error)
{
    m_port = freeTcpPort();
    const QStringList args {QStringLiteral(GATECHECK_RIG_DIR "/hostile_http.py"), QStringLiteral("--port"),
        QString::number(m_port), QStringLiteral("--mode"), modeName(m_mode)};
    if (!m_process.start(rigPython(), args, m_ns ? m_ns->execPrefix() : QStringList())) {
        if (error)
            *error = m_process.lastError();
        return false;
    }
    // The script prints once it listens; no connection is needed to find out (a probe
    // connection would be answered by the hostile behaviour itself).
    if (!m_process.waitForOutput(QStringLiteral("listening on"), std::chrono::seconds(20))) {
        if (error)
            *error = m_process.lastError();
        return false;
    }
    return true;
}

} // namespace gatecheck::rig
