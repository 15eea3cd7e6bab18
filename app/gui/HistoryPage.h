// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gatecheck::gui {

// The list of past checks: open one, or pick two to compare.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(QWidget *parent = nullptr);

    void setRuns(const QList<RunSummary> &runs, const QMap<QString, QString> &serviceNames);
    void setStorageNote(const QString &note);
    QList<qint64> selectedIds() const;
    void selectRows(const QList<int> &rows);

    QTableWidget *table() const { return m_table; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *compareButton() const { return m_compare; }

signals:
    void openRequested(qint64 id);
    void compareRequested(qint64 older, qint64 newer);
    void backRequested();

private:
    void updateButtons();

    QLabel *m_note = nullptr;
    QLabel *m_empty = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_back = nullptr;
    QList<RunSummary> m_runs;
};

} // namespace gatecheck::gui
