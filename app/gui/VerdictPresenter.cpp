// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdictPresenter.h"

#include <QRegularExpression>

namespace gatecheck::gui {

QString VerdictPresenter::whoShouldAct(WhoFixes who, const QString &serviceName)
{
    switch (who) {
    case WhoFixes::Vendor:
        return tr("%1 has to fix this").arg(serviceName);
    case WhoFixes::It:
        return tr("Your IT support or network administrator has to act");
    case WhoFixes::User:
        return tr("You can fix this on this computer");
    case WhoFixes::Isp:
        return tr("Your internet provider has to act");
    case WhoFixes::None:
        return tr("Nobody needs to act");
    }
    return {};
}

QString VerdictPresenter::whoDetail(WhoFixes who, const QString &serviceName)
{
    switch (who) {
    case WhoFixes::Vendor:
        return tr("The problem is on %1's side. Changing settings here will not help; waiting or contacting %1 will.")
            .arg(serviceName);
    case WhoFixes::It:
        return tr("Something between this computer and the internet (a proxy, firewall or filter) is in the way. "
                  "Send IT the report.");
    case WhoFixes::User:
        return tr("The cause is a setting or program on this computer.");
    case WhoFixes::Isp:
        return tr("The fault is in your internet connection beyond your office.");
    case WhoFixes::None:
        return tr("Every check got a normal answer.");
    }
    return {};
}

VerdictStep VerdictPresenter::splitStep(const QString &step)
{
    // Rules may write "Wait 15 minutes — Xero reports an incident" or put the reason on a
    // second line; both read as action plus reason.
    static const QRegularExpression separator(QStringLiteral("\\s+[—–]\\s+|\\n"));
    const QRegularExpressionMatch m = separator.match(step);
    if (!m.hasMatch())
        return {step.trimmed(), {}};
    QString reason = step.mid(m.capturedEnd()).trimmed();
    if (!reason.isEmpty())
        reason[0] = reason.at(0).toUpper(); // it reads as a sentence of its own
    return {step.left(m.capturedStart()).trimmed(), reason};
}

VerdictView VerdictPresenter::present(const Diagnosis &diagnosis, const VendorProfile &profile, bool cancelled)
{
    VerdictView view;
    const QString service = profile.displayName.isEmpty() ? profile.primaryUrl.host() : profile.displayName;
    const Finding primary = diagnosis.findings.isEmpty() ? Finding {} : diagnosis.findings.constFirst();
    view.headline = diagnosis.verdict.headline.isEmpty() ? primary.title : diagnosis.verdict.headline;
    view.summary = diagnosis.verdict.summary.isEmpty() ? primary.detail : diagnosis.verdict.summary;
    const WhoFixes who = diagnosis.findings.isEmpty() ? diagnosis.verdict.whoFixes : primary.whoFixes;
    view.whoShouldAct = whoShouldAct(who, service);
    view.whoDetail = whoDetail(who, service);

    if (cancelled) {
        view.tone = Tone::Info;
        view.toneLabel = tr("Stopped early");
        view.headline = tr("The check was stopped before it finished");
        view.summary = tr("What was measured so far is in the details. Run the check again for a full answer.");
        view.whoShouldAct.clear();
        view.whoDetail.clear();
        return view;
    }

    switch (primary.severity) {
    case Severity::Problem:
        view.tone = Tone::Problem;
        view.toneLabel = tr("Problem found");
        break;
    case Severity::Warning:
        view.tone = Tone::Warning;
        view.toneLabel = tr("Worth a look");
        break;
    case Severity::Info:
        const bool ok = diagnosis.verdict.code == QLatin1String("ok") || who == WhoFixes::None;
        view.tone = ok ? Tone::Good : Tone::Info;
        view.toneLabel = ok ? tr("Looks fine") : tr("For your information");
        break;
    }
    if (view.headline.isEmpty())
        view.headline = tr("No conclusion could be drawn");

    // The primary finding's own steps first; then the first step of every other finding
    // that matters, with that finding as the reason.
    QStringList seen;
    const auto addStep = [&](VerdictStep step, const QString &fallbackReason) {
        if (step.action.isEmpty() || seen.contains(step.action) || view.steps.size() >= MaxSteps)
            return;
        seen << step.action;
        if (step.reason.isEmpty())
            step.reason = fallbackReason;
        view.steps << step;
    };
    for (const QString &s : primary.nextSteps)
        addStep(splitStep(s), view.steps.isEmpty() ? primary.title : QString());
    for (int i = 1; i < diagnosis.findings.size(); ++i) {
        const Finding &f = diagnosis.findings.at(i);
        if (f.severity == Severity::Info || f.nextSteps.isEmpty())
            continue;
        addStep(splitStep(f.nextSteps.constFirst()), f.title);
    }
    return view;
}

QString VerdictPresenter::plainText(const VerdictView &view, const QString &serviceName)
{
    QString text = tr("Gatecheck result for %1").arg(serviceName) + QLatin1Char('\n');
    text += view.toneLabel + QStringLiteral(": ") + view.headline + QLatin1Char('\n');
    if (!view.whoShouldAct.isEmpty())
        text += view.whoShouldAct + QLatin1Char('\n');
    if (!view.summary.isEmpty())
        text += QLatin1Char('\n') + view.summary + QLatin1Char('\n');
    if (!view.steps.isEmpty()) {
        text += QLatin1Char('\n') + tr("What to do now:") + QLatin1Char('\n');
        for (int i = 0; i < view.steps.size(); ++i) {
            text += QStringLiteral("%1. %2").arg(i + 1).arg(view.steps.at(i).action);
            if (!view.steps.at(i).reason.isEmpty())
                text += QStringLiteral(" (%1)").arg(view.steps.at(i).reason);
            text += QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace gatecheck::gui
