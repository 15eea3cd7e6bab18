// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetnsScope.h"

#include "Netns.h"
#include "RigProcess.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sched.h>
#include <unistd.h>

namespace gatecheck::rig {

NetnsScope::NetnsScope(const Netns &ns)
{
    // thread-self, not self: setns() moves one thread, so remember this thread's own namespace.
    m_original = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    const QByteArray path = QStringLiteral("/run/netns/%1").arg(ns.name()).toLocal8Bit();
    const int target = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (m_original < 0 || target < 0) {
        m_error = QStringLiteral("cannot open %1: %2")
                      .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(std::strerror(errno)));
    } else if (::setns(target, CLONE_NEWNET) != 0) {
        m_error = QStringLiteral("setns(%1) failed: %2").arg(ns.name(), QString::fromLocal8Bit(std::strerror(errno)));
    } else {
        m_active = true;
    }
    if (target >= 0)
        ::close(target);
}

NetnsScope::~NetnsScope()
{
    if (m_active)
        ::setns(m_original, CLONE_NEWNET);
    if (m_original >= 0)
        ::close(m_original);
}

bool waitForTcpIn(const Netns *ns, RigProcess &process, const QHostAddress &address, quint16 port,
    std::chrono::milliseconds timeout, QString *error)
{
    std::optional<NetnsScope> scope;
    if (ns) {
        scope.emplace(*ns);
        if (!scope->isActive()) {
            if (error)
                *error = scope->error();
            return false;
        }
    }
    if (process.waitForTcp(address, port, timeout))
        return true;
    if (error)
        *error = process.lastError();
    return false;
}

} // namespace gatecheck::rig
