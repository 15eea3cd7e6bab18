// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QSystemTrayIcon;

namespace gatecheck::gui {

// Tells the user that the service works again: a system-tray message where the desktop can
// show one, otherwise (and in addition) an in-app banner and a taskbar alert. Tests observe
// which way it went through the hook, since a tray cannot be inspected.
class RecoveryNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Channel { Tray, InApp };

    explicit RecoveryNotifier(QWidget *window, QObject *parent = nullptr);
    ~RecoveryNotifier() override;

    void notify(const QString &title, const QString &message);
    static bool trayCanShowMessages();

    using Hook = std::function<void(Channel, const QString &title, const QString &message)>;
    static void setHook(Hook hook);

signals:
    // Always emitted, so the window can show the news inline whatever the tray did.
    void notified(gatecheck::gui::RecoveryNotifier::Channel channel, const QString &title, const QString &message);

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    static Hook s_hook;
};

} // namespace gatecheck::gui
