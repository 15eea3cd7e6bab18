// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the GUI tests and the screenshot driver: recorded results (fixtures) and a
// runner that replays them through the same DiagnosisRunner seam the engine uses. It stands
// in only where the network cannot yet produce a result (probes are stubs on this branch,
// and a recovery needs a service that first fails and then works).

#include "DiagnosisRunner.h"
#include "evidence/EvidenceJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace gatecheck::gui::test {

struct Recorded
{
    Evidence evidence;
    Diagnosis diagnosis;
};

// Loads tests/data/gui/<name>: {"evidence": {...}, "diagnosis": {"verdict": ..., "findings": [...]}}.
inline Recorded loadFixture(const QString &name, QString *error = nullptr)
{
    Recorded r;
    QFile file(QStringLiteral(GATECHECK_TEST_DATA "/gui/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return r;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (const auto e = evidenceFromJson(root.value(QStringLiteral("evidence")).toObject(), error))
        r.evidence = *e;
    const QJsonObject d = root.value(QStringLiteral("diagnosis")).toObject();
    r.diagnosis.verdict = verdictFromJson(d.value(QStringLiteral("verdict")).toObject());
    const QJsonArray findings = d.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue &f : findings)
        r.diagnosis.findings << findingFromJson(f.toObject());
    return r;
}

// What the scripted runners play, shared by every runner a factory makes (the window and
// watch mode each make their own).
struct Script
{
    QList<Recorded> results; // played in order; the last one repeats
    int delayMs = 5; // from start() to finished()
    bool hold = false; // stay running until cancel()
    QDateTime clock; // when valid: each result is stamped with this time, then it advances
    int clockStepSeconds = 120;
    int started = 0;
    QList<qint64> latencyJitter; // added to every HTTP time of the n-th run (cycled), for lively charts
};

class ScriptedRunner : public DiagnosisRunner
{
public:
    ScriptedRunner(std::shared_ptr<Script> script, QObject *parent)
        : DiagnosisRunner(parent)
        , m_script(std::move(script))
    { }

    void start(const DiagnosisOptions &) override
    {
        if (m_running)
            return;
        m_running = true;
        const int index = m_script->started++;
        m_current = m_script->results.isEmpty()
            ? Recorded {}
            : m_script->results.value(qMin<int>(index, static_cast<int>(m_script->results.size()) - 1));
        if (m_script->clock.isValid()) {
            m_current.evidence.startedAt = m_script->clock;
            m_current.evidence.finishedAt = m_script->clock.addSecs(5);
            m_script->clock = m_script->clock.addSecs(m_script->clockStepSeconds);
        }
        if (!m_script->latencyJitter.isEmpty()) {
            const qint64 jitter = m_script->latencyJitter.at(index % m_script->latencyJitter.size());
            for (HttpObservation &h : m_current.evidence.http)
                h.timings.totalMs = qMax<qint64>(1, h.timings.totalMs + jitter);
        }
        // The same progress a real run reports: a few probes start, some finish.
        const QStringList ids {QStringLiteral("status:as-browser:x"), QStringLiteral("dns:system:x"),
            QStringLiteral("dns:1.1.1.1:53:x"), QStringLiteral("http:as-browser:x"), QStringLiteral("http:direct:x"),
            QStringLiteral("tls:x:1:443")};
        int n = 0;
        for (const QString &id : ids) {
            emit probeStarted(id, id.section(QLatin1Char(':'), 0, 0));
            ++n;
            emit progressChanged(0, n);
        }
        emit probeFinished(ids.at(0), QStringLiteral("status"), true);
        emit probeFinished(ids.at(1), QStringLiteral("dns"), true);
        emit probeFinished(ids.at(2), QStringLiteral("dns"), false);
        emit progressChanged(3, static_cast<int>(ids.size()));
        if (!m_script->hold)
            QTimer::singleShot(m_script->delayMs, this, [this] { finish(false); });
    }

    void cancel() override
    {
        if (m_running)
            QTimer::singleShot(0, this, [this] { finish(true); });
    }

    bool isRunning() const override { return m_running; }

private:
    void finish(bool cancelled)
    {
        if (!m_running)
            return;
        m_running = false;
        m_current.evidence.cancelled = cancelled;
        emit finished(m_current.evidence, m_current.diagnosis);
    }

    std::shared_ptr<Script> m_script;
    Recorded m_current;
    bool m_running = false;
};

inline RunnerFactory scriptedFactory(const std::shared_ptr<Script> &script)
{
    return [script](QObject *parent) -> DiagnosisRunner * { return new ScriptedRunner(script, parent); };
}

// Points QSettings and the history database at a directory of the test's own, so tests
// never read or write the user's settings and may run in parallel. Call before any QSettings.
inline void isolateUserFiles(const QTemporaryDir &dir)
{
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("HOME", dir.path().toUtf8());
}

} // namespace gatecheck::gui::test

// main() for GUI tests: user files isolated first, then the same application setup as the app.
#define GATECHECK_GUI_TEST_MAIN(TestClass)                                                                             \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        QTemporaryDir userFiles;                                                                                       \
        gatecheck::gui::test::isolateUserFiles(userFiles);                                                             \
        QApplication app(argc, argv);                                                                                  \
        gatecheck::gui::setupApplication(app);                                                                         \
        QApplication::setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        TestClass tc;                                                                                                  \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
