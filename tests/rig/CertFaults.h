// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestCa.h"

namespace gatecheck::rig {

// A leaf from `ca` whose validity ended more than a year ago (issued under faketime), for
// "the server presents an expired certificate".
bool issueExpired(
    TestCa &ca, const QString &name, const QStringList &sans, TestCa::Issued *out, QString *error = nullptr);

} // namespace gatecheck::rig
