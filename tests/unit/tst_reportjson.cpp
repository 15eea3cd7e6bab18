// SPDX-License-Identifier: GPL-3.0-or-later
// Saved reports: a JSON round trip renders exactly the same, other shapes we write are read,
// and corrupt or hostile files are refused with a reason instead of crashing.
#include "ReportTestData.h"
#include "diagnosis/Diagnose.h"
#include "evidence/EvidenceJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck;

class TestReportJson : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QImage chart()
    {
        QImage image(320, 120, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setPen(QPen(Qt::darkBlue, 3));
        p.drawLine(10, 100, 300, 20);
        return image;
    }

private slots:
    void roundTripRendersTheSame_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("redact");
        QTest::addColumn<bool>("withChart");
        for (const char *f : {"xero-intercepted-office.json", "xero-stale-dns.json", "xero-vendor-outage.json",
                 "quickbooks-proxy-502.json"}) {
            QTest::addRow("%s raw", f) << QString::fromLatin1(f) << false << false;
            QTest::addRow("%s redacted", f) << QString::fromLatin1(f) << true << false;
        }
        QTest::newRow("with a timeline chart") << QStringLiteral("xero-hotspot-clean.json") << true << true;
    }

    void roundTripRendersTheSame()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, redact);
        QFETCH(bool, withChart);
        const Report saved = testdata::loadFixture(fixture);
        ReportOptions options = saved.options;
        options.redact = redact;
        if (withChart)
            options.timelineChart = chart();
        Report original = buildReport(
            saved.evidence, saved.diagnosis, saved.profile, saved.note, options, saved.local, saved.network);
        original.timeZone = saved.timeZone;

        const QByteArray json = renderJson(original);
        QString error;
        const auto loaded = reportFromJson(json, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(renderJson(*loaded), json);
        QCOMPARE(renderText(*loaded), renderText(original));
        QCOMPARE(renderMarkdown(*loaded), renderMarkdown(original));
        QCOMPARE(renderHtml(*loaded), renderHtml(original));
        QCOMPARE(loaded->redacted, redact);
        QCOMPARE(loaded->options.timelineChart.isNull(), !withChart);
    }

    void completeAndVersioned()
    {
        const Report r = testdata::loadFixture(QStringLiteral("xero-intercepted-office.json"));
        const QJsonObject o = QJsonDocument::fromJson(renderJson(r)).object();
        QCOMPARE(o.value(QStringLiteral("report_schema_version")).toInt(), ReportSchemaVersion);
        QCOMPARE(o.value(QStringLiteral("profile_id")).toString(), QStringLiteral("xero"));
        for (const char *key : {"evidence", "verdict", "findings", "note", "redaction", "profile", "network",
                 "generated_at", "time_zone", "audience", "app_version"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("note")).toObject().value(QStringLiteral("organisation")).toString(),
            QStringLiteral("Acme Bookkeeping Pty Ltd"));
        QCOMPARE(
            o.value(QStringLiteral("profile")).toObject().value(QStringLiteral("support_facts")).toArray().size(), 5);
        // the evidence inside is the evidence schema, complete enough to re-diagnose
        QVERIFY(evidenceFromJson(o.value(QStringLiteral("evidence")).toObject()));
    }

    void readsDiagnoseJsonAndBareEvidence()
    {
        const Report r = testdata::loadFixture(QStringLiteral("xero-stale-dns.json"));
        QJsonArray findings;
        for (const Finding &f : r.diagnosis.findings)
            findings.append(toJson(f));
        const QJsonObject diagnoseJson {{QStringLiteral("schema_version"), 1},
            {QStringLiteral("verdict"), toJson(r.diagnosis.verdict)}, {QStringLiteral("findings"), findings},
            {QStringLiteral("evidence"), toJson(r.evidence)}};
        QString error;
        const auto fromDiagnose = reportFromJson(QJsonDocument(diagnoseJson).toJson(), &error);
        QVERIFY2(fromDiagnose, qPrintable(error));
        QCOMPARE(fromDiagnose->diagnosis.verdict.code, QStringLiteral("stale_dns"));
        QCOMPARE(fromDiagnose->evidence.dns.size(), r.evidence.dns.size());

        const auto bare = reportFromJson(QJsonDocument(toJson(r.evidence)).toJson(), &error);
        QVERIFY2(bare, qPrintable(error));
        QVERIFY(!bare->hasDiagnosis());
        QCOMPARE(bare->evidence.targetUrl, r.evidence.targetUrl);
    }

    void rediagnoseUsesTodaysRules()
    {
        const Report saved = testdata::loadFixture(QStringLiteral("xero-stale-dns.json"));
        const Report again = rediagnose(saved, saved.profile);
        // whatever today's rules say, it is exactly diagnose() on the saved evidence
        const Diagnosis expected = diagnose(saved.evidence, saved.profile);
        QCOMPARE(again.diagnosis.verdict.code, expected.verdict.code);
        QCOMPARE(again.diagnosis.verdict.headline, expected.verdict.headline);
        QCOMPARE(again.diagnosis.findings.size(), expected.findings.size());
        QCOMPARE(again.originalVerdict.code, QStringLiteral("stale_dns"));
        QVERIFY(again.rediagnosedAt.isValid());
        const auto reloaded = reportFromJson(renderJson(again));
        QVERIFY(reloaded);
        QCOMPARE(reloaded->originalVerdict.code, QStringLiteral("stale_dns"));
        QVERIFY(renderText(again).contains(QLatin1String("Re-diagnosed")));
    }

    void hostileInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QByteArray valid;
        {
            QFile f(testdata::fixturePath(QStringLiteral("xero-intercepted-office.json")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            valid = f.readAll();
        }
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("whitespace only") << QByteArray(" \n\t ") << "empty";
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << "not valid JSON";
        QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 12) << "not valid JSON";
        QTest::newRow("a list") << QByteArray("[1,2,3]") << "not an object";
        QTest::newRow("a bare string") << QByteArray("\"report\"") << "not valid JSON"; // Qt refuses top-level scalars
        QTest::newRow("unrelated object") << QByteArray("{\"name\":\"x\"}") << "no schema version";
        QTest::newRow("future report schema")
            << QByteArray("{\"report_schema_version\":99,\"evidence\":{\"schema_version\":1}}") << "newer Gatecheck";
        QTest::newRow("future evidence schema")
            << QByteArray("{\"report_schema_version\":1,\"evidence\":{\"schema_version\":42}}") << "newer";
        QTest::newRow("schema version a string")
            << QByteArray("{\"report_schema_version\":\"1\",\"evidence\":{}}") << "must be a number";
        QTest::newRow("evidence a string") << QByteArray("{\"report_schema_version\":1,\"evidence\":\"x\"}")
                                           << "\u201cevidence\u201d must be an object";
        QTest::newRow("findings an object")
            << QByteArray("{\"report_schema_version\":1,\"findings\":{},\"evidence\":{\"schema_version\":1}}")
            << "\u201cfindings\u201d must be a list";
        QTest::newRow("dns a number") << QByteArray(
            "{\"report_schema_version\":1,\"evidence\":{\"schema_version\":1,\"dns\":5}}")
                                      << "\u201cdns\u201d must be a list";
        QTest::newRow("no evidence schema")
            << QByteArray("{\"report_schema_version\":1,\"evidence\":{}}") << "no schema_version";
        QTest::newRow("broken chart") << QByteArray(
            "{\"report_schema_version\":1,\"timeline_chart_png\":\"AAAA\",\"evidence\":{\"schema_version\":1}}")
                                      << "not a valid PNG";
        QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
        QTest::newRow("nested too deep") << deep << "not valid JSON";
        QByteArray many = "{\"schema_version\":1,\"dns\":[";
        for (int i = 0; i < 6000; ++i)
            many += i ? ",{}" : "{}";
        many += "]}";
        QTest::newRow("absurdly many observations") << many << "more than 5000";
    }

    void hostileInputIsRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!reportFromJson(data, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), "one line");
        // the same through a file
        const QString path = write(QStringLiteral("hostile.json"), data);
        QVERIFY(!loadReport(path, &error));
        QVERIFY2(error.contains(reason) && error.contains(QLatin1String("hostile.json")), qPrintable(error));
    }

    void hugeFileIsRefusedWithoutReadingItAll()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(MaxReportFileBytes + 1024)); // sparse: cheap to make
        f.close();
        QString error;
        QVERIFY(!loadReport(path, &error));
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
        QVERIFY(!reportFromJson(QByteArray(MaxReportFileBytes + 1, ' '), &error));
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
    }

    void missingFileAndDirectory()
    {
        QString error;
        QVERIFY(!loadReport(m_dir.filePath(QStringLiteral("does-not-exist.json")), &error));
        QVERIFY2(error.contains(QLatin1String("does-not-exist.json")), qPrintable(error));
        QVERIFY(!loadReport(m_dir.path(), &error));
        QVERIFY(!error.isEmpty());
    }

    void formatsByNameAndExtension()
    {
        QCOMPARE(reportFormatForPath(QStringLiteral("/tmp/a.PDF")), std::optional(ReportFormat::Pdf));
        QCOMPARE(reportFormatForPath(QStringLiteral("a.htm")), std::optional(ReportFormat::Html));
        QCOMPARE(reportFormatForPath(QStringLiteral("a.md")), std::optional(ReportFormat::Markdown));
        QCOMPARE(reportFormatForPath(QStringLiteral("a.txt")), std::optional(ReportFormat::Text));
        QCOMPARE(reportFormatForPath(QStringLiteral("a.json")), std::optional(ReportFormat::Json));
        QVERIFY(!reportFormatForPath(QStringLiteral("a.docx")));
        QVERIFY(!reportFormatFromName(QStringLiteral("")));
    }

    void writeIsAtomic()
    {
        const Report r = testdata::loadFixture(QStringLiteral("xero-hotspot-clean.json"));
        const QString path = m_dir.filePath(QStringLiteral("out.json"));
        QString error;
        QVERIFY2(writeReport(r, ReportFormat::Json, path, &error), qPrintable(error));
        QVERIFY(loadReport(path));
        QVERIFY(!writeReport(r, ReportFormat::Json, m_dir.filePath(QStringLiteral("no/such/dir/out.json")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportJson)
#include "tst_reportjson.moc"
