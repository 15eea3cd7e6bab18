// SPDX-License-Identifier: GPL-3.0-or-later
// The German catalogue is embedded and used: with a German locale, the window speaks German.

#include "Application.h"
#include "ComparePage.h"
#include "EvidencePresenter.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ResultPage.h"
#include "StartPage.h"
#include "VerdictPresenter.h"

#include <QApplication>
#include <QPushButton>
#include <QtTest>

using namespace gatecheck;
using namespace gatecheck::gui;

class TestGuiTranslation : public QObject
{
    Q_OBJECT
private slots:
    void germanLocaleLoadsGermanStrings();
    void englishNeedsNoCatalogue();
};

void TestGuiTranslation::germanLocaleLoadsGermanStrings()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(installTranslations(QString())); // "" = follow the (now German) locale
    const QString diagnose = QCoreApplication::translate("gatecheck::gui::StartPage", "&Diagnose");
    QVERIFY(!diagnose.isEmpty());
    const QString who = VerdictPresenter::whoShouldAct(WhoFixes::It, QStringLiteral("Xero"));
    QVERIFY2(who != QStringLiteral("Your IT support or network administrator has to act"), qPrintable(who));
    QVERIFY2(who.contains(QStringLiteral("IT")), qPrintable(who));

    MainWindowSetup setup;
    QTemporaryDir dir;
    setup.historyPath = dir.filePath(QStringLiteral("h.sqlite"));
    MainWindow window(setup);
    const QString button = window.startPage()->diagnoseButton()->text();
    QCOMPARE(button, diagnose);
    QCOMPARE(window.resultPage()->runAgainButton()->text(),
        QCoreApplication::translate("gatecheck::gui::ResultPage", "Run &again"));
    QVERIFY2(window.resultPage()->runAgainButton()->text() != QStringLiteral("Run &again"),
        qPrintable(window.resultPage()->runAgainButton()->text()));
    // lupdate's contexts are the ones tr() uses at run time: a namespaced QObject (its
    // metaObject's class name), a Q_DECLARE_TR_FUNCTIONS helper, and a core rule.
    QCOMPARE(
        QString::fromLatin1(MainWindow::staticMetaObject.className()), QStringLiteral("gatecheck::gui::MainWindow"));
    QCOMPARE(ComparePage::tr("Most likely explanation: %1"), QStringLiteral("Wahrscheinlichste Erklärung: %1"));
    QCOMPARE(EvidencePresenter::tr("Not checked"), QStringLiteral("Nicht geprüft"));
    QCOMPARE(QCoreApplication::translate("Verdict", "%1 - nothing is wrong on your side"),
        QStringLiteral("%1 – auf Ihrer Seite ist alles in Ordnung"));
    QLocale::setDefault(QLocale::c());
    installTranslations(QStringLiteral("en"));
}

void TestGuiTranslation::englishNeedsNoCatalogue()
{
    installTranslations(QStringLiteral("en"));
    QCOMPARE(VerdictPresenter::whoShouldAct(WhoFixes::Vendor, QStringLiteral("Xero")),
        QStringLiteral("Xero has to fix this"));
}

GATECHECK_GUI_TEST_MAIN(TestGuiTranslation)
#include "tst_guitranslation.moc"
