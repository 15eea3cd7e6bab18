// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the live scenario tests (tst_scenarios_*): requirements and assertions on the
// verdict of a real `gatecheck-cli diagnose --json` run.
#pragma once

#include "Scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#define SCENARIO_CLI GATECHECK_BINARY_DIR "/app/cli/gatecheck-cli"

#define SCENARIO_REQUIRE()                                                                                             \
    do {                                                                                                               \
        RIG_REQUIRE_NETNS();                                                                                           \
        RIG_REQUIRE_PROGRAM("nginx");                                                                                  \
        RIG_REQUIRE_PROGRAM("dnsmasq");                                                                                \
        RIG_REQUIRE_PROGRAM("unbound");                                                                                \
        RIG_REQUIRE_PROGRAM("openssl");                                                                                \
        QVERIFY2(QFile::exists(QStringLiteral(SCENARIO_CLI)), "gatecheck-cli is not built");                           \
    } while (false)

// The verdict, who fixes it, and that the run ended on its own with a parseable report.
#define SCENARIO_EXPECT(result, code, who)                                                                             \
    do {                                                                                                               \
        QVERIFY2((result).finished, (result).describe().toUtf8().constData());                                         \
        QVERIFY2(!(result).json.isEmpty(), (result).describe().toUtf8().constData());                                  \
        qInfo("scenario %s: %s (who %s) in %lld ms", QTest::currentTestFunction(),                                     \
            qPrintable(gatecheck::rig::verdictCode((result).json)),                                                    \
            qPrintable(gatecheck::rig::verdictWho((result).json)), static_cast<long long>(lastElapsed));               \
        QVERIFY2(gatecheck::rig::verdictCode((result).json) == QLatin1String(code)                                     \
                && gatecheck::rig::verdictWho((result).json) == QLatin1String(who),                                    \
            gatecheck::rig::describeDiagnosis(result).constData());                                                    \
        QCOMPARE((result).exitCode, QLatin1String(code) == QLatin1String("ok") ? 0 : 1);                               \
    } while (false)
