// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunChecklist.h"

#include "engine/DiagnosisOptions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatecheck::gui {

RunChecklist::RunChecklist(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    auto *intro = new QLabel(tr("Each way of reaching the service is tested at the same time. This takes up to "
                                "half a minute; you can keep working meanwhile."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress of the checks"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_countLabel = new QLabel(this);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_countLabel);
    layout->addLayout(progressRow);

    m_list = new QTreeWidget(this);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Check"), tr("Result")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Checklist"));
    m_list->setAccessibleDescription(tr("Every check and how far it has got"));
    layout->addWidget(m_list, 1);

    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel the checks"));
    m_cancel->setAccessibleDescription(tr("Stops now; what was measured so far is kept"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &RunChecklist::cancelRequested);
}

void RunChecklist::begin(const QString &serviceName, const DiagnosisOptions &options)
{
    m_title->setText(tr("Checking %1…").arg(serviceName));
    m_model.reset(serviceName, options);
    m_progress->setRange(0, 0);
    m_countLabel->clear();
    m_cancel->setEnabled(true);
    refresh();
}

void RunChecklist::probeStarted(const QString &id)
{
    m_model.probeStarted(id);
    refresh();
}

void RunChecklist::probeFinished(const QString &id, bool ok)
{
    m_model.probeFinished(id, ok);
    refresh();
}

void RunChecklist::setProgress(int done, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_countLabel->setText(tr("%1 of %2 checks done").arg(done).arg(total));
    m_progress->setAccessibleDescription(m_countLabel->text());
}

void RunChecklist::end(bool cancelled)
{
    m_model.finish(cancelled);
    m_cancel->setEnabled(false);
    refresh();
}

void RunChecklist::refresh()
{
    const auto &steps = m_model.steps();
    while (m_list->topLevelItemCount() > steps.size())
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    for (int i = 0; i < steps.size(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (!item)
            item = new QTreeWidgetItem(m_list);
        const auto &step = steps.at(i);
        const QString title = m_model.title(step.group);
        const QString state = m_model.stateText(step);
        if (item->text(0) != title)
            item->setText(0, title);
        if (item->text(1) != state) {
            item->setText(1, state);
            item->setIcon(0, toneIcon(ChecklistModel::toneOf(step.state), palette()));
            // Screen readers read the row as one sentence.
            item->setData(0, Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(title, state));
        }
    }
}

} // namespace gatecheck::gui
