// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gatecheck::cli {

// `gatecheck-cli history [--limit N] [--json] [--db PATH]`: the stored runs, newest first;
// `--show ID` renders one of them as a report (redacted unless --no-redact).
int runHistory(const QStringList &arguments);

} // namespace gatecheck::cli
