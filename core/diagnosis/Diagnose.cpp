// SPDX-License-Identifier: GPL-3.0-or-later
// STUB: the rules arrive with the diagnosis work. Until then every run is "ok" with a note.
#include "diagnosis/Diagnose.h"

#include <QCoreApplication>

namespace gatecheck {

Diagnosis diagnose(const Evidence &, const VendorProfile &profile)
{
    Diagnosis d;
    Finding f;
    f.code = QStringLiteral("ok");
    f.title = QCoreApplication::translate("Diagnose", "No rules yet for %1").arg(profile.displayName);
    d.findings << f;
    d.verdict = {f.code, WhoFixes::None, f.title, f.detail};
    return d;
}

} // namespace gatecheck
