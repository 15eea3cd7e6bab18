// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QApplication;

namespace gatecheck::gui {

// Sets names, version and translations on the application object. Shared by main() and
// the GUI tests so both see the same app.
void setupApplication(QApplication &app);

// Installs Qt's and Gatecheck's translations for `language` ("" = the system's locale,
// "en", "de"). Replaces earlier ones. Returns true when a Gatecheck catalogue was loaded
// (English needs none).
bool installTranslations(const QString &language);

// Runs the app: handles --version/--help, shows the main window, enters the event loop.
int runApplication(QApplication &app);

} // namespace gatecheck::gui
