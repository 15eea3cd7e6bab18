// SPDX-License-Identifier: GPL-3.0-or-later
// Canary secrets planted in a run (a cookie, Authorization headers, URL tokens, a password in a
// proxy URL, a home path with a user name, the host name, the Wi-Fi name, a private and the
// machine's own public address) never appear in any redacted export, in any format — and do
// appear in every format with redaction off, so this test can fail.
#include "ReportTestData.h"
#include "RigProcess.h"
#include "report/Redaction.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck;

class TestReportCanary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Every format, as the text a reader (or a search) would see.
    QString exported(const Report &report, const QString &format)
    {
        if (format == QLatin1String("json"))
            return QString::fromUtf8(renderJson(report));
        if (format == QLatin1String("text"))
            return renderText(report);
        if (format == QLatin1String("markdown"))
            return renderMarkdown(report).remove(QLatin1Char('\\'));
        if (format == QLatin1String("html"))
            return renderHtml(report);
        const QString path = m_dir.filePath(QStringLiteral("canary.pdf"));
        QString error;
        if (!renderPdf(report, path, &error))
            return QStringLiteral("<no pdf: %1>").arg(error);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static Report canaryReport(bool redact, bool includePublicIp = false)
    {
        ReportOptions options;
        options.redact = redact;
        options.includePublicIp = includePublicIp;
        NetworkIdentity network;
        network.label = QStringLiteral("Wi-Fi \u201c%1\u201d").arg(testdata::canary::Ssid);
        network.ssid = testdata::canary::Ssid;
        // as a custom profile would be: made from the user's URL, token and all
        VendorProfile profile = testdata::xeroProfile();
        profile.primaryUrl = QUrl(testdata::canaryEvidence().targetUrl);
        return buildReport(testdata::canaryEvidence(), testdata::canaryDiagnosis(), profile, testdata::canaryNote(),
            options, testdata::canaryIdentity(), network);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"json", "text", "markdown", "html", "pdf"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void formats()
    {
        QFETCH(QString, format);
        if (format == QLatin1String("pdf")) {
            RIG_REQUIRE_PROGRAM("pdftotext");
        }
        const QString raw = exported(canaryReport(false), format);
        const QString redacted = exported(canaryReport(true), format);
        // PDF text may wrap inside long words: also search with whitespace removed
        const auto squeezed = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); };
        for (const QString &secret : testdata::canary::all()) {
            QVERIFY2(squeezed(raw).contains(secret, Qt::CaseInsensitive),
                qPrintable(QStringLiteral("%1 not in the unredacted %2 export").arg(secret, format)));
            QVERIFY2(!redacted.contains(secret, Qt::CaseInsensitive)
                    && !squeezed(redacted).contains(secret, Qt::CaseInsensitive),
                qPrintable(QStringLiteral("%1 leaked into the redacted %2 export").arg(secret, format)));
        }
    }

    void publicAddressKeptOnlyWhenAllowed()
    {
        const QString json = exported(canaryReport(true, true), QStringLiteral("json"));
        QVERIFY(json.contains(testdata::canary::OwnPublicAddress));
        QVERIFY(!json.contains(testdata::canary::PrivateAddress));
        QVERIFY(!json.contains(testdata::canary::Token));
    }

    void reloadedRedactedReportStaysRedacted()
    {
        const QByteArray json = renderJson(canaryReport(true));
        const auto loaded = reportFromJson(json);
        QVERIFY(loaded);
        QVERIFY(loaded->redacted);
        const QString again = renderText(*loaded) + QString::fromUtf8(renderJson(*loaded));
        for (const QString &secret : testdata::canary::all())
            QVERIFY2(!again.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
    }

    void redactingALoadedRawReportUsesItsOwnIdentity()
    {
        // an unredacted report made elsewhere remembers whose machine it was
        auto loaded = reportFromJson(renderJson(canaryReport(false)));
        QVERIFY(loaded);
        QCOMPARE(loaded->local.hostName, testdata::canaryIdentity().hostName);
        redactReport(*loaded);
        const QString text = renderText(*loaded);
        for (const QString &secret : testdata::canary::all())
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
    }
};

QTEST_MAIN(TestReportCanary)
#include "tst_reportcanary.moc"
