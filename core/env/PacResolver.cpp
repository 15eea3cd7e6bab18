// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/PacResolver.h"

#include "env/FileRead.h"
#include "env/ProxyRules.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>

namespace gatecheck::env {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};
} // namespace

PacResolver::PacResolver(QList<QUrl> candidates, QUrl target, PacLimits limits, QObject *parent)
    : QObject(parent)
    , m_candidates(std::move(candidates))
    , m_target(std::move(target))
    , m_limits(limits)
{
    m_fetchTimer.setSingleShot(true);
    connect(&m_fetchTimer, &QTimer::timeout, this, &PacResolver::onFetchDeadline);
}

PacResolver::~PacResolver()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void PacResolver::start()
{
    if (m_nam || m_finished)
        return;
    m_nam = new QNetworkAccessManager(this);
    m_nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    tryNext();
}

void PacResolver::tryNext()
{
    if (m_candidates.isEmpty()) {
        m_outcome.error = m_failures.isEmpty() ? Text::tr("no proxy configuration URL to fetch")
                                               : m_failures.join(QLatin1String("; "));
        finish();
        return;
    }
    const QUrl url = m_candidates.takeFirst();
    m_outcome.pacUrl = url;
    if (url.isLocalFile()) {
        QString error;
        const auto data = readCapped(url.toLocalFile(), m_limits.maxBytes, &error);
        if (!data) {
            m_failures << error;
            tryNext();
            return;
        }
        m_outcome.fetched = true;
        m_outcome.bytes = data->size();
        evaluate(*data);
        return;
    }
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        m_failures << Text::tr("%1: not an http, https or file URL").arg(url.toString());
        tryNext();
        return;
    }
    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(3);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_body.clear();
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply)
            return;
        m_body += m_reply->read(m_limits.maxBytes + 1 - m_body.size());
        if (m_body.size() > m_limits.maxBytes) {
            m_reply->setProperty("gatecheck_too_large", true);
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &PacResolver::onReplyFinished);
    m_fetchTimer.start(m_limits.fetchTimeout);
}

void PacResolver::onFetchDeadline()
{
    if (!m_reply)
        return;
    m_reply->setProperty("gatecheck_timeout", true);
    m_reply->abort();
}

void PacResolver::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_fetchTimer.stop();
    reply->deleteLater();
    if (reply->isOpen() && reply->bytesAvailable() > 0 && m_body.size() <= m_limits.maxBytes)
        m_body += reply->read(m_limits.maxBytes + 1 - m_body.size());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_outcome.httpStatus = status;
    const QString where = m_outcome.pacUrl.toString();
    if (reply->property("gatecheck_timeout").toBool()) {
        m_failures << Text::tr("%1: no answer within %2 ms").arg(where).arg(m_limits.fetchTimeout.count());
    } else if (reply->property("gatecheck_too_large").toBool() || m_body.size() > m_limits.maxBytes) {
        m_failures << Text::tr("%1: larger than %2 bytes, not a proxy configuration").arg(where).arg(m_limits.maxBytes);
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        m_failures << Text::tr("%1: %2").arg(where, reply->errorString());
    } else if (status != 200) {
        m_failures << Text::tr("%1: the server answered HTTP %2").arg(where).arg(status);
    } else {
        m_outcome.fetched = true;
        m_outcome.bytes = m_body.size();
        evaluate(m_body);
        return;
    }
    tryNext();
}

void PacResolver::evaluate(const QByteArray &script)
{
    m_evaluator = std::make_unique<PacEvaluator>(script, pacQueryUrl(m_target), m_limits.evalTimeout);
    connect(m_evaluator.get(), &PacEvaluator::finished, this, [this] {
        m_outcome.result = m_evaluator->result();
        if (!m_outcome.result.ok)
            m_outcome.error = m_outcome.result.error;
        finish();
    });
    m_evaluator->start();
}

void PacResolver::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace gatecheck::env
