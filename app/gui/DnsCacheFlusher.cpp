// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsCacheFlusher.h"

#include <QTimer>

namespace gatecheck::gui {

QString UnavailableDnsFlusher::explanation() const
{
    return tr("Clearing the DNS cache is not available in this version of Gatecheck.");
}

void UnavailableDnsFlusher::flush()
{
    QTimer::singleShot(0, this, [this] {
        DnsFlushResult r;
        r.message = explanation();
        emit finished(r);
    });
}

} // namespace gatecheck::gui
