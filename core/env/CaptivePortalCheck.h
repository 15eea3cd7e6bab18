// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace gatecheck::env {

// What a connectivity-check endpoint answers when nothing is in the way.
struct CaptiveExpectation
{
    int status = 204;
    QByteArray bodyContains; // for 200 answers: text the real endpoint always sends
};
// Known public endpoints (Google, Apple, Microsoft, Firefox, GNOME); 204 otherwise.
CaptiveExpectation captiveExpectationFor(const QUrl &url);

struct CaptiveResult
{
    bool checked = false; // an HTTP answer came back, so there is a verdict
    bool portal = false; // redirected or content substituted
    QString detail;
};

// One plain-HTTP GET (no proxy, no redirects followed) to a connectivity-check URL: a
// redirect or a different answer means something on the network intercepts plain HTTP — a
// hotel/guest Wi-Fi login page, typically. Deadline and a 64 KiB body cap. Emits finished()
// exactly once.
class CaptivePortalCheck : public QObject
{
    Q_OBJECT
public:
    CaptivePortalCheck(
        QUrl url, CaptiveExpectation expectation, std::chrono::milliseconds deadline, QObject *parent = nullptr);
    ~CaptivePortalCheck() override;

    void start();
    bool isFinished() const { return m_finished; }
    const CaptiveResult &result() const { return m_result; }

signals:
    void finished();

private:
    void onFinished();
    void finish();

    QUrl m_url;
    CaptiveExpectation m_expectation;
    std::chrono::milliseconds m_deadline;
    QNetworkAccessManager *m_nam = nullptr;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;
    QTimer m_timer;
    bool m_timedOut = false;
    CaptiveResult m_result;
    bool m_finished = false;
};

} // namespace gatecheck::env
