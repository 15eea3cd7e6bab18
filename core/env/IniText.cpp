// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/IniText.h"

#include <QStringList>

namespace gatecheck::env {

IniGroups parseIni(const QString &text)
{
    IniGroups groups;
    QString group;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            group = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed().section(QLatin1Char('['), 0, 0);
        groups[group].insert(key, line.mid(eq + 1).trimmed());
    }
    return groups;
}

} // namespace gatecheck::env
