// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

namespace gatecheck::env {

// Linux desktop proxy settings, which Chrome, Edge and GNOME/KDE programs follow (and which
// Firefox follows in its default "use system settings" mode).

// `gsettings list-recursively org.gnome.system.proxy` output -> "schema key" -> value text
// with GVariant quoting removed (strings unquoted, arrays as "a, b").
QMap<QString, QString> parseGsettingsList(const QString &output);
// GVariant text for a string array ("['localhost', '127.0.0.0/8']", "@as []") -> items.
QStringList parseGvariantStringArray(const QString &text);

// Nullopt when mode is "none" and nothing else is set (nothing worth reporting).
std::optional<ProxySetting> gnomeProxySetting(const QMap<QString, QString> &settings, const QUrl &target);

// ~/.config/kioslaverc, [Proxy Settings] group. `values` keys are as written.
QMap<QString, QString> parseKdeIni(const QString &text, const QString &group);
std::optional<ProxySetting> kdeProxySetting(const QMap<QString, QString> &proxySettings, const QUrl &target);

} // namespace gatecheck::env
