// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "env/DnsFlush.h"
#include "evidence/Observations.h"

#include <QString>

namespace gatecheck::cli {

// Terminal renderings of the environment facts and of a DNS flush.
QString renderEnvironmentText(const EnvironmentFacts &facts, const QString &target);
QString renderFlushText(const DnsFlushResult &result);

} // namespace gatecheck::cli
