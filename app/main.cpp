// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    gatecheck::gui::setupApplication(app);
    return gatecheck::gui::runApplication(app);
}
