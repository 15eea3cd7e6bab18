// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QStringList>

namespace gatecheck {

// Compiled once per thread: rules match the same profile patterns against many component
// names, headers and certificate names in one diagnosis.
const QRegularExpression &cachedPattern(const QString &pattern, bool caseInsensitive = true);

// True when any of the patterns matches somewhere in the text (empty text never matches).
bool anyPatternMatches(const QStringList &patterns, const QString &text, bool caseInsensitive = true);

} // namespace gatecheck
