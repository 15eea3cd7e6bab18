// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

namespace gatecheck::history {

// "GCK1": marks a SQLite file as a Gatecheck history (PRAGMA application_id).
inline constexpr int ApplicationId = 0x47434b31;

// Brings the database from its PRAGMA user_version up to `targetVersion`, one migration step
// per version, all in one transaction: an interrupted migration leaves the old schema intact.
// Refuses files that belong to another application or to a newer Gatecheck.
bool migrate(QSqlDatabase &db, int targetVersion, QString *error);

} // namespace gatecheck::history
