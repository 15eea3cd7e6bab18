// SPDX-License-Identifier: GPL-3.0-or-later
// STUB: the real parser arrives with the diagnosis work.
#include "net/StatuspageParser.h"

namespace gatecheck {

StatusObservation parseStatuspageSummary(const QByteArray &, qint64)
{
    StatusObservation s;
    s.error = {ErrorCode::NotSupported, QStringLiteral("the Statuspage parser is not implemented yet")};
    return s;
}

} // namespace gatecheck
