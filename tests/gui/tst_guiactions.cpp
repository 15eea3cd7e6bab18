// SPDX-License-Identifier: GPL-3.0-or-later
// The result page's actions through the real dialogs: export (with the file-name hook),
// copy summary, flush DNS (explained first; before/after shown), the vendor's status page,
// and the settings dialog.

#include "AppSettings.h"
#include "Application.h"
#include "DialogHooks.h"
#include "DnsCacheFlusher.h"
#include "ExportDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ResultActions.h"
#include "ResultPage.h"
#include "SettingsDialog.h"
#include "WatchController.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest>

using namespace gatecheck;
using namespace gatecheck::gui;

namespace {

// A flush that needs an administrator, with a known before/after, so the window's side
// (explain first, then show the story) can be tested on any machine.
class CountingFlusher : public DnsCacheFlusher
{
public:
    using DnsCacheFlusher::DnsCacheFlusher;
    bool isAvailable() const override { return true; }
    bool needsAdministrator() const override { return true; }
    QString explanation() const override
    {
        return QStringLiteral("Gatecheck asks the system to forget stored addresses.");
    }
    void flush() override
    {
        ++calls;
        QTimer::singleShot(0, this, [this] {
            DnsFlushResult r;
            r.status = QStringLiteral("flushed");
            r.summary = QStringLiteral("Flushed: test cache.");
            DnsFlushComparison c;
            c.host = QStringLiteral("go.xero.com");
            c.before.addresses = {DnsAddress {QStringLiteral("192.0.2.10")}};
            c.after.addresses = {DnsAddress {QStringLiteral("192.0.2.20")}};
            c.changed = true;
            r.comparisons = {c};
            emit finished(r);
        });
    }
    int calls = 0;
};

// The real SystemDnsFlusher (core/env's DnsFlusher: system resolver before and after) with
// the platform flush replaced and every lookup on "localhost", so no packet leaves the
// machine and this computer's caches stay as they are. Remembers which names it was asked for.
class LocalSystemFlusher : public SystemDnsFlusher
{
public:
    explicit LocalSystemFlusher(QList<DnsFlushStep> steps, QObject *parent)
        : SystemDnsFlusher(parent)
    {
        setFlushFunction([steps] { return steps; });
    }
    void setHosts(const QStringList &hosts) override
    {
        requested = hosts;
        SystemDnsFlusher::setHosts({QStringLiteral("localhost")});
    }
    QStringList requested;
};

// Runs `f` on the next modal dialog of type T once it is open.
template<typename T> void onNextDialog(std::function<void(T *)> f)
{
    QTimer::singleShot(0, qApp, [f] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<T *>(modal)) {
            f(dialog);
            return;
        }
        onNextDialog<T>(f);
    });
}

} // namespace

class TestGuiActions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exportTextAndJson_data();
    void exportTextAndJson();
    void exportCancelledWritesNothing();
    void exportFailureIsRecoverable();
    void copySummaryPutsTheVerdictOnTheClipboard();
    void flushExplainsFirstAndShowsBeforeAfter();
    void flushDeclinedDoesNothing();
    void flushWithNothingToFlushSaysSo();
    void flushFailureShowsWhy();
    void statusPageOpensOnlyOnClick();
    void settingsDialogPersists();
    void settingsDialogRefusesBadInput();

private:
    std::unique_ptr<MainWindow> makeWindow(CountingFlusher **flusher = nullptr);
    std::unique_ptr<MainWindow> makeWindow(const std::function<DnsCacheFlusher *(QObject *)> &flusherFactory);
    QTemporaryDir m_dir;
    QList<QUrl> m_opened;
    test::Recorded m_outage;
};

void TestGuiActions::init()
{
    m_outage = test::loadFixture(QStringLiteral("xero-vendor-outage.json"));
    m_opened.clear();
    UrlOpener::setHook([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
}

void TestGuiActions::cleanup()
{
    UrlOpener::setHook({});
    AppSettings::defaults().save();
}

std::unique_ptr<MainWindow> TestGuiActions::makeWindow(CountingFlusher **flusher)
{
    if (flusher)
        return makeWindow([flusher](QObject *parent) {
            *flusher = new CountingFlusher(parent);
            return *flusher;
        });
    return makeWindow([](QObject *parent) { return new LocalSystemFlusher({}, parent); });
}

std::unique_ptr<MainWindow> TestGuiActions::makeWindow(
    const std::function<DnsCacheFlusher *(QObject *)> &flusherFactory)
{
    auto script = std::make_shared<test::Script>();
    script->results = {m_outage};
    MainWindowSetup setup;
    setup.runnerFactory = test::scriptedFactory(script);
    setup.historyPath = m_dir.filePath(QStringLiteral("history.sqlite"));
    setup.flusherFactory = flusherFactory;
    auto window = std::make_unique<MainWindow>(setup);
    window->show();
    window->showResult(m_outage.evidence, m_outage.diagnosis, *ServiceCatalog().byId(QStringLiteral("xero")));
    window->messageBar()->dismiss();
    return window;
}

void TestGuiActions::exportTextAndJson_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("plain text for a ticket") << int(ReportFormat::Text) << "report.txt";
    QTest::newRow("JSON for tools") << int(ReportFormat::Json) << "report.json";
    QTest::newRow("web page") << int(ReportFormat::Html) << "report.html";
    QTest::newRow("markdown for a ticket system") << int(ReportFormat::Markdown) << "report.md";
    QTest::newRow("PDF") << int(ReportFormat::Pdf) << "report.pdf";
}

void TestGuiActions::exportTextAndJson()
{
    QFETCH(int, format);
    QFETCH(QString, file);
    auto window = makeWindow();
    const QString path = m_dir.filePath(file);
    QFile::remove(path);
    bool sawDialog = false;
    onNextDialog<ExportDialog>([&](ExportDialog *d) {
        sawDialog = true;
        QVERIFY(d->redactBox()->isChecked()); // on by default
        QVERIFY(d->itAudience()->isChecked());
        d->formatBox()->setCurrentIndex(d->formatBox()->findData(format));
        d->vendorAudience()->setChecked(true);
        d->organisationEdit()->setText(QStringLiteral("Acme Bookkeeping"));
        QVERIFY(d->factEdit(QStringLiteral("region")));
        d->factEdit(QStringLiteral("region"))->setText(QStringLiteral("New Zealand"));
        const ExportRequest r = d->request();
        QVERIFY(r.options.audience
            == ReportAudience::VendorSupport); // QCOMPARE would pick up toString(ReportAudience) by ADL
        QCOMPARE(r.note.vendorFacts.value(QStringLiteral("region")), QStringLiteral("New Zealand"));
        QCOMPARE(r.note.vendorFacts.value(QStringLiteral("organisation")), QStringLiteral("Acme Bookkeeping"));
        d->accept();
    });
    FileDialog::setNextFileName(path);
    QTest::mouseClick(window->resultPage()->exportButton(), Qt::LeftButton);
    QVERIFY(sawDialog);
    QFile out(path);
    QVERIFY2(out.open(QIODevice::ReadOnly), qPrintable(window->messageBar()->text()));
    const QByteArray data = out.readAll();
    QVERIFY(!data.isEmpty());
    if (format == int(ReportFormat::Json)) {
        QJsonParseError error;
        QJsonDocument::fromJson(data, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    } else if (format == int(ReportFormat::Pdf)) {
        QVERIFY(data.startsWith("%PDF-"));
        QVERIFY(data.size() > 4000);
    } else {
        const QString text = QString::fromUtf8(data);
        QVERIFY(text.contains(QStringLiteral("Xero's servers are failing")));
        // The vendor's support facts answered in the dialog are in the report.
        QVERIFY(text.contains(QStringLiteral("New Zealand")));
    }
    QCOMPARE(window->messageBar()->tone(), Tone::Good);
    QVERIFY(window->messageBar()->text().contains(file));
}

void TestGuiActions::exportCancelledWritesNothing()
{
    auto window = makeWindow();
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    onNextDialog<ExportDialog>([](ExportDialog *d) { d->accept(); });
    FileDialog::setNextFileName(QString()); // the user closed the file dialog
    QTest::mouseClick(window->resultPage()->exportButton(), Qt::LeftButton);
    QVERIFY(!window->messageBar()->isVisible());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
}

void TestGuiActions::exportFailureIsRecoverable()
{
    auto window = makeWindow();
    onNextDialog<ExportDialog>([](ExportDialog *d) {
        d->formatBox()->setCurrentIndex(d->formatBox()->findData(int(ReportFormat::Text)));
        d->accept();
    });
    FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("no-such-dir/report.txt")));
    QTest::mouseClick(window->resultPage()->exportButton(), Qt::LeftButton);
    QVERIFY(window->messageBar()->isVisible());
    QCOMPARE(window->messageBar()->tone(), Tone::Problem);
    QVERIFY(window->messageBar()->actionButton()->isVisible()); // "Try again"
}

void TestGuiActions::copySummaryPutsTheVerdictOnTheClipboard()
{
    auto window = makeWindow();
    QApplication::clipboard()->clear();
    QTest::mouseClick(window->resultPage()->copyButton(), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Xero's servers are failing")));
    QVERIFY(window->messageBar()->isVisible());
}

void TestGuiActions::flushExplainsFirstAndShowsBeforeAfter()
{
    CountingFlusher *flusher = nullptr;
    auto window = makeWindow(&flusher);
    QVERIFY(flusher);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(window->resultPage()->flushButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("administrator password")));
    QTRY_COMPARE(flusher->calls, 1);
    QTRY_COMPARE(window->messageBar()->tone(), Tone::Good);
    QVERIFY(window->messageBar()->text().contains(QStringLiteral("before: 192.0.2.10")));
    QVERIFY(window->messageBar()->text().contains(QStringLiteral("after: 192.0.2.20")));
    // The banner offers to measure again, to see the difference.
    QSignalSpy finished(window.get(), &MainWindow::diagnosisFinished);
    window->messageBar()->actionButton()->click();
    QVERIFY(finished.wait(5000));
}

void TestGuiActions::flushDeclinedDoesNothing()
{
    CountingFlusher *flusher = nullptr;
    auto window = makeWindow(&flusher);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(window->resultPage()->flushButton(), Qt::LeftButton);
    QTest::qWait(20);
    QCOMPARE(flusher->calls, 0);
}

void TestGuiActions::flushWithNothingToFlushSaysSo()
{
    LocalSystemFlusher *flusher = nullptr;
    auto window = makeWindow([&flusher](QObject *parent) {
        flusher = new LocalSystemFlusher({}, parent); // no cache found on this computer
        return flusher;
    });
    QVERIFY(window->resultPage()->flushButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(window->resultPage()->flushButton(), Qt::LeftButton);
    // Explained before anything runs, naming what will be looked up.
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("DNS cache")));
    QVERIFY(flusher->requested.contains(QStringLiteral("go.xero.com")));
    QTRY_COMPARE_WITH_TIMEOUT(window->actions()->lastFlush().status, QStringLiteral("nothing_to_flush"), 15000);
    QCOMPARE(window->messageBar()->tone(), Tone::Info);
    const QString text = window->messageBar()->text();
    QVERIFY2(text.contains(QStringLiteral("no DNS cache")), qPrintable(text));
    // Before and after come from real system-resolver lookups of localhost.
    QVERIFY2(text.contains(QStringLiteral("localhost — before: ")), qPrintable(text));
    const DnsFlushComparison &c = window->actions()->lastFlush().comparisons.value(0);
    QVERIFY(!c.before.addresses.isEmpty());
    QVERIFY(!c.changed);
}

void TestGuiActions::flushFailureShowsWhy()
{
    auto window = makeWindow([](QObject *parent) {
        DnsFlushStep step;
        step.cache = QStringLiteral("nscd");
        step.method = QStringLiteral("nscd -i hosts");
        step.outcome = QStringLiteral("failed");
        step.detail = QStringLiteral("permission denied");
        return new LocalSystemFlusher({step}, parent);
    });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(window->resultPage()->flushButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->actions()->lastFlush().status, QStringLiteral("failed"), 15000);
    QCOMPARE(window->messageBar()->tone(), Tone::Problem);
    QVERIFY(window->messageBar()->text().contains(QStringLiteral("nscd: permission denied")));
}

void TestGuiActions::statusPageOpensOnlyOnClick()
{
    auto window = makeWindow();
    QVERIFY(m_opened.isEmpty());
    QVERIFY(window->resultPage()->statusPageButton()->isVisible());
    QTest::mouseClick(window->resultPage()->statusPageButton(), Qt::LeftButton);
    QCOMPARE(m_opened, QList<QUrl> {QUrl(QStringLiteral("https://status.xero.com/"))});
    // A custom address has no status page: no button.
    window->showResult(
        m_outage.evidence, m_outage.diagnosis, customProfile(QUrl(QStringLiteral("http://127.0.0.1:9/"))));
    QVERIFY(!window->resultPage()->statusPageButton()->isVisible());
}

void TestGuiActions::settingsDialogPersists()
{
    auto window = makeWindow();
    onNextDialog<SettingsDialog>([](SettingsDialog *d) {
        d->resolversEdit()->setPlainText(QStringLiteral("127.0.0.2\n127.0.0.3:5353\n"));
        d->dohEdit()->setText(QStringLiteral("https://127.0.0.4/dns-query"));
        d->watchIntervalBox()->setValue(5);
        d->probeTimeoutBox()->setValue(6);
        d->overallTimeoutBox()->setValue(30);
        d->languageBox()->setCurrentIndex(d->languageBox()->findData(QStringLiteral("de")));
        d->redactBox()->setChecked(false);
        d->accept();
    });
    window->openSettings();
    const AppSettings saved = AppSettings::load();
    QCOMPARE(saved.resolvers, (QStringList {QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3:5353")}));
    QCOMPARE(saved.dohEndpoint, QStringLiteral("https://127.0.0.4/dns-query"));
    QCOMPARE(saved.watchIntervalMinutes, 5);
    QCOMPARE(saved.probeTimeoutSeconds, 6);
    QCOMPARE(saved.overallTimeoutSeconds, 30);
    QCOMPARE(saved.language, QStringLiteral("de"));
    QCOMPARE(saved.redactReports, false);
    QCOMPARE(window->watch()->intervalMs(), 5 * 60 * 1000);
    QVERIFY(window->messageBar()->text().contains(QStringLiteral("next time")));
    // The export dialog now starts with redaction off.
    onNextDialog<ExportDialog>([](ExportDialog *d) {
        QVERIFY(!d->redactBox()->isChecked());
        d->reject();
    });
    QTest::mouseClick(window->resultPage()->exportButton(), Qt::LeftButton);
}

void TestGuiActions::settingsDialogRefusesBadInput()
{
    SettingsDialog dialog(AppSettings::defaults());
    dialog.show();
    dialog.resolversEdit()->setPlainText(QStringLiteral("not a resolver"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText().contains(QStringLiteral("not a resolver")));
    dialog.resolversEdit()->setPlainText(QStringLiteral("127.0.0.2"));
    dialog.dohEdit()->setText(QStringLiteral("http://insecure.example/dns-query"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText().contains(QStringLiteral("https://")));
    dialog.dohEdit()->clear();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

GATECHECK_GUI_TEST_MAIN(TestGuiActions)
#include "tst_guiactions.moc"
