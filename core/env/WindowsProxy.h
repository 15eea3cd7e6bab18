// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <optional>

namespace gatecheck::env {

// Windows' two proxy configurations, read from the registry or the APIs by the Windows
// backend and from exported text by the tests. Parsing lives here so it runs everywhere.

// The per-user "Internet Options" (WinINet) settings that browsers use.
struct WinInetSettings
{
    bool proxyEnable = false;
    QString proxyServer; // "proxy:8080" or "http=p:80;https=p:443"
    QString proxyOverride; // "<local>;*.corp.example"
    QString autoConfigUrl; // PAC URL
    bool autoDetect = false; // "Automatically detect settings" (WPAD)
    bool fromConnectionBlob = false; // flags came from DefaultConnectionSettings
};

// The machine-wide WinHTTP proxy (`netsh winhttp set proxy`) that services and many
// non-browser programs use; it can differ from the browser's.
struct WinHttpSettings
{
    bool direct = true;
    QString proxyServer;
    QString bypassList;
};

// The DefaultConnectionSettings / WinHttpSettings binary value: a version, a counter, flag
// bits, then length-prefixed proxy, bypass and PAC URL strings. Returns nullopt for a blob
// that is too short or whose lengths run past its end.
struct ConnectionBlob
{
    quint32 flags = 0; // 1 direct, 2 proxy, 4 PAC URL, 8 auto-detect
    QString proxyServer;
    QString bypassList;
    QString autoConfigUrl;
};
std::optional<ConnectionBlob> parseConnectionBlob(const QByteArray &blob);

// A .reg export ("Windows Registry Editor Version 5.00", usually UTF-16 LE): key path
// (case kept, compared case-insensitively by callers) -> value name -> QString, quint32
// (dword) or QByteArray (hex). Malformed lines are skipped and counted in `skipped`.
using RegistryKeys = QMap<QString, QVariantMap>;
RegistryKeys parseRegExport(const QByteArray &data, int *skipped = nullptr);

// WinINet settings from the "Internet Settings" key values and, when present, the binary
// Connections\DefaultConnectionSettings value (the only place the auto-detect flag lives).
WinInetSettings winInetFromValues(const QVariantMap &internetSettings, const QByteArray &defaultConnection);
// Same, from a whole export of HKCU\...\Internet Settings.
std::optional<WinInetSettings> winInetFromExport(const RegistryKeys &keys);

// `netsh winhttp show proxy` (English output). Nullopt when the text is not recognised
// (another language, an error): the caller then says so instead of guessing.
std::optional<WinHttpSettings> parseNetshWinHttp(const QString &output);

// The settings as facts: source "wininet" / "winhttp", with what applies to `target`.
ProxySetting proxySettingFrom(const WinInetSettings &s, const QUrl &target);
ProxySetting proxySettingFrom(const WinHttpSettings &s, const QUrl &target);

} // namespace gatecheck::env
