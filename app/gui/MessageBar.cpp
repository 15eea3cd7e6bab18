// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBar.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace gatecheck::gui {

namespace {

QString toneWord(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return MessageBar::tr("Good news:");
    case Tone::Warning:
        return MessageBar::tr("Note:");
    case Tone::Problem:
        return MessageBar::tr("Problem:");
    default:
        return MessageBar::tr("Info:");
    }
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_icon = new QLabel(this);
    m_icon->setAccessibleName(tr("Message kind"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Message text"));
    m_action = new QPushButton(this);
    m_action->setAccessibleName(tr("Message action"));
    m_close = new QPushButton(tr("Dis&miss"), this);
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setAccessibleDescription(tr("Hides this message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, [this] {
        auto callback = m_callback;
        dismiss();
        if (callback)
            callback();
    });
    connect(m_close, &QPushButton::clicked, this, &MessageBar::dismiss);
    setVisible(false);
}

void MessageBar::showMessage(const QString &text, Tone tone, const QString &actionText, std::function<void()> action)
{
    m_tone = tone;
    m_text->setText(toneWord(tone) + QLatin1Char(' ') + text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_callback);
    applyTone();
    setVisible(true);
    setAccessibleDescription(m_text->text());
    // Screen readers announce the banner as an alert, without moving the keyboard focus.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBar::dismiss()
{
    setVisible(false);
    m_callback = {};
}

QString MessageBar::text() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (!m_applying && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        applyTone();
}

void MessageBar::applyTone()
{
    // Take the application's palette, not our own tinted one, so repeated calls do not drift.
    m_applying = true;
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QPalette p = palette();
    p.setColor(QPalette::Window, toneBackground(m_tone, base));
    p.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(p);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    m_icon->setPixmap(toneIcon(m_tone, base).pixmap(QSize(size, size), devicePixelRatioF()));
    m_applying = false;
}

} // namespace gatecheck::gui
