// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace gatecheck::env {

// Browser-extension match patterns ("<all_urls>", "*://*/*", "https://*.xero.com/*"), as
// Chrome and Firefox define them.

// True when `pattern` gives access to https://`host`/.
bool patternCoversHost(const QString &pattern, const QString &host);
// True for patterns that cover every web site.
bool patternCoversAllHosts(const QString &pattern);
// True when the text is a host pattern rather than an API permission name.
bool looksLikeHostPattern(const QString &permission);

} // namespace gatecheck::env
