// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/SystemResolverProbe.h"

#include "net/DnsMessage.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMutex>
#include <QThreadPool>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <netdb.h>
#include <sys/socket.h>
#include <sys/types.h>
#endif

namespace gatecheck {

namespace {

// getaddrinfo cannot be interrupted, so a lookup stuck on a dead resolver holds its thread
// until the OS gives up. The pool is never destroyed: at exit it must not wait for those.
QThreadPool *lookupPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(32);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

struct Lookup
{
    int status = 0; // getaddrinfo's return value
    int sysErrno = 0; // for EAI_SYSTEM
    QStringList addresses;
};

Lookup resolve(const QByteArray &name)
{
#ifdef Q_OS_WIN
    static const bool winsockReady = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    Q_UNUSED(winsockReady)
#endif
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC; // both families, as a browser asks
    hints.ai_socktype = SOCK_STREAM; // one entry per address instead of one per socket type
    addrinfo *result = nullptr;
    Lookup lookup;
    lookup.status = ::getaddrinfo(name.constData(), nullptr, &hints, &result);
    lookup.sysErrno = errno;
    if (lookup.status != 0)
        return lookup;
    for (const addrinfo *ai = result; ai; ai = ai->ai_next) {
        if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6)
            continue;
        const QString text = QHostAddress(ai->ai_addr).toString();
        if (!text.isEmpty() && !lookup.addresses.contains(text)) // keep the OS's order
            lookup.addresses << text;
    }
    ::freeaddrinfo(result);
    return lookup;
}

} // namespace

ProbeError SystemResolverProbe::errorFor(int status, int sysErrno, const QString &host)
{
    Q_UNUSED(sysErrno)
    // An if-chain, not a switch: some platforms give several of these the same value
    // (Windows: EAI_NODATA == EAI_NONAME).
    if (status == EAI_NONAME)
        return {ErrorCode::NxDomain, tr("This computer's resolver says %1 does not exist").arg(host)};
#ifdef EAI_NODATA
    if (status == EAI_NODATA)
        return {ErrorCode::NoData, tr("%1 exists but this computer's resolver found no address for it").arg(host)};
#endif
#ifdef EAI_ADDRFAMILY
    if (status == EAI_ADDRFAMILY)
        return {ErrorCode::NoData, tr("%1 has no address of a usable family").arg(host)};
#endif
    if (status == EAI_AGAIN)
        return {ErrorCode::ServFail,
            tr("Temporary failure in name resolution for %1: the configured DNS server failed, refused or "
               "did not answer")
                .arg(host)};
    if (status == EAI_FAIL)
        return {ErrorCode::Other, tr("Non-recoverable failure in name resolution for %1").arg(host)};
#ifdef EAI_SYSTEM
    if (status == EAI_SYSTEM)
        return {ErrorCode::Other,
            tr("The resolver failed for %1: %2").arg(host, QString::fromLocal8Bit(std::strerror(sysErrno)))};
#endif
#ifdef Q_OS_WIN
    return {ErrorCode::Other, tr("The resolver failed for %1 (error %2)").arg(host).arg(status)};
#else
    return {ErrorCode::Other,
        tr("The resolver failed for %1: %2").arg(host, QString::fromLocal8Bit(::gai_strerror(status)))};
#endif
}

// Shared with the worker: who, if anyone, still wants the answer.
struct SystemResolverProbe::Pending
{
    QMutex mutex;
    SystemResolverProbe *probe = nullptr; // cleared when the probe stops or dies
};

SystemResolverProbe::SystemResolverProbe(QString host, std::chrono::milliseconds deadline, QObject *parent)
    : Probe(QStringLiteral("dns:system:") + host, deadline, parent)
{
    m_observation.id = id();
    m_observation.host = host;
    m_observation.method = QStringLiteral("system");
    m_observation.resolver = QStringLiteral("system");
}

SystemResolverProbe::~SystemResolverProbe()
{
    detach();
}

void SystemResolverProbe::detach()
{
    if (!m_pending)
        return;
    QMutexLocker lock(&m_pending->mutex);
    m_pending->probe = nullptr;
    lock.unlock();
    m_pending.reset();
}

void SystemResolverProbe::begin()
{
    // An IP literal goes to getaddrinfo as it is (it answers without asking anyone); a name
    // goes in its IDNA form, as a browser sends it.
    const QHostAddress literal(m_observation.host);
    const QString name = literal.isNull() ? dns::wireName(m_observation.host) : literal.toString();
    if (name.isEmpty()) {
        m_observation.error = {ErrorCode::Other, tr("\"%1\" is not a valid host name").arg(m_observation.host)};
        m_observation.elapsedMs = elapsedMs();
        complete();
        return;
    }
    m_pending = std::make_shared<Pending>();
    m_pending->probe = this;
    const std::shared_ptr<Pending> pending = m_pending;
    lookupPool()->start([pending, ace = name.toLatin1()] {
        const Lookup lookup = resolve(ace);
        QMutexLocker lock(&pending->mutex);
        SystemResolverProbe *probe = pending->probe;
        if (!probe)
            return; // finished, cancelled or destroyed meanwhile: the answer is not wanted
        // Posted while the lock keeps the probe alive; if it is destroyed before the event
        // is delivered, Qt drops the event with it.
        QMetaObject::invokeMethod(
            probe,
            [probe, pending, lookup] {
                if (pending->probe == probe)
                    probe->onResolved(lookup.status, lookup.sysErrno, lookup.addresses);
            },
            Qt::QueuedConnection);
    });
}

void SystemResolverProbe::onResolved(int status, int sysErrno, const QStringList &addresses)
{
    if (isFinished())
        return;
    detach();
    m_observation.elapsedMs = elapsedMs();
    if (status == 0 && !addresses.isEmpty()) {
        for (const QString &address : addresses)
            m_observation.addresses.append({address, -1});
    } else if (status == 0) {
        m_observation.error = {
            ErrorCode::NoData, tr("The resolver returned no address for %1").arg(m_observation.host)};
    } else {
        m_observation.error = errorFor(status, sysErrno, m_observation.host);
    }
    complete();
}

void SystemResolverProbe::stop(const ProbeError &why)
{
    detach(); // a lookup still running in the pool ends unheard
    m_observation.error = why;
    m_observation.elapsedMs = elapsedMs();
}

} // namespace gatecheck
