// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <optional>

namespace gatecheck::env {

// Parsers for macOS `scutil` output. The macOS backend runs the commands; parsing is here so
// it is tested on every platform with captured output.

// `scutil --proxy`: a "<dictionary> { key : value ... }" tree with nested <array>s and
// <dictionary>s. Returns a QVariantMap (arrays become QVariantList), nullopt when the text is
// not such a tree.
std::optional<QVariantMap> parseScutilDictionary(const QString &text, QString *error = nullptr);

// The macOS system proxy as a fact (source "macos"), including PAC and WPAD ("auto
// discovery", which Qt itself ignores on macOS), with what applies to `target`.
ProxySetting macProxySetting(const QVariantMap &proxies, const QUrl &target);

// One "resolver #N" block of `scutil --dns`.
struct MacResolver
{
    bool scoped = false; // from the "for scoped queries" section
    QString domain; // set for supplemental (split-DNS) resolvers, e.g. a VPN's domain
    QStringList searchDomains;
    QStringList nameservers;
    QString interfaceName; // "en0", "utun3"
    QString flags;
    QString reach;
    int order = 0;
};
QList<MacResolver> parseScutilDns(const QString &text);

} // namespace gatecheck::env
