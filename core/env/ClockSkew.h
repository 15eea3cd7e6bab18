// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gatecheck::env {

// An HTTP Date header (IMF-fixdate, RFC 850 or asctime form) as UTC; nullopt when malformed.
std::optional<QDateTime> parseHttpDate(const QString &text);

// One server's clock reading: its Date header and our clock when the answer arrived.
struct ClockSample
{
    QString server; // one sample per server counts
    QDateTime serverDate;
    QDateTime receivedAt;
};

struct ClockEstimate
{
    int samples = 0;
    qint64 offsetSeconds = 0; // local minus servers (positive = this computer is ahead)
};

// The median offset over distinct servers. A Date header has one-second resolution and is
// stamped before the body is sent, so offsets within a few seconds mean "in sync".
ClockEstimate estimateClockOffset(const QList<ClockSample> &samples);

} // namespace gatecheck::env
