// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/VendorProfile.h"

namespace gatecheck {

// The shipped profiles (resources/profiles/*.json, compiled in) plus the user's own
// (a directory of *.json files). Lookup is by id, or by a path to a JSON file.
class ProfileRegistry
{
public:
    ProfileRegistry(); // loads the shipped profiles
    void addUserDirectory(const QString &dir, QStringList *errors = nullptr);

    QList<VendorProfile> profiles() const { return m_profiles; }
    std::optional<VendorProfile> find(const QString &idOrFile, QString *error = nullptr) const;

private:
    QList<VendorProfile> m_profiles;
};

} // namespace gatecheck
