// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryPage.h"

#include "TableHelpers.h"
#include "VerdictPresenter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gatecheck::gui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

Tone toneOf(const RunSummary &r)
{
    if (r.whoFixes == QLatin1String("none") && (r.worstStatus == 0 || r.worstStatus < 400))
        return r.verdictCode == QLatin1String("ok") ? Tone::Good : Tone::Info;
    return r.worstStatus >= 500 || r.whoFixes != QLatin1String("none") ? Tone::Problem : Tone::Warning;
}
} // namespace

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("historyPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *title = new QLabel(tr("Past checks"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Open a past check, or select two (hold Ctrl) to compare them — for example the "
                                "office network against a phone hotspot."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    m_table = makeTable({tr("When"), tr("Service"), tr("Result"), tr("Who should act"), tr("Network"), tr("Kind")},
        tr("Past checks"), this);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No checks yet. Results appear here after each diagnosis."), this);
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setAccessibleName(tr("Open the selected check"));
    m_compare = new QPushButton(tr("&Compare the two selected"), this);
    m_compare->setAccessibleName(tr("Compare the two selected checks"));
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setAccessibleName(tr("Back"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_compare);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryPage::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        emit openRequested(m_table->item(item->row(), 0)->data(IdRole).toLongLong());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (!ids.isEmpty())
            emit openRequested(ids.constFirst());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (ids.size() == 2)
            emit compareRequested(ids.at(1), ids.at(0));
    });
    connect(m_back, &QPushButton::clicked, this, &HistoryPage::backRequested);
    updateButtons();
}

void HistoryPage::setStorageNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void HistoryPage::setRuns(const QList<RunSummary> &runs, const QMap<QString, QString> &serviceNames)
{
    m_runs = runs;
    m_table->setRowCount(0);
    const QLocale locale;
    for (const RunSummary &r : runs) {
        const QString who = VerdictPresenter::whoShouldAct(
            whoFixesFromString(r.whoFixes), serviceNames.value(r.profileId, QUrl(r.targetUrl).host()));
        appendRow(m_table,
            {locale.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat),
                serviceNames.value(r.profileId, QUrl(r.targetUrl).host()), r.headline, who, r.networkLabel,
                r.watch ? tr("Watch") : tr("Single check")},
            toneOf(r));
        m_table->item(m_table->rowCount() - 1, 0)->setData(IdRole, r.id);
    }
    finishTable(m_table);
    m_empty->setVisible(runs.isEmpty());
    updateButtons();
}

QList<qint64> HistoryPage::selectedIds() const
{
    QList<qint64> ids;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_table->item(index.row(), 0)->data(IdRole).toLongLong();
    return ids;
}

void HistoryPage::selectRows(const QList<int> &rows)
{
    m_table->clearSelection();
    for (int row : rows)
        m_table->selectionModel()->select(
            m_table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void HistoryPage::updateButtons()
{
    const int n = static_cast<int>(selectedIds().size());
    m_open->setEnabled(n == 1);
    m_compare->setEnabled(n == 2);
}

} // namespace gatecheck::gui
