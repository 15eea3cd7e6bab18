// SPDX-License-Identifier: GPL-3.0-or-later
// STUB: loading shipped and user profiles arrives with the diagnosis work.
#include "profiles/ProfileRegistry.h"

namespace gatecheck {

ProfileRegistry::ProfileRegistry() = default;

void ProfileRegistry::addUserDirectory(const QString &, QStringList *) {}

std::optional<VendorProfile> ProfileRegistry::find(const QString &idOrFile, QString *error) const
{
    for (const VendorProfile &p : m_profiles)
        if (p.id == idOrFile)
            return p;
    if (error)
        *error = QStringLiteral("no profile named \"%1\"").arg(idOrFile);
    return std::nullopt;
}

} // namespace gatecheck
