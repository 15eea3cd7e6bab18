// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparePage.h"

#include "TableHelpers.h"
#include "VerdictCard.h"
#include "VerdictPresenter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

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
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    // The most telling difference, in a sentence, where a reader looks first.
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("compareExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMargin(8);
    m_explanation->setAutoFillBackground(true);
    m_explanation->setVisible(false);
    layout->addWidget(m_explanation);

    auto *cards = new QHBoxLayout;
    m_olderCard = new VerdictCard(this);
    m_newerCard = new VerdictCard(this);
    m_olderCard->setAccessibleName(tr("Verdict of the earlier check"));
    m_newerCard->setAccessibleName(tr("Verdict of the later check"));
    cards->addWidget(m_olderCard, 1, Qt::AlignTop);
    cards->addWidget(m_newerCard, 1, Qt::AlignTop);
    layout->addLayout(cards);

    m_table =
        makeTable({tr("What"), tr("Earlier check"), tr("Later check"), tr("What it means")}, tr("Differences"), this);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
    ComparedRun left = ComparedRun::fromStoredRun(older);
    ComparedRun right = ComparedRun::fromStoredRun(newer);
    left.profile = olderProfile;
    right.profile = newerProfile;
    m_comparison = compareRuns(left, right);
    // compareRuns sorts by weight; a difference that explains the problem leads even when a
    // heavier one is only context.
    std::stable_sort(m_comparison.differences.begin(), m_comparison.differences.end(),
        [](const Difference &a, const Difference &b) { return a.explains && !b.explains; });

    // Only the headline and who acts fit in a half-width card; the steps are in each run.
    VerdictView a = VerdictPresenter::present(older.diagnosis, olderProfile, older.evidence.cancelled);
    VerdictView b = VerdictPresenter::present(newer.diagnosis, newerProfile, newer.evidence.cancelled);
    a.steps.clear();
    b.steps.clear();
    a.summary.clear();
    b.summary.clear();
    m_olderCard->setView(a);
    m_newerCard->setView(b);

    const QLocale locale;
    const auto side = [&locale](const QString &label, const QDateTime &when) {
        const QString time = locale.toString(when.toLocalTime(), QLocale::ShortFormat);
        return label.isEmpty() ? time : tr("%1 (%2)").arg(label, time);
    };
    m_table->setHorizontalHeaderLabels({tr("What"), side(tr("Earlier check"), m_comparison.leftStartedAt),
        side(tr("Later check"), m_comparison.rightStartedAt), tr("What it means")});
    m_table->setRowCount(0);
    for (const Difference &d : m_comparison.differences) {
        const QString topic = d.explains ? tr("%1 — explains the problem").arg(d.topic) : d.topic;
        appendRow(m_table, {topic, d.left, d.right, d.sentence}, d.explains ? Tone::Problem : Tone::Info, d.explains);
    }
    // Whole sentences, wrapped: the last column says what each difference means.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int c = 1; c < m_table->columnCount(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);

    QString summary = m_comparison.headline;
    if (m_comparison.isEmpty())
        summary = tr("No differences in what was measured.");
    else if (summary.isEmpty())
        summary = tr("%n difference(s).", nullptr, differenceCount());
    if (!m_comparison.isEmpty())
        summary += QLatin1Char(' ')
            + (m_comparison.sameNetwork ? tr("Both checks ran on the same network.")
                                        : tr("The checks ran on different networks."));
    m_summary->setText(summary);

    const auto first = std::find_if(m_comparison.differences.cbegin(), m_comparison.differences.cend(),
        [](const Difference &d) { return d.explains; });
    // The headline usually is that sentence already; say it once.
    const bool separate = first != m_comparison.differences.cend() && !summary.contains(first->sentence);
    m_explanation->setVisible(separate);
    if (separate) {
        m_explanation->setText(tr("Most likely explanation: %1").arg(first->sentence));
        QPalette p = m_explanation->palette();
        p.setColor(QPalette::Window, toneBackground(Tone::Warning, palette()));
        m_explanation->setPalette(p);
    }
}

QString ComparePage::headlineText() const
{
    return m_summary->text();
}

} // namespace gatecheck::gui
