// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gatecheck::cli {

// `gatecheck-cli profiles [--json]`: lists the vendor profiles `diagnose --profile` accepts
// (shipped and the user's own), and any profile that failed to load. Returns the exit status.
int runProfiles(const QStringList &arguments);

} // namespace gatecheck::cli
