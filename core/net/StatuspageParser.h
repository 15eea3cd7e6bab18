// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QByteArray>

namespace gatecheck {

// Parses an Atlassian Statuspage /api/v2/summary.json document. Pure: no I/O. Malformed,
// truncated, oversized or hostile input gives ok=false with a clear error, never a crash.
// Keeps unresolved incidents and in-progress maintenance only.
StatusObservation parseStatuspageSummary(const QByteArray &json, qint64 maxBytes = 2 * 1024 * 1024);

} // namespace gatecheck
