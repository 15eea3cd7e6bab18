// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "evidence/Observations.h"

#include <QString>

namespace gatecheck::cli {

// The human-readable rendering of one run for a terminal: verdict first, then the evidence
// as aligned tables (DNS per resolver, each path, TLS chains, TCP, status page).
QString renderEvidenceText(const Evidence &evidence, const Diagnosis &diagnosis);

} // namespace gatecheck::cli
