// SPDX-License-Identifier: GPL-3.0-or-later
// waf_challenge: the vendor's bot protection answered instead of the app. A challenge a
// browser can pass is weak evidence (Gatecheck is not a browser); a block page is not.
#include "diagnosis/Codes.h"
#include "diagnosis/Rules.h"

#include <QCoreApplication>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WafRule)
};

} // namespace

QList<Finding> wafRule(const RuleContext &ctx)
{
    QList<PathView> blocked;
    bool hardBlock = false;
    for (const PathView &p : ctx.paths()) {
        if (p.hop.outcome != Outcome::Blocked)
            continue;
        blocked << p;
        hardBlock |= !p.hop.challenge;
    }
    if (blocked.isEmpty())
        return {};
    const QString vendor = ctx.vendor();
    const PathView &first = blocked.constFirst();
    const QString product = first.hop.name;
    const bool somewhereFine = ctx.anyPathWorks();

    Finding f =
        makeFinding(FindingCode::WafChallenge, hardBlock && !somewhereFine ? Severity::Problem : Severity::Warning,
            hardBlock ? WhoFixes::Vendor : WhoFixes::User, hardBlock ? 0.8 : 0.55);
    QString reference;
    for (const PathView &p : std::as_const(blocked)) {
        f.evidence << p.http->id;
        if (reference.isEmpty())
            reference = p.hop.reference;
    }
    if (hardBlock) {
        f.title = Text::tr("%1's firewall (%2) is blocking connections from this network").arg(vendor, product);
        f.detail = Text::tr("Instead of %1's page, the security service in front of %1 (%2) answered with a block "
                            "page (%3, status %4): the request never reached %1's app. %1 decides that, usually "
                            "because of the reputation of this network's internet address - a VPN, a shared office "
                            "connection, or another user of the same address.")
                       .arg(vendor, product, first.hop.detail)
                       .arg(first.http->status);
        f.nextSteps << Text::tr("Try from another network, for example your phone's hotspot, to confirm it is this "
                                "network that is blocked.")
                    << Text::tr("If you use a VPN, turn it off and try again.");
        f.nextSteps << supportSteps(ctx, reference);
    } else {
        f.title = Text::tr("%1's bot protection (%2) asks for a browser check").arg(vendor, product);
        f.detail =
            Text::tr("Instead of %1's page, %1's protection service (%2) answered with a check that only a real "
                     "browser can pass (\"Just a moment...\", \"Checking your browser\"; %3). Gatecheck is not a "
                     "browser, so it may be shown this check when you are not. If your browser shows the "
                     "check again and again, %1's protection is treating this connection as suspicious - "
                     "common with VPNs, shared office connections and privacy extensions.")
                .arg(vendor, product, first.hop.detail);
        f.nextSteps << Text::tr("In your browser, let the check finish (or tick the box) and wait a few seconds.")
                    << Text::tr("If it keeps coming back, turn off any VPN and any privacy or ad-blocking extension "
                                "for %1, then try again.")
                           .arg(vendor)
                    << Text::tr("If it still does not let you in, contact %1 support and quote %2.")
                           .arg(vendor, reference.isEmpty() ? Text::tr("the time it happened") : reference);
    }
    return {f};
}

} // namespace gatecheck
