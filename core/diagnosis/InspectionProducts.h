// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gatecheck {

// Names the TLS-inspection product (corporate proxy, secure web gateway or antivirus HTTPS
// scanning) that a certificate's issuer or subject text belongs to, e.g. "Zscaler",
// "Netskope", "Fortinet", "Kaspersky". Empty when unknown. Shared by the diagnosis rules and
// the trust-store inspector so both name products the same way.
QString inspectionProductFor(const QString &certificateNameText);

} // namespace gatecheck
