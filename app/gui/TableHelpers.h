// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Tone.h"

#include <QStringList>

class QTableWidget;
class QWidget;

namespace gatecheck::gui {

// A read-only, keyboard-navigable table with the given columns and an accessible name.
QTableWidget *makeTable(const QStringList &columns, const QString &accessibleName, QWidget *parent);
// Appends a row; the first cell carries the tone's icon and the tone word for screen readers.
void appendRow(QTableWidget *table, const QStringList &cells, Tone tone, bool highlight = false);
// Sizes rows to their (multi-line) content after filling.
void finishTable(QTableWidget *table);
QString toneWord(Tone tone);

} // namespace gatecheck::gui
