// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathsTab.h"

#include "EvidencePresenter.h"
#include "TableHelpers.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gatecheck::gui {

PathsTab::PathsTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The same address fetched every way this computer can reach it. If only the "
                                "browser's path fails, something on the way (proxy, filter) is the cause."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = makeTable({tr("Path"), tr("Answer"), tr("Who answered"), tr("Route"), tr("Timings")}, tr("Paths"), this);
    layout->addWidget(m_table, 1);
}

void PathsTab::setEvidence(const Evidence &evidence)
{
    m_table->setRowCount(0);
    const auto rows = EvidencePresenter::pathRows(evidence) + EvidencePresenter::statusRows(evidence);
    for (const PathRow &row : rows)
        appendRow(m_table, {row.path, row.outcome, row.answeredBy, row.route, row.timings}, row.tone);
    finishTable(m_table);
}

} // namespace gatecheck::gui
