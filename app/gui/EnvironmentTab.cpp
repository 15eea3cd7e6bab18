// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentTab.h"

#include "EvidencePresenter.h"
#include "TableHelpers.h"

#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gatecheck::gui {

EnvironmentTab::EnvironmentTab(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_sections = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);
}

int EnvironmentTab::sectionCount() const
{
    return findChildren<QTableWidget *>().size();
}

void EnvironmentTab::setEnvironment(const EnvironmentFacts &env)
{
    while (QLayoutItem *item = m_sections->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto sections = EvidencePresenter::environmentSections(env);
    for (const EnvSection &section : sections) {
        auto *title = new QLabel(section.title, this);
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        m_sections->addWidget(title);
        if (section.rows.isEmpty()) {
            auto *empty = new QLabel(section.emptyText, this);
            empty->setAccessibleName(section.title);
            m_sections->addWidget(empty);
            continue;
        }
        auto *table = makeTable(section.columns, section.title, this);
        for (int i = 0; i < section.rows.size(); ++i)
            appendRow(table, section.rows.at(i), section.tones.value(i, Tone::Info));
        finishTable(table);
        table->setMinimumHeight(qMin(240, 40 + 28 * static_cast<int>(section.rows.size())));
        m_sections->addWidget(table);
    }
    m_sections->addStretch(1);
}

} // namespace gatecheck::gui
