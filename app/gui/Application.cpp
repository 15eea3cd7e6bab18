// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gatecheck::gui {

void setupApplication(QApplication &app)
{
    QApplication::setApplicationName(QStringLiteral("gatecheck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gatecheck"));
    QApplication::setOrganizationName(QStringLiteral("Gatecheck"));
    QApplication::setApplicationVersion(QStringLiteral(GATECHECK_VERSION));

    // Qt's own strings, then ours (embedded by qt_add_translations under :/i18n).
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("gatecheck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

int runApplication(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Application", "Finds out why a cloud app shows 502 Bad Gateway, and who has to act."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace gatecheck::gui
