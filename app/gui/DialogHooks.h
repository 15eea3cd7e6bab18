// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QWidget;

namespace gatecheck::gui {

// Modal questions and file pickers with test hooks (KeePassXC's MessageBox::setNextAnswer /
// FileDialog::setNextFileName): a GUI test states the next answer and drives the real window.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    // Only for errors the app cannot continue from; recoverable ones go to the MessageBar.
    static void critical(QWidget *parent, const QString &title, const QString &text);

    // The next question() returns `answer` without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last question()/critical() asked, shown or answered by the hook.
    static QString lastText();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
};

class FileDialog
{
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    // The next getSaveFileName() returns `name` without showing a dialog ("" = user cancelled).
    static void setNextFileName(const QString &name);

private:
    static std::optional<QString> s_nextFileName;
};

// Opens a web page in the user's browser, only ever on a user's click. Tests replace the
// opener so nothing is launched.
class UrlOpener
{
public:
    static bool open(const QUrl &url);
    static void setHook(std::function<bool(const QUrl &)> hook);

private:
    static std::function<bool(const QUrl &)> s_hook;
};

} // namespace gatecheck::gui
