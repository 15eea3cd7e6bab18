// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace gatecheck::env {

// A plain INI reader for files other programs write (Firefox's profiles.ini, KDE's
// kioslaverc): group -> key -> raw value. Unlike QSettings it keeps values verbatim (no
// '%' escapes, no comma lists) and strips KConfig flags such as "key[$e]".
using IniGroups = QMap<QString, QMap<QString, QString>>;
IniGroups parseIni(const QString &text);

} // namespace gatecheck::env
