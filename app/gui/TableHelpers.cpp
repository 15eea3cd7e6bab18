// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableHelpers.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

namespace gatecheck::gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TableHelpers)
};

} // namespace

QString toneWord(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return Text::tr("OK");
    case Tone::Info:
        return Text::tr("Info");
    case Tone::Warning:
        return Text::tr("Attention");
    case Tone::Problem:
        return Text::tr("Problem");
    case Tone::Pending:
        return Text::tr("Waiting");
    case Tone::Running:
        return Text::tr("Running");
    case Tone::Skipped:
        return Text::tr("Not measured");
    }
    return {};
}

QTableWidget *makeTable(const QStringList &columns, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns.size(), parent);
    table->setHorizontalHeaderLabels(columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setAccessibleName(accessibleName);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    return table;
}

void appendRow(QTableWidget *table, const QStringList &cells, Tone tone, bool highlight)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < table->columnCount(); ++c) {
        auto *item = new QTableWidgetItem(cells.value(c));
        if (c == 0) {
            item->setIcon(toneIcon(tone, table->palette()));
            item->setData(Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(toneWord(tone), cells.value(c)));
        }
        if (highlight) {
            item->setBackground(toneBackground(Tone::Warning, table->palette()));
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        table->setItem(row, c, item);
    }
}

void finishTable(QTableWidget *table)
{
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount() - 1; ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), 320));
    table->resizeRowsToContents();
}

} // namespace gatecheck::gui
