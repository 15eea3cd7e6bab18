// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "env/PacEvaluator.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace gatecheck::env {

struct PacLimits
{
    std::chrono::milliseconds fetchTimeout {5000};
    std::chrono::milliseconds evalTimeout {3000};
    qint64 maxBytes = 1024 * 1024; // real PAC files are a few KiB; 1 MiB is generous
};

struct PacOutcome
{
    QUrl pacUrl; // the URL that was fetched (for WPAD: the candidate that answered)
    bool fetched = false;
    qint64 bytes = 0;
    int httpStatus = 0;
    QString error; // fetch error, or the evaluator's error
    PacResult result; // valid when fetched
};

// Fetches a proxy auto-config file (directly, never through a proxy, as browsers do), with a
// deadline and a size cap, and evaluates it for one URL. With several candidate URLs (WPAD
// discovery) the first that answers 200 is used. Emits finished() exactly once.
class PacResolver : public QObject
{
    Q_OBJECT
public:
    PacResolver(QList<QUrl> candidates, QUrl target, PacLimits limits = {}, QObject *parent = nullptr);
    ~PacResolver() override;

    void start();
    bool isFinished() const { return m_finished; }
    const PacOutcome &outcome() const { return m_outcome; }

signals:
    void finished();

private:
    void tryNext();
    void onFetchDeadline();
    void onReplyFinished();
    void evaluate(const QByteArray &script);
    void finish();

    QList<QUrl> m_candidates;
    QUrl m_target;
    PacLimits m_limits;
    QNetworkAccessManager *m_nam = nullptr;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;
    QTimer m_fetchTimer;
    std::unique_ptr<PacEvaluator> m_evaluator;
    PacOutcome m_outcome;
    QStringList m_failures;
    bool m_finished = false;
};

} // namespace gatecheck::env
