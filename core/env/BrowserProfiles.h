// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace gatecheck::env {

enum class OsKind { Linux, Windows, MacOS };
OsKind currentOs();

// Where one browser keeps its profiles.
struct BrowserInstall
{
    QString browser; // "chrome" | "edge" | "brave" | "chromium" | "vivaldi" | "opera" | "firefox"
    QString root; // Chromium "User Data" directory, or Firefox's profiles.ini directory
    bool singleProfile = false; // Opera keeps its one profile directly in the root
};

// Every known location for `os` under `home` (and %LOCALAPPDATA%/%APPDATA% on Windows),
// whether or not it exists.
QList<BrowserInstall> browserInstalls(OsKind os, const QString &home, const QProcessEnvironment &env);

// What reading the browsers' files on disk found, without running any browser.
struct BrowserScan
{
    QList<BrowserExtensionInfo> extensions;
    QList<ProxySetting> proxies; // Firefox's own proxy settings, per profile
    QStringList dohSettings; // browser DNS-over-HTTPS settings, in words
    QStringList profilesRead; // "chrome/Default", "firefox/default-release"
    QStringList notes; // what could not be read, in plain words
};

// Chromium family: Local State (profile names, DoH), each profile's Preferences and Secure
// Preferences (extension settings), each extension's manifest.json (+ _locales).
void scanChromium(const BrowserInstall &install, const QStringList &hosts, BrowserScan &scan);
// Firefox: profiles.ini, each profile's extensions.json and prefs.js/user.js.
void scanFirefox(const BrowserInstall &install, const QStringList &hosts, const QUrl &target, BrowserScan &scan);
// All browsers for `os`.
BrowserScan scanBrowsers(
    OsKind os, const QString &home, const QProcessEnvironment &env, const QStringList &hosts, const QUrl &target);

} // namespace gatecheck::env
