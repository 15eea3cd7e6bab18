// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF, read back with poppler's pdftotext: page 1 carries the verdict, who should act, the
// vendor's support facts and the user's note in the audience's order; every page is numbered;
// the watch chart is embedded when given.
#include "ReportTestData.h"
#include "RigProcess.h"
#include "report/ReportOutline.h"

#include <QBuffer>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

void verifyOrder(const QString &haystack, const QStringList &needles)
{
    // pdftotext breaks lines where the layout did: compare with all whitespace folded
    const QString flat = haystack.simplified();
    qsizetype from = 0;
    for (const QString &needle : needles) {
        const qsizetype at = flat.indexOf(needle.simplified(), from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("\"%1\" missing or out of order in:\n%2").arg(needle, haystack)));
        from = at + needle.size();
    }
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString renderFile(const Report &report, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!renderPdf(report, path, &error))
            qWarning("renderPdf: %s", qPrintable(error));
        return path;
    }

    QString page(const QString &pdf, int number)
    {
        return run(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QString::number(number), QStringLiteral("-l"), QString::number(number), pdf,
                QStringLiteral("-")});
    }

private slots:
    void initTestCase()
    {
        RIG_REQUIRE_PROGRAM("pdftotext");
        RIG_REQUIRE_PROGRAM("pdfinfo");
        QVERIFY(m_dir.isValid());
    }

    void firstPageHasTheEssentials_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("who");
        QTest::newRow("TLS inspection: IT acts") << "xero-intercepted-office.json"
                                                 << "Your IT team or network administrator";
        QTest::newRow("stale DNS: the user acts") << "xero-stale-dns.json"
                                                  << "You, on this computer";
        QTest::newRow("outage: the vendor acts") << "xero-vendor-outage.json"
                                                 << "Xero (the service itself)";
        QTest::newRow("proxy 502: IT acts") << "quickbooks-proxy-502.json"
                                            << "Your IT team or network administrator";
        QTest::newRow("no problem") << "xero-hotspot-clean.json"
                                    << "Nobody needs to act";
    }

    void firstPageHasTheEssentials()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, who);
        Report r = testdata::loadFixture(fixture);
        r.options.audience = ReportAudience::ItTeam;
        const QString pdf = renderFile(r, fixture + QStringLiteral(".pdf"));
        const QString first = page(pdf, 1);
        QStringList order {r.diagnosis.verdict.headline, QStringLiteral("Who should act"), who};
        if (!r.note.whatHappened.isEmpty())
            order << QStringLiteral("In the user's words") << r.note.whatHappened;
        order << QStringLiteral("If you contact %1 support").arg(r.profile.displayName);
        const QList<report::SupportFactValue> facts = report::supportFactValues(r);
        QVERIFY(!facts.isEmpty());
        order << facts.first().label; // the vendor's own first fact leads the vendor section
        for (const auto &f : facts)
            if (!f.value.isEmpty() && f.key != QLatin1String("url"))
                order << f.value;
        verifyOrder(first, order);
        QVERIFY2(first.contains(QLatin1String("Page 1 of")), qPrintable(first));
        QVERIFY(!first.contains(QLatin1String("Evidence for IT"))); // page 1 is for the non-technical reader
    }

    void vendorAudienceLeadsWithTheirFacts()
    {
        Report r = testdata::loadFixture(QStringLiteral("xero-vendor-outage.json"));
        r.options.audience = ReportAudience::VendorSupport;
        const QString first = page(renderFile(r, QStringLiteral("vendor.pdf")), 1);
        verifyOrder(first,
            {QStringLiteral("Connection report for Xero support"), QStringLiteral("Details Xero support asks for"),
                QStringLiteral("Xero organisation name"), QStringLiteral("Acme Bookkeeping Pty Ltd"),
                QStringLiteral("Australia"), r.diagnosis.verdict.headline, QStringLiteral("Who should act"),
                QStringLiteral("In the customer's words"), r.note.whatHappened, QStringLiteral("For Xero support")});
    }

    void evidencePagesForIt()
    {
        const Report r = testdata::loadFixture(QStringLiteral("xero-intercepted-office.json"));
        const QString pdf = renderFile(r, QStringLiteral("evidence.pdf"));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QLatin1String("A4")), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("Why Xero is not working")), qPrintable(info)); // the PDF's title
        const int pages = info.section(QLatin1String("Pages:"), 1).trimmed().section(QLatin1Char('\n'), 0, 0).toInt();
        QVERIFY2(pages >= 2, qPrintable(info));
        const QString all = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        verifyOrder(all,
            {QStringLiteral("Evidence for IT"), QStringLiteral("Findings"), QStringLiteral("Paths to Xero"),
                QStringLiteral("Zscaler/6.2"), QStringLiteral("Name lookups (DNS)"),
                QStringLiteral("Certificates (TLS)"), QStringLiteral("Zscaler Root CA"),
                QStringLiteral("This computer"), QStringLiteral("Proxy settings"), QStringLiteral("About this report"),
                QStringLiteral("AEDT (UTC+11:00)"), QStringLiteral("Gatecheck version")});
        for (int i = 1; i <= pages; ++i)
            QVERIFY2(page(pdf, i).contains(QStringLiteral("Page %1 of %2").arg(i).arg(pages)),
                qPrintable(QString::number(i)));
    }

    void timelineChartIsEmbedded()
    {
        RIG_REQUIRE_PROGRAM("pdfimages");
        Report r = testdata::loadFixture(QStringLiteral("xero-hotspot-clean.json"));
        const QString without = renderFile(r, QStringLiteral("no-chart.pdf"));
        QImage chart(900, 300, QImage::Format_ARGB32);
        chart.fill(Qt::white);
        QPainter p(&chart);
        p.setPen(QPen(Qt::darkGreen, 4));
        p.drawLine(0, 250, 900, 40);
        p.end();
        r.options.timelineChart = chart;
        const QString with = renderFile(r, QStringLiteral("chart.pdf"));
        const auto images = [](const QString &pdf) {
            return run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                       .size()
                - 2;
        };
        QCOMPARE(images(without), 0);
        QVERIFY(images(with) >= 1);
        QVERIFY(run(QStringLiteral("pdftotext"), {with, QStringLiteral("-")}).contains(QLatin1String("Timeline")));
    }

    void writesToAnyDevice()
    {
        const Report r = testdata::loadFixture(QStringLiteral("xero-stale-dns.json"));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(renderPdf(r, &buffer, &error), qPrintable(error));
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }

    void unwritablePathFailsCleanly()
    {
        const Report r = testdata::loadFixture(QStringLiteral("xero-stale-dns.json"));
        QString error;
        QVERIFY(!renderPdf(r, m_dir.filePath(QStringLiteral("missing/dir/x.pdf")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
