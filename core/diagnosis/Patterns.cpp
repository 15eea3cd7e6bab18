// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/Patterns.h"

#include <QHash>

namespace gatecheck {

const QRegularExpression &cachedPattern(const QString &pattern, bool caseInsensitive)
{
    thread_local QHash<QString, QRegularExpression> cache[2];
    QHash<QString, QRegularExpression> &table = cache[caseInsensitive ? 1 : 0];
    auto it = table.find(pattern);
    if (it == table.end()) {
        if (table.size() > 4096)
            table.clear(); // hostile profiles cannot grow it without bound
        it = table.insert(pattern,
            QRegularExpression(pattern,
                caseInsensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption));
    }
    return it.value();
}

bool anyPatternMatches(const QStringList &patterns, const QString &text, bool caseInsensitive)
{
    if (text.isEmpty())
        return false;
    for (const QString &p : patterns)
        if (cachedPattern(p, caseInsensitive).match(text).hasMatch())
            return true;
    return false;
}

} // namespace gatecheck
