// SPDX-License-Identifier: GPL-3.0-or-later
#include "Squid.h"

#include "Netns.h"
#include "NetnsScope.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace gatecheck::rig {

namespace {
QAtomicInt g_instances;
}

Squid::Squid(const Netns *ns)
    : m_ns(ns)
    , m_process(QStringLiteral("squid"))
{ }

void Squid::addHost(const QString &name, const QString &address)
{
    m_hosts += (address + QLatin1Char(' ') + name + QLatin1Char('\n')).toUtf8();
}

bool Squid::start(QString *error)
{
    m_port = freeTcpPort();
    const QByteArray dir = m_process.dir().toUtf8();
    QByteArray conf = "http_port " + m_listen.toLatin1() + ":" + QByteArray::number(m_port) + "\n";
    conf += "pid_filename " + dir
        + "/squid.pid\n"
          "cache_log stdio:"
        + dir
        + "/cache.log\n"
          "access_log stdio:"
        + dir
        + "/access.log squid\n"
          "cache_store_log none\n"
          "coredump_dir "
        + dir
        + "\n"
          "cache deny all\n"
          "cache_mem 8 MB\n"
          "visible_hostname gatecheck-rig\n"
          "hosts_file "
        + dir
        + "/hosts\n"
          // Never ask the machine's real resolver: unknown names fail on loopback.
          "dns_nameservers 127.0.0.1\n"
          "shutdown_lifetime 0 seconds\n"
          "pinger_enable off\n"
          "connect_timeout 5 seconds\n"
          "forwarded_for on\n";
    if (m_auth) {
        conf += "auth_param basic program /usr/lib/squid/basic_ncsa_auth " + dir
            + "/passwd\n"
              "auth_param basic realm gatecheck-rig\n"
              "acl authenticated proxy_auth REQUIRED\n"
              "http_access allow authenticated\n"
              "http_access deny all\n";
    } else {
        conf += "http_access allow all\n";
    }
    // Squid refuses to run as root and switches to "proxy", who must be able to write here.
    if (::geteuid() == 0) {
        conf += "cache_effective_user proxy\n";
        ::chmod(dir.constData(), 0777);
    }
    if (!m_process.writeFile(QStringLiteral("squid.conf"), conf)
        || !m_process.writeFile(QStringLiteral("hosts"), m_hosts)
        || !m_process.writeFile(QStringLiteral("passwd"), "gatecheck:$apr1$rig$0123456789abcdefghijkl\n")) {
        if (error)
            *error = QStringLiteral("cannot write squid configuration in %1").arg(m_process.dir());
        return false;
    }
    // A service name of its own: squid names its shared-memory segments after it, so
    // parallel instances (and a crashed one's leftovers) never collide.
    const QString service =
        QStringLiteral("gc%1x%2").arg(QCoreApplication::applicationPid()).arg(g_instances.fetchAndAddRelaxed(1));
    const QStringList args {QStringLiteral("-n"), service, QStringLiteral("-N"), QStringLiteral("-d"),
        QStringLiteral("1"), QStringLiteral("-f"), m_process.filePath(QStringLiteral("squid.conf"))};
    if (!m_process.start(findProgram(QStringLiteral("squid")), args, m_ns ? m_ns->execPrefix() : QStringList())) {
        if (error)
            *error = m_process.lastError();
        return false;
    }
    // Squid can take a few seconds to start on a loaded machine.
    return waitForTcpIn(m_ns, m_process, QHostAddress(m_listen), m_port, std::chrono::seconds(30), error);
}

QStringList Squid::accessLog() const
{
    QFile log(m_process.filePath(QStringLiteral("access.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace gatecheck::rig
