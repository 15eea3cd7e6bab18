// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/CaresChannel.h"

#include "net/CaresApi.h"

#include <QPointer>
#include <QSocketNotifier>

#include <memory>
#include <utility>

namespace gatecheck::dns {

namespace {

// ares_library_init once per process (it sets up Winsock on Windows); never cleaned up,
// since channels may live until exit.
int libraryStatus()
{
    static const int status = ares_library_init(ARES_LIB_INIT_ALL);
    return status;
}

constexpr qintptr NoSocket = -1;

ares_socket_t toAres(qintptr fd)
{
    return fd == NoSocket ? ARES_SOCKET_BAD : static_cast<ares_socket_t>(fd);
}

} // namespace

struct CaresChannel::QueryContext
{
    CaresChannel *channel;
    RecordType type;
    QString name;
};

struct CaresChannel::Callbacks
{
    static void socketState(void *data, ares_socket_t fd, int readable, int writable)
    {
        static_cast<CaresChannel *>(data)->watch(static_cast<qintptr>(fd), readable != 0, writable != 0);
    }

    static int socketCreated(ares_socket_t fd, int type, void *data)
    {
        auto *self = static_cast<CaresChannel *>(data);
        if (type == SOCK_STREAM) {
            self->m_tcpSockets.insert(static_cast<qintptr>(fd));
            self->m_tcpFallback |= !self->m_tcpOnly;
        } else {
            self->m_tcpSockets.remove(static_cast<qintptr>(fd)); // a reused descriptor number
        }
        return ARES_SUCCESS;
    }

    // Called by c-ares exactly once per query, also on cancel and destroy.
    static void queryDone(void *arg, int status, int /*timeouts*/, unsigned char *abuf, int alen)
    {
        const std::unique_ptr<QueryContext> context(static_cast<QueryContext *>(arg));
        CaresChannel *self = context->channel;
        if (self->m_closing || status == ARES_ECANCELLED || status == ARES_EDESTRUCTION)
            return;
        Answer answer;
        if (abuf && alen > 0) {
            // Any response c-ares matched to the query (with NOCHECKRESP also SERVFAIL,
            // REFUSED, ...): the rcode and records are read from the message itself.
            ++self->m_answersAccepted;
            answer = parseAnswer(QByteArray(reinterpret_cast<const char *>(abuf), alen), context->type, context->name);
        } else {
            answer = self->failure(status);
        }
        self->m_ready.append({context->type, answer});
        self->scheduleDelivery();
    }
};

CaresChannel::CaresChannel(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { process(NoSocket, NoSocket); });
}

CaresChannel::~CaresChannel()
{
    // Never reached from inside a c-ares callback: results are delivered from the event
    // loop, so destroying the channel here is safe. Cancel first so every query's callback
    // has run (and been ignored) before the channel goes.
    m_closing = true;
    m_timer.stop();
    if (m_channel) {
        ares_cancel(m_channel);
        ares_destroy(m_channel);
        m_channel = nullptr;
    }
    for (Watch &w : m_watches) {
        retire(w.read);
        retire(w.write);
    }
}

CaresChannel::Retry CaresChannel::retryFor(std::chrono::milliseconds budget, bool tcpOnly)
{
    // Leave a fifth of the budget for a TCP retry after truncation and for the event loop
    // on a busy machine.
    const qint64 usable = budget.count() * 4 / 5;
    // Over TCP, c-ares never resends a query on the connection that timed out, so the
    // first timeout ends it: give that one try the whole budget.
    if (tcpOnly)
        return {static_cast<int>(qMax<qint64>(50, usable)), 1};
    // Over UDP it doubles the timeout on each try: t + 2t (+ 4t).
    const int tries = usable >= 1500 ? 3 : 2;
    const qint64 spans = (qint64(1) << tries) - 1;
    return {static_cast<int>(qMax<qint64>(50, usable / spans)), tries};
}

bool CaresChannel::open(const ResolverEndpoint &server, bool tcpOnly, std::chrono::milliseconds budget, QString *error)
{
    m_server = server;
    m_tcpOnly = tcpOnly;
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (libraryStatus() != ARES_SUCCESS)
        return fail(tr("c-ares could not be initialised: %1").arg(QString::fromLatin1(ares_strerror(libraryStatus()))));

    const Retry retry = retryFor(budget, tcpOnly);
    ares_options options {};
    int mask = ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_SOCK_STATE_CB | ARES_OPT_DOMAINS;
    // NOCHECKRESP: a SERVFAIL or REFUSED is evidence, not a reason to try elsewhere.
    options.flags = ARES_FLAG_NOCHECKRESP | ARES_FLAG_NOSEARCH | (tcpOnly ? ARES_FLAG_USEVC : 0);
    options.timeout = retry.timeoutMs;
    options.tries = retry.tries;
    options.sock_state_cb = &Callbacks::socketState;
    options.sock_state_cb_data = this;
    options.domains = nullptr;
    options.ndomains = 0;
#ifdef ARES_OPT_QUERY_CACHE
    // A diagnosis must see the server's answer now, not one c-ares remembered (1.23+).
    options.qcache_max_ttl = 0;
    mask |= ARES_OPT_QUERY_CACHE;
#endif
    ares_channel channel = nullptr;
    int status = ares_init_options(&channel, &options, mask);
    if (status != ARES_SUCCESS) {
        if (channel)
            ares_destroy(channel);
        return fail(tr("c-ares could not create a channel: %1").arg(QString::fromLatin1(ares_strerror(status))));
    }
    m_channel = channel;
    ares_set_socket_callback(m_channel, &Callbacks::socketCreated, this);
    // Exactly one server, set before any query (1.18 cannot change servers on a busy channel).
    status = ares_set_servers_ports_csv(m_channel, server.toString().toLatin1().constData());
    if (status != ARES_SUCCESS)
        return fail(tr("c-ares does not accept the server %1: %2")
                        .arg(server.toString(), QString::fromLatin1(ares_strerror(status))));
    return true;
}

void CaresChannel::query(const QString &name, RecordType type)
{
    const QString wire = wireName(name);
    if (!m_channel || wire.isEmpty()) {
        Answer answer;
        answer.error = {ErrorCode::Other, tr("\"%1\" is not a valid host name").arg(name)};
        m_ready.append({type, answer});
        scheduleDelivery();
        return;
    }
    auto *context = new QueryContext {this, type, wire};
    ares_query(
        m_channel, wire.toLatin1().constData(), 1 /* C_IN */, static_cast<int>(type), &Callbacks::queryDone, context);
    rearmTimer();
}

void CaresChannel::shutdownLater()
{
    m_closing = true;
    m_timer.stop();
    m_ready.clear();
    for (Watch &w : m_watches) {
        if (w.read)
            w.read->setEnabled(false);
        if (w.write)
            w.write->setEnabled(false);
    }
    deleteLater();
}

void CaresChannel::watch(qintptr fd, bool readable, bool writable)
{
    Watch &w = m_watches[fd];
    const auto arm = [this, fd](QSocketNotifier *&notifier, QSocketNotifier::Type type, bool wanted) {
        if (!wanted) {
            retire(notifier);
            return;
        }
        if (!notifier) {
            notifier = new QSocketNotifier(fd, type, this);
            connect(notifier, &QSocketNotifier::activated, this, [this, fd, type] {
                if (type == QSocketNotifier::Read)
                    process(fd, NoSocket);
                else
                    process(NoSocket, fd);
            });
        }
        notifier->setEnabled(!m_closing);
    };
    arm(w.read, QSocketNotifier::Read, readable);
    arm(w.write, QSocketNotifier::Write, writable);
    if (!w.read && !w.write) {
        m_watches.remove(fd);
        m_processingClosed |= fd == m_processing;
    }
}

void CaresChannel::retire(QSocketNotifier *&notifier)
{
    if (!notifier)
        return;
    // The descriptor is about to be closed (and its number may be reused at once): stop
    // watching now; the object itself goes later, since we may be inside its own signal.
    notifier->setEnabled(false);
    notifier->disconnect(this);
    notifier->deleteLater();
    notifier = nullptr;
}

void CaresChannel::process(qintptr readFd, qintptr writeFd)
{
    if (!m_channel || m_closing)
        return;
    const int acceptedBefore = m_answersAccepted;
    const bool tcpRead = readFd != NoSocket && m_tcpSockets.contains(readFd);
    m_processing = readFd;
    m_processingClosed = false;
    ares_process_fd(m_channel, toAres(readFd), toAres(writeFd));
    m_processing = NoSocket;
    // Data arrived that c-ares did not take as an answer: junk, a wrong ID or question, a
    // short header, a truncated reply, or part of a TCP message. Remembered so a later
    // timeout can say the server did reply, just not usably. A read that made c-ares close
    // the socket was an error (ICMP unreachable, a reset, EOF), not data.
    if (readFd != NoSocket && m_answersAccepted == acceptedBefore && !m_processingClosed)
        ++(tcpRead ? m_unmatchedTcpReads : m_unmatchedUdpReads);
    rearmTimer();
}

void CaresChannel::rearmTimer()
{
    if (!m_channel || m_closing)
        return;
    timeval tv {};
    const timeval *next = ares_timeout(m_channel, nullptr, &tv);
    if (!next) {
        m_timer.stop();
        return;
    }
    const qint64 ms = qint64(next->tv_sec) * 1000 + (next->tv_usec + 999) / 1000;
    m_timer.start(static_cast<int>(qBound<qint64>(0, ms, qint64(24) * 3600 * 1000)));
}

void CaresChannel::scheduleDelivery()
{
    if (m_deliveryScheduled)
        return;
    m_deliveryScheduled = true;
    QMetaObject::invokeMethod(this, &CaresChannel::deliver, Qt::QueuedConnection);
}

void CaresChannel::deliver()
{
    m_deliveryScheduled = false;
    const auto ready = std::exchange(m_ready, {});
    const QPointer<CaresChannel> alive(this);
    for (const auto &[type, answer] : ready) {
        if (!alive || m_closing)
            return;
        m_handler(type, answer); // may destroy this channel
    }
}

Answer CaresChannel::failure(int status) const
{
    const QString server = m_server.toString();
    const QString transport = m_tcpOnly ? QStringLiteral("TCP") : QStringLiteral("UDP");
    Answer answer;
    switch (status) {
    case ARES_ETIMEOUT:
        if (m_unmatchedTcpReads > 0)
            answer.error = {
                ErrorCode::DnsMalformed, tr("Over TCP, %1 sent data that is not a usable DNS answer").arg(server)};
        else if (!m_tcpFallback && m_unmatchedUdpReads > 0)
            answer.error = {ErrorCode::DnsMalformed,
                tr("%1 replied, but nothing it sent was a valid answer to the question "
                   "(not DNS, cut short, or with the wrong ID or question)")
                    .arg(server)};
        else if (m_tcpFallback)
            answer.error = {ErrorCode::Timeout,
                tr("The answer from %1 was truncated over UDP and the TCP retry got no answer in time").arg(server)};
        else
            answer.error = {ErrorCode::Timeout, tr("No answer from %1 over %2 in time").arg(server, transport)};
        break;
    case ARES_ECONNREFUSED:
        answer.error = {ErrorCode::ConnectionRefused,
            tr("Nothing answered DNS at %1 over %2 (refused, or closed without an answer)")
                .arg(server, m_tcpFallback ? QStringLiteral("TCP") : transport)};
        break;
    case ARES_EBADRESP:
    case ARES_EFORMERR:
        answer.error = {ErrorCode::DnsMalformed, tr("%1 sent a reply that cannot be decoded").arg(server)};
        break;
    default:
        answer.error = {
            ErrorCode::Other, tr("The query to %1 failed: %2").arg(server, QString::fromLatin1(ares_strerror(status)))};
        break;
    }
    return answer;
}

} // namespace gatecheck::dns
