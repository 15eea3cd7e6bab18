// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/Diagnose.h"

#include "diagnosis/Rules.h"
#include "diagnosis/Verdict.h"

namespace gatecheck {

Diagnosis diagnose(const Evidence &evidence, const VendorProfile &profile)
{
    const RuleContext ctx(evidence, profile);
    QList<Finding> findings;
    findings << statusRules(ctx) << vendorErrorRule(ctx) << wafRule(ctx) << proxyRules(ctx) << tlsRules(ctx)
             << clockRule(ctx) << dnsResolutionRules(ctx) << dnsTamperingRules(ctx) << connectivityRules(ctx)
             << localSetupRules(ctx);
    return composeVerdict(ctx, findings);
}

} // namespace gatecheck
