// SPDX-License-Identifier: GPL-3.0-or-later
// Text, Markdown and HTML: the first page in the order its audience needs, the same facts for
// both audiences, the vendor's support facts first in the vendor section, and user text escaped.
#include "ReportTestData.h"
#include "report/ReportOutline.h"

#include <QRegularExpression>
#include <QTest>

using namespace gatecheck;

namespace {

// Asserts that every needle occurs in `haystack`, in this order; says which one broke the order.
void verifyOrder(const QString &haystack, const QStringList &needles)
{
    // text wraps long lines: compare with whitespace folded
    const QString flat = haystack.simplified();
    qsizetype from = 0;
    for (const QString &needle : needles) {
        const qsizetype at = flat.indexOf(needle.simplified(), from, Qt::CaseInsensitive);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("\"%1\" missing or out of order").arg(needle)));
        from = at + needle.size();
    }
}

Report fixture(const QString &name, ReportAudience audience)
{
    Report r = testdata::loadFixture(name);
    r.options.audience = audience;
    return r;
}

} // namespace

class TestReportRender : public QObject
{
    Q_OBJECT

private slots:
    void itAudienceOrder_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << "text";
        QTest::newRow("markdown") << "markdown";
        QTest::newRow("html") << "html";
    }

    void itAudienceOrder()
    {
        QFETCH(QString, format);
        const Report r = fixture(QStringLiteral("xero-intercepted-office.json"), ReportAudience::ItTeam);
        QString out = format == QLatin1String("text") ? renderText(r)
            : format == QLatin1String("markdown")     ? renderMarkdown(r)
                                                      : renderHtml(r);
        if (format != QLatin1String("text"))
            out.remove(QLatin1Char('\\')); // Markdown escapes
        if (format == QLatin1String("html"))
            out.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&#39;"), QStringLiteral("'"));
        // verdict, who acts, what to do, the note, for IT, then the vendor's facts in the vendor's order
        verifyOrder(out,
            {QStringLiteral("Problem found"), r.diagnosis.verdict.headline, QStringLiteral("Who should act"),
                QStringLiteral("Your IT team or network administrator"), QStringLiteral("What to do next"),
                QStringLiteral("Ask IT to exempt"), QStringLiteral("In the user"),
                QStringLiteral("It worked yesterday"), QStringLiteral("For your IT team"),
                QStringLiteral("If you contact Xero support"), QStringLiteral("Xero organisation name"),
                QStringLiteral("Acme Bookkeeping Pty Ltd"), QStringLiteral("Address showing the error"),
                QStringLiteral("When the error started"), QStringLiteral("Your region"), QStringLiteral("Australia"),
                QStringLiteral("Evidence for IT"), QStringLiteral("Paths to Xero"), QStringLiteral("Name lookups"),
                QStringLiteral("Certificates"), QStringLiteral("About this report")});
    }

    void vendorAudienceOrder()
    {
        const Report r = fixture(QStringLiteral("xero-vendor-outage.json"), ReportAudience::VendorSupport);
        const QString text = renderText(r);
        // the facts Xero's support asks for come first, then the result, then the customer's words
        verifyOrder(text,
            {QStringLiteral("Connection report for Xero support"), QStringLiteral("Details Xero support asks for"),
                QStringLiteral("Xero organisation name"), QStringLiteral("Acme Bookkeeping Pty Ltd"),
                QStringLiteral("Your region"), QStringLiteral("Australia"), QStringLiteral("Result of the checks"),
                r.diagnosis.verdict.headline, QStringLiteral("Who should act"),
                QStringLiteral("Xero (the service itself)"), QStringLiteral("In the customer's words"),
                QStringLiteral("For Xero support"), QStringLiteral("Checked from the customer's computer")});
    }

    void audienceChangesOrderNotFacts()
    {
        const Report it = fixture(QStringLiteral("quickbooks-proxy-502.json"), ReportAudience::ItTeam);
        const Report vendor = fixture(QStringLiteral("quickbooks-proxy-502.json"), ReportAudience::VendorSupport);
        const QStringList facts = report::measuredFacts(it);
        QCOMPARE(report::measuredFacts(vendor), facts);
        QVERIFY(facts.size() >= 4);
        const QString a = renderText(it), b = renderText(vendor);
        QVERIFY(a != b);
        for (const QString &fact : facts) {
            QVERIFY2(a.simplified().contains(fact.simplified()), qPrintable(fact));
            QVERIFY2(b.simplified().contains(fact.simplified()), qPrintable(fact));
        }
        // the evidence pages are identical
        QCOMPARE(
            a.mid(a.indexOf(QLatin1String("Evidence for IT"))), b.mid(b.indexOf(QLatin1String("Evidence for IT"))));
    }

    void supportFactsFallBackAndExtend()
    {
        Report r = fixture(QStringLiteral("xero-stale-dns.json"), ReportAudience::ItTeam);
        r.profile.supportFacts.clear(); // a profile without its own list
        r.evidence.activity.clear(); // and no feature known
        r.note.vendorFacts.insert(QStringLiteral("region"), QStringLiteral("New Zealand"));
        const QList<report::SupportFactValue> facts = report::supportFactValues(r);
        QStringList keys;
        for (const auto &f : facts)
            keys << f.key;
        QCOMPARE(keys,
            (QStringList {QStringLiteral("organisation"), QStringLiteral("url"), QStringLiteral("started_at"),
                QStringLiteral("others_affected"), QStringLiteral("feature"), QStringLiteral("region")}));
        QCOMPARE(facts.at(1).value, r.evidence.targetUrl);
        QCOMPARE(facts.last().value, QStringLiteral("New Zealand"));
        QVERIFY(renderText(r).contains(QLatin1String("(not given)"))); // feature was not given
    }

    void userTextIsEscaped()
    {
        Report r = fixture(QStringLiteral("xero-hotspot-clean.json"), ReportAudience::ItTeam);
        r.note.whatHappened =
            QStringLiteral("<script>alert(1)</script> | *bold* [link](http://x) <img src=x onerror=y>");
        const QString html = renderHtml(r);
        QVERIFY(!html.contains(QLatin1String("<script>alert")));
        QVERIFY(!html.contains(QLatin1String("<img src=x")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        const QString md = renderMarkdown(r);
        QVERIFY(md.contains(QLatin1String("\\<script\\>")));
        QVERIFY(md.contains(QLatin1String("\\*bold\\*")));
        QVERIFY(md.contains(QLatin1String("\\[link\\]")));
        QVERIFY(!md.contains(QLatin1String("<script>")));
    }

    void htmlIsSelfContained()
    {
        Report r = fixture(QStringLiteral("xero-hotspot-clean.json"), ReportAudience::ItTeam);
        QImage chart(200, 80, QImage::Format_ARGB32);
        chart.fill(Qt::white);
        r.options.timelineChart = chart;
        const QString html = renderHtml(r);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("Content-Security-Policy")));
        QVERIFY(html.contains(QLatin1String("src=\"data:image/png;base64,")));
        // nothing is loaded from anywhere: no external scripts, styles or images
        static const QRegularExpression external(QStringLiteral("(src|href)=\"(?!data:)"));
        QVERIFY(!external.match(html).hasMatch());
        QVERIFY(!html.contains(QLatin1String("<script")));
    }

    void verdictTonesAndLabels()
    {
        const Report ok = fixture(QStringLiteral("xero-hotspot-clean.json"), ReportAudience::ItTeam);
        QCOMPARE(report::verdictTone(ok.diagnosis), report::Tone::Good);
        QVERIFY(renderText(ok).contains(QLatin1String("[NO PROBLEM FOUND]")));
        const Report bad = fixture(QStringLiteral("xero-vendor-outage.json"), ReportAudience::ItTeam);
        QCOMPARE(report::verdictTone(bad.diagnosis), report::Tone::Problem);
        QVERIFY(renderText(bad).contains(QLatin1String("[PROBLEM FOUND]")));
        Report none = ok;
        none.diagnosis = {};
        QVERIFY(renderText(none).contains(QLatin1String("has not been diagnosed")));
    }

    void timesCarryTheirZone()
    {
        const Report r = fixture(QStringLiteral("xero-stale-dns.json"), ReportAudience::ItTeam);
        // 10:02 UTC is 21:02 in Sydney in November (daylight saving)
        QCOMPARE(report::formatTime(r.evidence.startedAt, r.timeZone),
            QStringLiteral("2026-11-24 21:02:00 AEDT (UTC+11:00)"));
        QCOMPARE(report::formatTime(r.evidence.startedAt, QTimeZone::utc()),
            QStringLiteral("2026-11-24 10:02:00 UTC+00:00"));
        QVERIFY(renderText(r).contains(QLatin1String("2026-11-24 21:02:00 AEDT (UTC+11:00)")));
    }

    void textIsMailFriendly()
    {
        const QString text =
            renderText(fixture(QStringLiteral("xero-intercepted-office.json"), ReportAudience::ItTeam));
        const QStringList lines = text.split(QLatin1Char('\n'));
        int longLines = 0;
        for (const QString &line : lines)
            longLines += line.size() > 110;
        QCOMPARE(longLines, 0);
    }
};

QTEST_GUILESS_MAIN(TestReportRender)
#include "tst_reportrender.moc"
