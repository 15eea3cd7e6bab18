// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "AppSettings.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QPointer>
#include <QTimer>
#include <QTranslator>

namespace gatecheck::gui {

namespace {
QPointer<QTranslator> s_qtTranslator;
QPointer<QTranslator> s_appTranslator;
} // namespace

bool installTranslations(const QString &language)
{
    for (QTranslator *old : {s_qtTranslator.data(), s_appTranslator.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // Qt's own strings (dialog buttons), then ours (embedded by qt_add_translations under :/i18n).
    s_qtTranslator = new QTranslator(QCoreApplication::instance());
    if (s_qtTranslator->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qtTranslator);
    s_appTranslator = new QTranslator(QCoreApplication::instance());
    const bool loaded =
        s_appTranslator->load(locale, QStringLiteral("gatecheck"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (loaded)
        QCoreApplication::installTranslator(s_appTranslator);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    return loaded;
}

void setupApplication(QApplication &app)
{
    QApplication::setApplicationName(QStringLiteral("gatecheck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gatecheck"));
    QApplication::setOrganizationName(QStringLiteral("Gatecheck"));
    QApplication::setApplicationVersion(QStringLiteral(GATECHECK_VERSION));
    Q_UNUSED(app);
    installTranslations(AppSettings::load().language);
}

int runApplication(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Application", "Finds out why a cloud app shows 502 Bad Gateway, and who has to act."));
    parser.addHelpOption();
    parser.addVersionOption();
    // For smoke tests of the real binary: show the window, then quit on its own.
    QCommandLineOption quitAfter(
        QStringLiteral("quit-after"), QStringLiteral("Quit after MS milliseconds."), QStringLiteral("MS"));
    quitAfter.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfter);
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        const int ms = parser.value(quitAfter).toInt(&ok);
        QTimer::singleShot(ok ? ms : 0, &window, &QWidget::close);
    }
    return QApplication::exec();
}

} // namespace gatecheck::gui
