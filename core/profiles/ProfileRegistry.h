// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/VendorProfile.h"

namespace gatecheck {

// The shipped profiles (resources/profiles/*.json, compiled in under :/gatecheck/profiles/)
// plus the user's own (a directory of *.json files). Lookup is by id, or by a path to a JSON
// file. A user profile with the id of a shipped one replaces it (so an office can correct
// a vendor's hosts before Gatecheck is updated).
class ProfileRegistry
{
public:
    ProfileRegistry(); // loads the shipped profiles
    void addUserDirectory(const QString &dir, QStringList *errors = nullptr);

    QList<VendorProfile> profiles() const { return m_profiles; }
    std::optional<VendorProfile> find(const QString &idOrFile, QString *error = nullptr) const;
    // Problems met while loading (a broken user profile is skipped, not fatal).
    QStringList loadErrors() const { return m_errors; }

    // Reads one profile file (size-capped, schema-checked).
    static std::optional<VendorProfile> loadFile(const QString &path, QString *error = nullptr);
    // <AppDataLocation>/profiles, e.g. ~/.local/share/Gatecheck/gatecheck/profiles.
    static QString defaultUserDirectory();
    static QString shippedDirectory() { return QStringLiteral(":/gatecheck/profiles"); }

private:
    void addDirectory(const QString &dir, QStringList *errors);
    void add(const VendorProfile &profile);

    QList<VendorProfile> m_profiles;
    QStringList m_errors;
};

} // namespace gatecheck
