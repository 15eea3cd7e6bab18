// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsTab.h"

#include "EvidencePresenter.h"
#include "TableHelpers.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gatecheck::gui {

DnsTab::DnsTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Which addresses each DNS server gives for the service. A different answer from "
                                "this computer's resolver can mean a stale cache or a filter."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = makeTable({tr("Name"), tr("Asked"), tr("Answer"), tr("Same as this computer?"), tr("TTL"), tr("Time")},
        tr("DNS comparison"), this);
    layout->addWidget(m_table, 1);
}

void DnsTab::setEvidence(const Evidence &evidence)
{
    m_table->setRowCount(0);
    const auto rows = EvidencePresenter::dnsRows(evidence);
    for (const DnsRow &row : rows) {
        const bool isSystem = row.resolver == EvidencePresenter::tr("This computer (system resolver)");
        const bool answered = row.tone == Tone::Good || row.tone == Tone::Warning;
        const QString same = isSystem || !answered ? QString() : row.differs ? tr("Different") : tr("Same");
        appendRow(m_table, {row.host, row.resolver, row.answer, same, row.ttl, row.elapsed}, row.tone, row.differs);
    }
    finishTable(m_table);
}

} // namespace gatecheck::gui
