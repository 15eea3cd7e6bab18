// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"

#include <QJsonObject>

namespace gatecheck {

// A whole diagnosis as {"verdict": {...}, "findings": [...]}, the shape the history stores and
// the report schema embeds (docs/report-schema.md).
QJsonObject diagnosisToJson(const Diagnosis &diagnosis);
Diagnosis diagnosisFromJson(const QJsonObject &o);

} // namespace gatecheck
