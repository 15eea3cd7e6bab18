// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryStore.h"
#include "profiles/VendorProfile.h"
#include "report/Compare.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gatecheck::gui {

class VerdictCard;

// Two past checks side by side: what differs (core/report's compareRuns), the differences that
// explain the problem first, each with a sentence that names both sides.
class ComparePage : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePage(QWidget *parent = nullptr);

    void setRuns(const StoredRun &older, const StoredRun &newer, const VendorProfile &olderProfile,
        const VendorProfile &newerProfile);
    QTableWidget *table() const { return m_table; }
    int differenceCount() const { return static_cast<int>(m_comparison.differences.size()); }
    // The comparison on screen (core/report's compareRuns), most telling difference first.
    const RunComparison &comparison() const { return m_comparison; }
    QString headlineText() const;
    VerdictCard *olderCard() const { return m_olderCard; }
    VerdictCard *newerCard() const { return m_newerCard; }

signals:
    void backRequested();

private:
    QLabel *m_summary = nullptr;
    QLabel *m_explanation = nullptr;
    VerdictCard *m_olderCard = nullptr;
    VerdictCard *m_newerCard = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_back = nullptr;
    RunComparison m_comparison;
};

} // namespace gatecheck::gui
