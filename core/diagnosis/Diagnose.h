// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "evidence/Observations.h"
#include "profiles/VendorProfile.h"

namespace gatecheck {

// Runs every rule over the evidence and picks the verdict by the documented precedence
// (docs/findings.md). Pure: no I/O, same input → same output.
Diagnosis diagnose(const Evidence &evidence, const VendorProfile &profile);

} // namespace gatecheck
