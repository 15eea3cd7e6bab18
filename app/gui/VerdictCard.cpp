// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdictCard.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace gatecheck::gui {

namespace {

QLabel *makeLabel(QWidget *parent, const QString &accessibleName, double scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    if (scale != 1.0 || bold) {
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * scale);
        f.setBold(bold);
        label->setFont(f);
    }
    return label;
}

} // namespace

VerdictCard::VerdictCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("verdictCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Verdict"));
    // Never taller than its text: a short verdict must not leave an empty coloured block.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(16, 14, 16, 14);
    grid->setHorizontalSpacing(14);
    m_icon = new QLabel(this);
    m_icon->setAccessibleName(tr("Verdict icon"));
    // One row, no spans: QGridLayout over-reports height-for-width for spanning items.
    grid->addWidget(m_icon, 0, 0, Qt::AlignTop);

    m_tone = makeLabel(this, tr("Kind of result"), 1.0, true);
    m_headline = makeLabel(this, tr("Headline"), 1.45, true);
    m_who = makeLabel(this, tr("Who should act"), 1.1, true);
    m_whoDetail = makeLabel(this, tr("What that means"));
    m_summary = makeLabel(this, tr("Summary"));
    m_stepsTitle = makeLabel(this, tr("What to do now"), 1.0, true);
    m_stepsTitle->setText(tr("What to do now"));
    m_stepsBox = new QWidget(this);
    m_stepsLayout = new QVBoxLayout(m_stepsBox);
    m_stepsLayout->setSpacing(1);
    m_stepsLayout->setContentsMargins(8, 0, 0, 0);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_tone);
    text->addWidget(m_headline);
    text->addSpacing(4);
    text->addWidget(m_who);
    text->addWidget(m_whoDetail);
    text->addWidget(m_summary);
    text->addSpacing(6);
    text->addWidget(m_stepsTitle);
    text->addWidget(m_stepsBox);
    text->addStretch(1);
    grid->addLayout(text, 0, 1);
    grid->setColumnStretch(1, 1);
}

void VerdictCard::setView(const VerdictView &view)
{
    m_view = view;
    m_tone->setText(view.toneLabel);
    m_headline->setText(view.headline);
    m_who->setText(view.whoShouldAct);
    m_who->setVisible(!view.whoShouldAct.isEmpty());
    m_whoDetail->setText(view.whoDetail);

    m_summary->setText(view.summary);

    // One plain label per step: rich-text lists over-report their height when wrapped.
    while (QLayoutItem *item = m_stepsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < view.steps.size(); ++i) {
        const VerdictStep &step = view.steps.at(i);
        auto *action = makeLabel(m_stepsBox, tr("Step %1").arg(i + 1), 1.0, true);
        action->setText(QStringLiteral("%1. %2").arg(i + 1).arg(step.action));
        action->setTextFormat(Qt::PlainText);
        m_stepsLayout->addWidget(action);
        if (!step.reason.isEmpty()) {
            auto *reason = makeLabel(m_stepsBox, tr("Why step %1").arg(i + 1));
            reason->setTextFormat(Qt::PlainText);
            reason->setText(step.reason);
            reason->setContentsMargins(action->fontMetrics().horizontalAdvance(QStringLiteral("0. ")), 0, 0, 4);
            m_stepsLayout->addWidget(reason);
        }
    }
    setCompact(m_compact);
    updateGeometry();
    setAccessibleDescription(QStringLiteral("%1. %2. %3").arg(view.toneLabel, view.headline, view.whoShouldAct));
    applyTone();
}

void VerdictCard::setCompact(bool compact)
{
    m_compact = compact;
    m_whoDetail->setVisible(!compact && !m_view.whoDetail.isEmpty());
    m_summary->setVisible(!compact && !m_view.summary.isEmpty() && m_view.summary != m_view.whoDetail);
    m_stepsTitle->setVisible(!compact && !m_view.steps.isEmpty());
    m_stepsBox->setVisible(!compact && !m_view.steps.isEmpty());
}

int VerdictCard::heightForWidth(int width) const
{
    return layout()->totalHeightForWidth(width);
}

QSize VerdictCard::sizeHint() const
{
    QSize hint = QFrame::sizeHint();
    if (width() > 0)
        hint.setHeight(heightForWidth(width()));
    return hint;
}

void VerdictCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // the height that fits the new width
}

QString VerdictCard::headlineText() const
{
    return m_headline->text();
}

QString VerdictCard::whoText() const
{
    return m_who->isVisibleTo(this) ? m_who->text() : QString();
}

QString VerdictCard::toneText() const
{
    return m_tone->text();
}

QStringList VerdictCard::stepTexts() const
{
    QStringList out;
    for (int i = 0; i < m_view.steps.size(); ++i) {
        const VerdictStep &s = m_view.steps.at(i);
        out << (s.reason.isEmpty() ? QStringLiteral("%1. %2").arg(i + 1).arg(s.action)
                                   : QStringLiteral("%1. %2 — %3").arg(i + 1).arg(s.action, s.reason));
    }
    return out;
}

void VerdictCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (!m_applying && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        applyTone();
}

void VerdictCard::applyTone()
{
    m_applying = true;
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QPalette p = base;
    p.setColor(QPalette::Window, toneBackground(m_view.tone, base));
    setPalette(p);
    QPalette toneText = base;
    toneText.setColor(QPalette::WindowText, toneColor(m_view.tone, base));
    m_tone->setPalette(toneText);
    m_icon->setPixmap(toneIcon(m_view.tone, base).pixmap(QSize(48, 48), devicePixelRatioF()));
    m_applying = false;
}

} // namespace gatecheck::gui
