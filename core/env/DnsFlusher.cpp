// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/DnsFlusher.h"

#include "net/SystemResolverProbe.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>

#include <memory>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DnsFlush)
};

QSet<QString> addressSet(const DnsObservation &o)
{
    QSet<QString> set;
    for (const DnsAddress &a : o.addresses)
        set.insert(a.address);
    return set;
}

} // namespace

DnsFlusher::DnsFlusher(QStringList hosts, std::chrono::milliseconds lookupTimeout, QObject *parent)
    : QObject(parent)
    , m_hosts(std::move(hosts))
    , m_lookupTimeout(lookupTimeout)
    , m_flush(&env::platform::flushDnsCaches)
{ }

DnsFlusher::~DnsFlusher()
{
    for (Probe *p : std::as_const(m_probes))
        p->disconnect(this);
    if (m_thread) {
        m_thread->disconnect(this);
        // A flush waiting for the user's answer to an authorisation prompt cannot be
        // interrupted; let it end on its own and clean up after itself.
        if (m_thread->isRunning())
            connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        else
            delete m_thread;
    }
}

void DnsFlusher::start()
{
    if (m_started)
        return;
    m_started = true;
    resolveAll(&m_before, [this] { flush(); });
}

void DnsFlusher::resolveAll(QList<DnsObservation> *into, std::function<void()> then)
{
    if (m_hosts.isEmpty()) {
        then();
        return;
    }
    auto remaining = std::make_shared<int>(int(m_hosts.size()));
    for (const QString &host : std::as_const(m_hosts)) {
        auto *probe = new SystemResolverProbe(host, m_lookupTimeout, this);
        m_probes << probe;
        connect(probe, &Probe::finished, this, [this, probe, into, remaining, then] {
            into->append(probe->observation());
            m_probes.removeOne(probe);
            probe->deleteLater();
            if (--*remaining == 0)
                then();
        });
        probe->start();
    }
}

void DnsFlusher::flush()
{
    // The flush may block for as long as the user looks at an authorisation prompt.
    auto steps = std::make_shared<QList<DnsFlushStep>>();
    FlushFunction function = m_flush;
    m_thread = QThread::create([steps, function] { *steps = function(); });
    connect(m_thread, &QThread::finished, this, [this, steps] {
        m_steps = *steps;
        resolveAll(&m_after, [this] { compareAndFinish(); });
    });
    m_thread->start();
}

void DnsFlusher::compareAndFinish()
{
    m_result.steps = m_steps;
    m_result.status = flushStatusOf(m_steps);
    m_result.browserAdvice = browserDnsCacheAdvice();
    for (const QString &host : std::as_const(m_hosts)) {
        DnsFlushComparison c;
        c.host = host;
        for (const DnsObservation &o : std::as_const(m_before))
            if (o.host == host)
                c.before = o;
        for (const DnsObservation &o : std::as_const(m_after))
            if (o.host == host)
                c.after = o;
        c.changed = addressSet(c.before) != addressSet(c.after) || c.before.error.code != c.after.error.code;
        m_result.comparisons << c;
    }
    QStringList flushed;
    for (const DnsFlushStep &s : std::as_const(m_steps))
        if (s.outcome == QLatin1String("flushed"))
            flushed << s.cache;
    if (m_result.status == QLatin1String("flushed"))
        m_result.summary = Text::tr("Flushed: %1.").arg(flushed.join(QLatin1String(", ")));
    else if (m_result.status == QLatin1String("declined"))
        m_result.summary = Text::tr("Nothing was flushed: the administrator approval was declined or not given.");
    else if (m_result.status == QLatin1String("failed"))
        m_result.summary = Text::tr("The DNS cache could not be flushed (see the steps for why).");
    else
        m_result.summary = Text::tr("This computer keeps no DNS cache that could be flushed: every lookup goes to "
                                    "the configured DNS servers directly, so there is nothing stale to clear here.");
    int changed = 0;
    int unresolved = 0;
    for (const DnsFlushComparison &c : std::as_const(m_result.comparisons)) {
        changed += c.changed ? 1 : 0;
        unresolved += c.before.error.isError() && c.after.error.isError() ? 1 : 0;
    }
    if (changed > 0)
        m_result.summary +=
            QLatin1Char(' ') + Text::tr("%n name(s) now resolve differently than before the flush.", nullptr, changed);
    else if (unresolved == m_result.comparisons.size() && unresolved > 0)
        m_result.summary += QLatin1Char(' ') + Text::tr("The names could not be resolved, before or after.");
    else if (!m_result.comparisons.isEmpty())
        m_result.summary += QLatin1Char(' ') + Text::tr("The names checked resolve the same as before.");
    emit finished();
}

} // namespace gatecheck
