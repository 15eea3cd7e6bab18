// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparePage.h"

#include "TableHelpers.h"
#include "VerdictCard.h"
#include "VerdictPresenter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gatecheck::gui {

ComparePage::ComparePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("comparePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *title = new QLabel(tr("Two checks side by side"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *cards = new QHBoxLayout;
    m_olderCard = new VerdictCard(this);
    m_newerCard = new VerdictCard(this);
    m_olderCard->setAccessibleName(tr("Verdict of the earlier check"));
    m_newerCard->setAccessibleName(tr("Verdict of the later check"));
    cards->addWidget(m_olderCard, 1);
    cards->addWidget(m_newerCard, 1);
    layout->addLayout(cards);

    m_table = makeTable({tr("What"), tr("Earlier check"), tr("Later check"), tr("Same?")}, tr("Comparison"), this);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_back = new QPushButton(tr("&Back to past checks"), this);
    m_back->setAccessibleName(tr("Back to past checks"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_back);
    layout->addLayout(row);
    connect(m_back, &QPushButton::clicked, this, &ComparePage::backRequested);
}

void ComparePage::setRuns(const StoredRun &older, const StoredRun &newer, const VendorProfile &olderProfile,
    const VendorProfile &newerProfile)
{
    const auto name = [](const VendorProfile &p) {
        return p.displayName.isEmpty() ? p.primaryUrl.host() : p.displayName;
    };
    const auto rows = ComparePresenter::compare(older, newer, name(olderProfile), name(newerProfile));
    // Only the headline and who acts fit in a half-width card; the steps are in each run.
    VerdictView a = VerdictPresenter::present(older.diagnosis, olderProfile, older.evidence.cancelled);
    VerdictView b = VerdictPresenter::present(newer.diagnosis, newerProfile, newer.evidence.cancelled);
    a.steps.clear();
    b.steps.clear();
    a.summary.clear();
    b.summary.clear();
    m_olderCard->setView(a);
    m_newerCard->setView(b);

    m_table->setRowCount(0);
    m_differences = 0;
    for (const CompareRow &r : rows) {
        m_differences += r.differs ? 1 : 0;
        appendRow(m_table,
            {r.aspect, r.older, r.newer,
                !r.comparable   ? QString()
                    : r.differs ? tr("Different")
                                : tr("Same")},
            r.differs ? Tone::Warning : Tone::Info, r.differs);
    }
    finishTable(m_table);
    m_summary->setText(m_differences == 0 ? tr("No differences in what was measured.")
                                          : tr("%n difference(s) — marked “Different” below.", nullptr, m_differences));
}

} // namespace gatecheck::gui
