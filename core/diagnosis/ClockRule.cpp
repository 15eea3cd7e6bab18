// SPDX-License-Identifier: GPL-3.0-or-later
// clock_skew: from the environment's clock check (servers' Date headers), and from TLS
// "expired" / "not yet valid" errors on a certificate that a correct clock would accept.
#include "diagnosis/Codes.h"
#include "diagnosis/Rules.h"

#include <QCoreApplication>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClockRule)
};

constexpr qint64 kWarnSeconds = 5 * 60; // sign-in sessions and one-time codes start failing
constexpr qint64 kBreaksTlsSeconds = 24 * 3600; // certificates start looking expired or not yet valid

QString duration(qint64 seconds)
{
    const qint64 s = std::llabs(seconds);
    if (s >= 2 * 86400)
        return Text::tr("%1 days").arg(s / 86400);
    if (s >= 2 * 3600)
        return Text::tr("%1 hours").arg(s / 3600);
    if (s >= 120)
        return Text::tr("%1 minutes").arg(s / 60);
    return Text::tr("%1 seconds").arg(s);
}

bool dateError(const QStringList &errors)
{
    for (const QString &e : errors)
        if (e.contains(QLatin1String("expired"), Qt::CaseInsensitive)
            || e.contains(QLatin1String("not yet valid"), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

QList<Finding> clockRule(const RuleContext &ctx)
{
    const Evidence &e = ctx.evidence();
    const EnvironmentFacts &env = e.environment;
    const qint64 offset = env.clockChecked ? env.clockOffsetSeconds : 0;

    // TLS date errors where the leaf's validity does not contain the moment this computer
    // thinks it is: a wrong clock, unless the measured offset says the clock is right.
    QStringList tlsIds;
    qint64 impliedOffset = 0;
    const QDateTime now = e.startedAt;
    for (const TlsObservation *t : ctx.tls()) {
        if (t->chain.isEmpty() || !(dateError(t->systemErrors) || dateError(t->publicRootErrors)))
            continue;
        const CertificateInfo &leaf = t->chain.first();
        if (!now.isValid() || !leaf.notBefore.isValid() || !leaf.notAfter.isValid())
            continue;
        if (now < leaf.notBefore)
            impliedOffset = -now.secsTo(leaf.notBefore); // behind
        else if (now > leaf.notAfter)
            impliedOffset = leaf.notAfter.secsTo(now); // ahead
        else
            continue;
        tlsIds << t->id;
    }
    const bool clockLooksRight = env.clockChecked && env.clockSamples > 0 && std::llabs(offset) < kWarnSeconds;
    if (!tlsIds.isEmpty() && clockLooksRight)
        tlsIds.clear(); // the certificate really is out of date: not this computer's clock

    const qint64 magnitude = std::max(std::llabs(offset), std::llabs(impliedOffset));
    if (tlsIds.isEmpty() && (!env.clockChecked || std::llabs(offset) < kWarnSeconds))
        return {};
    const bool breaksTls = !tlsIds.isEmpty() || std::llabs(offset) >= kBreaksTlsSeconds;
    const qint64 shown = env.clockChecked && std::llabs(offset) >= kWarnSeconds ? offset : impliedOffset;

    Finding f = makeFinding(FindingCode::ClockSkew, breaksTls ? Severity::Problem : Severity::Warning, WhoFixes::User,
        env.clockChecked ? 0.9 : 0.7);
    const QString by = duration(magnitude);
    const QString direction = shown > 0 ? Text::tr("ahead") : Text::tr("behind");
    if (!tlsIds.isEmpty())
        f.title = Text::tr("This computer's clock is wrong by %1 - that breaks secure connections to %2")
                      .arg(by, ctx.vendor());
    else
        f.title = Text::tr("This computer's clock is %1 %2").arg(by, direction);
    QStringList parts;
    if (env.clockChecked && std::llabs(offset) >= kWarnSeconds)
        parts << Text::tr("This computer's clock is about %1 %2 of the time the servers report.").arg(by, direction);
    if (!tlsIds.isEmpty())
        parts << Text::tr("Because of that, %1's certificate looks %2 to this computer, so secure connections fail "
                          "(browsers say \"Your clock is ahead/behind\" or NET::ERR_CERT_DATE_INVALID).")
                     .arg(ctx.vendor(), impliedOffset > 0 ? Text::tr("expired") : Text::tr("not valid yet"));
    else
        parts << Text::tr("Secure connections still work, but sign-in sessions and one-time codes can fail with a "
                          "clock this far off.");
    f.detail = parts.join(QLatin1Char(' '));
    f.nextSteps << Text::tr("Set the date and time automatically: Windows: Settings > Time & language > Date & time > "
                            "\"Set time automatically\"; Mac: System Settings > General > Date & Time.")
                << Text::tr("Check the time zone is right too, then try %1 again.").arg(ctx.vendor());
    f.evidence = tlsIds;
    if (env.clockChecked)
        f.evidence << QStringLiteral("environment:clock");
    return {f};
}

} // namespace gatecheck
