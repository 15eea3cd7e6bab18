// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/PacEvaluator.h"

#include "env/PacHost.h"

#include <QCoreApplication>
#include <QFile>
#include <QJSEngine>
#include <QMutex>
#include <QPointer>
#include <QThread>

namespace gatecheck::env {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

QString helpersSource()
{
    QFile file(QStringLiteral(":/gatecheck/env/pac-helpers.js"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString describeError(const QJSValue &error)
{
    const QString message = error.property(QStringLiteral("message")).toString();
    const int line = error.property(QStringLiteral("lineNumber")).toInt();
    return line > 0 ? Text::tr("%1 (line %2)").arg(message).arg(line) : message;
}

} // namespace

// State shared with the worker thread; the evaluator may be gone before the worker ends.
struct PacEvaluator::Shared
{
    QMutex mutex;
    QJSEngine *engine = nullptr; // valid while the worker evaluates
    bool interrupted = false; // guarded by mutex
    PacResult result;
};

PacEvaluator::PacEvaluator(QByteArray script, QUrl url, std::chrono::milliseconds deadline, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
    , m_url(std::move(url))
    , m_deadline(deadline)
    , m_shared(std::make_shared<Shared>())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PacEvaluator::onDeadline);
}

PacEvaluator::~PacEvaluator()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->interrupted = true;
        if (m_shared->engine)
            m_shared->engine->setInterrupted(true);
    }
    m_thread->disconnect(this);
    // Interrupted, the worker ends within one name lookup at most; if it still runs, it
    // deletes its thread object itself when done rather than blocking us.
    if (!m_thread->wait(2000))
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    else
        delete m_thread;
}

void PacEvaluator::start()
{
    if (m_thread || m_finished)
        return;
    const qint64 deadlineAt = QDateTime::currentMSecsSinceEpoch() + m_deadline.count();
    auto shared = m_shared;
    const QString script = QString::fromUtf8(m_script);
    const QString url = m_url.toString(QUrl::FullyEncoded);
    const QString host = m_url.host();
    const QDateTime fixedTime = m_fixedTime;
    const auto resolveTimeout = m_resolveTimeout;
    m_thread = QThread::create([shared, script, url, host, fixedTime, resolveTimeout, deadlineAt] {
        PacResult result;
        // Declared before the engine so the engine (which references it) goes first.
        PacHost hostObject(fixedTime, resolveTimeout, deadlineAt, [shared] {
            QMutexLocker lock(&shared->mutex);
            return shared->interrupted;
        });
        QJSEngine engine;
        QJSEngine::setObjectOwnership(&hostObject, QJSEngine::CppOwnership);
        {
            QMutexLocker lock(&shared->mutex);
            if (shared->interrupted)
                return;
            shared->engine = &engine;
        }
        engine.globalObject().setProperty(QStringLiteral("__gatecheck"), engine.newQObject(&hostObject));
        const QString helpers = helpersSource();
        QJSValue value = engine.evaluate(helpers, QStringLiteral("pac-helpers.js"));
        if (helpers.isEmpty() || value.isError()) {
            result.error = Text::tr("the PAC helper functions did not load");
        } else {
            value = engine.evaluate(script, QStringLiteral("proxy.pac"));
            if (value.isError()) {
                result.error = Text::tr("the script does not run: %1").arg(describeError(value));
            } else {
                QJSValue function = engine.globalObject().property(QStringLiteral("FindProxyForURLEx"));
                if (!function.isCallable())
                    function = engine.globalObject().property(QStringLiteral("FindProxyForURL"));
                if (!function.isCallable()) {
                    result.error = Text::tr("the script defines no FindProxyForURL function");
                } else {
                    const QJSValue answer = function.call({QJSValue(url), QJSValue(host)});
                    if (answer.isError())
                        result.error = Text::tr("FindProxyForURL failed: %1").arg(describeError(answer));
                    else if (!answer.isString())
                        result.error =
                            Text::tr("FindProxyForURL returned no text (%1)").arg(answer.toString().left(80));
                    else {
                        result.ok = true;
                        result.value = answer.toString().simplified().left(2000);
                    }
                }
            }
        }
        result.log = hostObject.messages();
        QMutexLocker lock(&shared->mutex);
        shared->engine = nullptr;
        if (shared->interrupted) {
            result.ok = false;
            result.timedOut = true;
        }
        shared->result = result;
    });
    connect(m_thread, &QThread::finished, this, &PacEvaluator::onWorkerDone);
    m_timer.start(m_deadline);
    m_thread->start();
}

void PacEvaluator::onWorkerDone()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    {
        QMutexLocker lock(&m_shared->mutex);
        m_result = m_shared->result;
    }
    emit finished();
}

void PacEvaluator::onDeadline()
{
    if (m_finished)
        return;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->interrupted = true;
        if (m_shared->engine)
            m_shared->engine->setInterrupted(true);
    }
    m_finished = true;
    m_result = PacResult {};
    m_result.timedOut = true;
    m_result.error = Text::tr("the script did not answer within %1 ms").arg(m_deadline.count());
    emit finished();
}

} // namespace gatecheck::env
