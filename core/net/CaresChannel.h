// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/DnsMessage.h"
#include "net/ResolverEndpoint.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

class QSocketNotifier;
struct ares_channeldata;

namespace gatecheck::dns {

// One c-ares channel talking to exactly one server, driven by the Qt event loop: c-ares
// reports which sockets it wants watched (socket-state callback), QSocketNotifiers feed
// ares_process_fd, and a single-shot timer follows ares_timeout. No thread, no blocking.
//
// Results are handed out from the event loop, never from inside a c-ares callback, so the
// receiver may delete this object (or its owner) in its handler. Destroying the channel
// cancels whatever is in flight; handlers are not called after that.
class CaresChannel : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(RecordType, const Answer &)>;

    explicit CaresChannel(Handler handler, QObject *parent = nullptr);
    ~CaresChannel() override;

    // Creates the channel for `server`. UDP falls back to TCP on truncation; `tcpOnly`
    // uses TCP for everything. c-ares' own timeout and retries are sized to end within
    // `budget`. Returns false with `error` set when c-ares cannot be set up.
    bool open(const ResolverEndpoint &server, bool tcpOnly, std::chrono::milliseconds budget, QString *error);
    // Sends one query; its Answer arrives later through the handler (exactly once unless
    // the channel is destroyed first).
    void query(const QString &name, RecordType type);
    // Stops handing out results at once and destroys the channel from the event loop — for
    // a receiver that is done while inside its handler.
    void shutdownLater();

    // c-ares' per-try timeout and try count chosen for a budget (exposed for tests).
    struct Retry
    {
        int timeoutMs;
        int tries;
    };
    static Retry retryFor(std::chrono::milliseconds budget, bool tcpOnly);

private:
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };
    struct QueryContext;
    struct Callbacks; // the c-ares callbacks, defined where c-ares' types are known
    friend struct Callbacks;

    void watch(qintptr fd, bool readable, bool writable);
    void retire(QSocketNotifier *&notifier);
    void process(qintptr readFd, qintptr writeFd);
    void rearmTimer();
    void scheduleDelivery();
    void deliver();
    Answer failure(int status) const;

    Handler m_handler;
    ares_channeldata *m_channel = nullptr;
    ResolverEndpoint m_server;
    bool m_tcpOnly = false;
    bool m_closing = false;
    bool m_deliveryScheduled = false;
    QHash<qintptr, Watch> m_watches;
    QSet<qintptr> m_tcpSockets;
    bool m_tcpFallback = false; // a TCP socket was opened on a UDP channel (truncated answer)
    int m_answersAccepted = 0; // responses c-ares matched to a query
    int m_unmatchedUdpReads = 0; // readable UDP sockets that gave c-ares no answer
    int m_unmatchedTcpReads = 0;
    qintptr m_processing = -1; // the socket being read right now
    bool m_processingClosed = false; // ... and c-ares closed it while reading
    QTimer m_timer;
    QList<QPair<RecordType, Answer>> m_ready;
};

} // namespace gatecheck::dns
