// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gatecheck::cli {

// `gatecheck-cli flush-dns [--host NAME]... [--json]`: flushes the OS DNS cache and shows the
// system resolver's answers before and after.
int runFlushDns(const QStringList &arguments);

} // namespace gatecheck::cli
