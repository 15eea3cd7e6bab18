// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gatecheck::cli {

// `gatecheck-cli diagnose ...`: parses the arguments, runs one diagnosis on the event loop
// and prints the result. Returns the process exit status.
int runDiagnose(const QStringList &arguments);

} // namespace gatecheck::cli
