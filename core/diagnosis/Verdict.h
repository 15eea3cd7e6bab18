// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/RuleContext.h"

namespace gatecheck {

// The documented precedence (docs/findings.md): lower comes first among findings of the
// same severity. A demonstrated local cause comes before anything about the vendor - the
// worst mistake is telling someone to wait for the vendor when their IT could fix it today.
int precedenceOf(const QString &code);
const QStringList &precedenceOrder();

// Orders the findings, picks the primary one and writes the headline and the summary.
// Adds `ok` and `browser_side` when the browser's path works and nothing is a problem, and
// `inconclusive` when nothing explains a failure.
Diagnosis composeVerdict(const RuleContext &ctx, QList<Finding> findings);

} // namespace gatecheck
