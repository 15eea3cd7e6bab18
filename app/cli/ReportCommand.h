// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gatecheck::cli {

// `gatecheck-cli report SAVED.json --format pdf|html|json|txt|md --out FILE [--rediagnose]`:
// renders a saved report (or `diagnose --json` output, or bare evidence) again, redacted by
// default, optionally re-diagnosed by today's rules.
int runReport(const QStringList &arguments);

} // namespace gatecheck::cli
