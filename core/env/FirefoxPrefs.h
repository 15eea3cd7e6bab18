// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QMap>
#include <QString>
#include <QUrl>
#include <QVariant>

namespace gatecheck::env {

// Firefox's prefs.js / user.js: one `user_pref("name", value);` per statement, value a JS
// string, integer or boolean. Anything else is skipped and counted, never fatal.
struct FirefoxPrefs
{
    QMap<QString, QVariant> values;
    int skipped = 0;
};
FirefoxPrefs parseFirefoxPrefs(const QString &text);

// Firefox's own proxy choice (network.proxy.*), which overrides the system's unless it is
// "use system proxy settings" (5, the default when the pref is absent). `profile` names it.
ProxySetting firefoxProxySetting(const FirefoxPrefs &prefs, const QString &profile, const QUrl &target);

// Firefox DNS-over-HTTPS (network.trr.*) in words, or empty when it is at the default.
QString firefoxDohSetting(const FirefoxPrefs &prefs, const QString &profile);

} // namespace gatecheck::env
