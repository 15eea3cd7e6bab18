// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsCacheFlusher.h"

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace gatecheck::gui {

SystemDnsFlusher::SystemDnsFlusher(QObject *parent)
    : DnsCacheFlusher(parent)
{ }

bool SystemDnsFlusher::needsAdministrator() const
{
#if defined(Q_OS_WIN)
    return false; // DnsFlushResolverCache needs no elevation
#elif defined(Q_OS_UNIX)
    return ::geteuid() != 0; // polkit (systemd-resolved) or the macOS administrator prompt
#else
    return true;
#endif
}

QString SystemDnsFlusher::explanation() const
{
    const QString names =
        m_hosts.isEmpty() ? tr("the service's addresses") : m_hosts.mid(0, 3).join(QLatin1String(", "));
    return tr("Your computer remembers the addresses of websites for a while (the DNS cache). If an address "
              "changed, the remembered one can point to a server that no longer works.\n\nGatecheck will look "
              "up %1, ask the system to forget the stored addresses, and look them up again, so you can see "
              "whether anything changed. Nothing else on your computer is changed.")
        .arg(names);
}

void SystemDnsFlusher::flush()
{
    if (m_running)
        return; // the first request's answer will come
    auto *flusher = new DnsFlusher(m_hosts, std::chrono::seconds(5), this);
    if (m_flushFunction)
        flusher->setFlushFunction(m_flushFunction);
    m_running = flusher;
    connect(flusher, &DnsFlusher::finished, this, [this, flusher] {
        const DnsFlushResult result = flusher->result();
        flusher->deleteLater();
        emit finished(result);
    });
    flusher->start();
}

} // namespace gatecheck::gui
