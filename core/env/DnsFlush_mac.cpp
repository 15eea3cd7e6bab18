// SPDX-License-Identifier: GPL-3.0-or-later
// macOS: `dscacheutil -flushcache` and SIGHUP to mDNSResponder, both needing root, run through
// the system's administrator prompt. The command is a fixed string: nothing is interpolated.
#include "env/DnsFlush.h"

#include <QCoreApplication>
#include <QProcess>

namespace gatecheck::env::platform {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DnsFlush)
};
} // namespace

QList<DnsFlushStep> flushDnsCaches()
{
    DnsFlushStep step;
    step.cache = QStringLiteral("mDNSResponder");
    step.method = QStringLiteral("dscacheutil -flushcache; killall -HUP mDNSResponder (administrator prompt)");
    QProcess osascript;
    osascript.start(QStringLiteral("/usr/bin/osascript"),
        {QStringLiteral("-e"),
            QStringLiteral("do shell script \"/usr/bin/dscacheutil -flushcache; /usr/bin/killall -HUP "
                           "mDNSResponder\" with administrator privileges")});
    // The user may take a while to answer the prompt.
    if (!osascript.waitForStarted(10000) || !osascript.waitForFinished(180000)) {
        osascript.kill();
        step.outcome = QStringLiteral("failed");
        step.detail = Text::tr("the administrator prompt did not complete");
        return {step};
    }
    const QString error = QString::fromLocal8Bit(osascript.readAllStandardError());
    if (osascript.exitStatus() == QProcess::NormalExit && osascript.exitCode() == 0) {
        step.outcome = QStringLiteral("flushed");
    } else if (error.contains(QLatin1String("(-128)"))) {
        // -128 is AppleScript's "user cancelled", whatever the language of the message.
        step.outcome = QStringLiteral("declined");
        step.detail = Text::tr("the administrator prompt was cancelled");
    } else {
        step.outcome = QStringLiteral("failed");
        step.detail = error.trimmed();
    }
    return {step};
}

} // namespace gatecheck::env::platform
