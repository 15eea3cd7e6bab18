// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Tone.h"

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace gatecheck::gui {

// An inline banner at the top of the window for recoverable errors and news ("History could
// not be opened", "Xero works again"). Icon, colour and a word for its kind; an optional
// action button; dismissable by keyboard. Modal boxes are kept for the fatal only.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Tone tone, const QString &actionText = {}, std::function<void()> action = {});
    void dismiss();

    QString text() const;
    Tone tone() const { return m_tone; }
    QPushButton *actionButton() const { return m_action; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QPushButton *m_close = nullptr;
    std::function<void()> m_callback;
    Tone m_tone = Tone::Info;
    bool m_applying = false; // setPalette() sends a PaletteChange of its own
};

} // namespace gatecheck::gui
