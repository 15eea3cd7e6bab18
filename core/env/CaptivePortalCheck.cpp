// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/CaptivePortalCheck.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>

namespace gatecheck::env {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

constexpr qint64 kMaxBody = 64 * 1024;

QString titleOf(const QByteArray &body)
{
    static const QRegularExpression title(
        QStringLiteral("<title[^>]*>([^<]{1,200})"), QRegularExpression::CaseInsensitiveOption);
    const auto m = title.match(QString::fromUtf8(body.left(kMaxBody)));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

} // namespace

CaptiveExpectation captiveExpectationFor(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("captive.apple.com"))
        return {200, "Success"};
    if (host == QLatin1String("www.msftconnecttest.com"))
        return {200, "Microsoft Connect Test"};
    if (host == QLatin1String("detectportal.firefox.com"))
        return {200, "success"};
    if (host == QLatin1String("nmcheck.gnome.org"))
        return {200, "NetworkManager is online"};
    return {204, {}};
}

CaptivePortalCheck::CaptivePortalCheck(
    QUrl url, CaptiveExpectation expectation, std::chrono::milliseconds deadline, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_expectation(std::move(expectation))
    , m_deadline(deadline)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

CaptivePortalCheck::~CaptivePortalCheck()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void CaptivePortalCheck::start()
{
    if (m_nam || m_finished)
        return;
    m_nam = new QNetworkAccessManager(this);
    // The check is about the network path itself, so it never goes through a proxy.
    m_nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_body += m_reply->read(kMaxBody - m_body.size());
        if (m_body.size() >= kMaxBody)
            m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::finished, this, &CaptivePortalCheck::onFinished);
    m_timer.start(m_deadline);
}

void CaptivePortalCheck::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_timer.stop();
    reply->deleteLater();
    if (reply->isOpen() && m_body.size() < kMaxBody)
        m_body += reply->read(kMaxBody - m_body.size());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = m_url.toString();
    if (status == 0) {
        m_result.checked = false;
        m_result.detail = m_timedOut ? Text::tr("%1 did not answer within %2 ms").arg(where).arg(m_deadline.count())
                                     : Text::tr("%1 could not be reached: %2").arg(where, reply->errorString());
    } else if (status >= 300 && status < 400) {
        m_result.checked = true;
        m_result.portal = true;
        const QString location = QString::fromUtf8(reply->rawHeader("Location"));
        m_result.detail = Text::tr("a plain-HTTP check to %1 was redirected (HTTP %2) to %3 — a sign-in page "
                                   "(captive portal) or a filter is intercepting web traffic")
                              .arg(where)
                              .arg(status)
                              .arg(location.isEmpty() ? Text::tr("an unnamed place") : location);
    } else if (status == m_expectation.status
        && (m_expectation.bodyContains.isEmpty() || m_body.contains(m_expectation.bodyContains))
        && (status != 204 || m_body.isEmpty())) {
        m_result.checked = true;
        m_result.detail = Text::tr("%1 answered as expected (HTTP %2): no captive portal").arg(where).arg(status);
    } else {
        m_result.checked = true;
        m_result.portal = true;
        const QString title = titleOf(m_body);
        m_result.detail = Text::tr("%1 answered HTTP %2 with %3 bytes%4 instead of its usual answer — something "
                                   "on the network substituted the content (a captive portal or a filter)")
                              .arg(where)
                              .arg(status)
                              .arg(m_body.size())
                              .arg(title.isEmpty() ? QString() : Text::tr(" (page \"%1\")").arg(title));
    }
    finish();
}

void CaptivePortalCheck::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace gatecheck::env
