// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gatecheck::cli {

// `gatecheck-cli compare A.json B.json [--json]` (or history:ID): what differs between two runs,
// the differences that explain a problem first. Exit status: 0 no differences, 1 differences.
int runCompare(const QStringList &arguments);

} // namespace gatecheck::cli
