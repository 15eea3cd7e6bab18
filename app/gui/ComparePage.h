// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparePresenter.h"
#include "profiles/VendorProfile.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gatecheck::gui {

class VerdictCard;

// Two past checks side by side, differences marked in words and colour.
class ComparePage : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePage(QWidget *parent = nullptr);

    void setRuns(const StoredRun &older, const StoredRun &newer, const VendorProfile &olderProfile,
        const VendorProfile &newerProfile);
    QTableWidget *table() const { return m_table; }
    int differenceCount() const { return m_differences; }
    VerdictCard *olderCard() const { return m_olderCard; }
    VerdictCard *newerCard() const { return m_newerCard; }

signals:
    void backRequested();

private:
    QLabel *m_summary = nullptr;
    VerdictCard *m_olderCard = nullptr;
    VerdictCard *m_newerCard = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_back = nullptr;
    int m_differences = 0;
};

} // namespace gatecheck::gui
