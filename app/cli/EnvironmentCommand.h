// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gatecheck::cli {

// `gatecheck-cli environment [--json] [--url URL | --profile NAME]`: prints what this computer
// contributes — proxies, VPNs and routes, browser extensions, trust roots, DNS settings.
int runEnvironment(const QStringList &arguments);

} // namespace gatecheck::cli
