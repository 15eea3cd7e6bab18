// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QByteArray>

namespace gatecheck {

// Parses an Atlassian Statuspage /api/v2/summary.json document. Pure: no I/O. Malformed,
// truncated, oversized or hostile input gives ok=false with a clear error, never a crash.
// Keeps unresolved incidents and in-progress maintenance only.
//
// Bounds (a real page has a few dozen components and a handful of incidents): at most
// StatuspageLimits::maxComponents components and maxIncidents incidents are kept — beyond
// that the result stays ok=true with error "too_large" saying what was dropped — and every
// text is cut to a fixed length. The caller fills id, url, path and elapsedMs.
StatusObservation parseStatuspageSummary(const QByteArray &json, qint64 maxBytes = 2 * 1024 * 1024);

namespace StatuspageLimits {
constexpr int maxComponents = 1000;
constexpr int maxIncidents = 200;
constexpr int maxNameLength = 300;
constexpr int maxUpdateLength = 2000;
} // namespace StatuspageLimits

} // namespace gatecheck
