// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace gatecheck::gui {

// Sets names, version and translations on the application object. Shared by main() and
// the GUI tests so both see the same app.
void setupApplication(QApplication &app);

// Runs the app: handles --version/--help, shows the main window, enters the event loop.
int runApplication(QApplication &app);

} // namespace gatecheck::gui
