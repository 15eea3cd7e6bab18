// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

namespace gatecheck::env {

struct PacResult
{
    bool ok = false;
    QString value; // what FindProxyForURL returned, e.g. "PROXY p:3128; DIRECT"
    QString error; // why there is no value (syntax error, exception, deadline)
    bool timedOut = false;
    QStringList log; // the script's alert() messages
};

// Runs a proxy auto-config script's FindProxyForURL(url, host) (or FindProxyForURLEx when
// defined, as Windows does) in a real JavaScript engine (QJSEngine) with the standard helper
// functions. Evaluation blocks, so it runs on its own thread; at the deadline the engine is
// interrupted and finished() is emitted at once with a timeout, whatever the script does
// (endless loops, slow name lookups). Emits finished() exactly once.
class PacEvaluator : public QObject
{
    Q_OBJECT
public:
    PacEvaluator(QByteArray script, QUrl url, std::chrono::milliseconds deadline, QObject *parent = nullptr);
    ~PacEvaluator() override;

    // For tests: the clock the date/time helpers see.
    void setFixedTime(const QDateTime &time) { m_fixedTime = time; }
    // The longest a single dnsResolve() may wait (still bounded by the deadline).
    void setResolveTimeout(std::chrono::milliseconds timeout) { m_resolveTimeout = timeout; }

    void start();
    bool isFinished() const { return m_finished; }
    const PacResult &result() const { return m_result; }

signals:
    void finished();

private:
    struct Shared;
    void onWorkerDone();
    void onDeadline();

    QByteArray m_script;
    QUrl m_url;
    std::chrono::milliseconds m_deadline;
    std::chrono::milliseconds m_resolveTimeout {2000};
    QDateTime m_fixedTime;
    QTimer m_timer;
    std::shared_ptr<Shared> m_shared;
    class QThread *m_thread = nullptr;
    PacResult m_result;
    bool m_finished = false;
};

} // namespace gatecheck::env
