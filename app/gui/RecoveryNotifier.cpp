// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryNotifier.h"

#include "Tone.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace gatecheck::gui {

RecoveryNotifier::Hook RecoveryNotifier::s_hook;

RecoveryNotifier::RecoveryNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{ }

RecoveryNotifier::~RecoveryNotifier() = default;

bool RecoveryNotifier::trayCanShowMessages()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void RecoveryNotifier::setHook(Hook hook)
{
    s_hook = std::move(hook);
}

void RecoveryNotifier::notify(const QString &title, const QString &message)
{
    Channel channel = Channel::InApp;
    if (trayCanShowMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(toneIcon(Tone::Good), this);
            m_tray->setToolTip(tr("Gatecheck"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                if (m_window) {
                    m_window->showNormal();
                    m_window->raise();
                    m_window->activateWindow();
                }
            });
        }
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 15000);
        channel = Channel::Tray;
    } else if (m_window) {
        // No tray here: make the taskbar entry ask for attention; the banner says the rest.
        QApplication::alert(m_window);
    }
    if (s_hook)
        s_hook(channel, title, message);
    emit notified(channel, title, message);
}

} // namespace gatecheck::gui
