// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The content of a report, decided once: what is said, in which order, in which words.
// Every renderer (text, Markdown, HTML, PDF) only formats an Outline, so all formats carry the
// same facts and the audience changes the first page's order and wording in one place.

#include "report/Report.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gatecheck::report {

// Colour is never the only signal: every toned element also has a text label.
enum class Tone { Neutral, Good, Info, Warning, Problem };

struct Table
{
    QStringList headers;
    QList<QStringList> rows;
    QList<Tone> rowTones; // one per row, or empty
    int toneColumn = -1; // the cell of this column is coloured with its row's tone
};

struct Block
{
    enum class Kind {
        Paragraph, // text
        Lead, // one emphasised line: text
        Callout, // a toned box: toneLabel + title, text, items (next steps)
        Facts, // label: value pairs
        Bullets, // items
        Steps, // numbered items
        Table, // table (title = caption)
        Image, // image (title = caption)
    };
    Kind kind = Kind::Paragraph;
    QString title;
    QString text;
    Tone tone = Tone::Neutral;
    QString toneLabel;
    QList<QPair<QString, QString>> facts;
    QStringList items;
    report::Table table;
    QImage image;

    static Block tableOf(const QString &caption, report::Table table)
    {
        Block b;
        b.kind = Kind::Table;
        b.title = caption;
        b.table = std::move(table);
        return b;
    }
};

struct Section
{
    QString id; // stable, e.g. "verdict", "who", "next-steps", "for-it", "note", "support-facts"
    QString title;
    QList<Block> blocks;
};

struct Outline
{
    QString title;
    QString subtitle;
    QString redactionLine; // says whether and what was redacted
    QList<Section> summary; // page 1, for a non-technical reader
    QString evidenceTitle;
    QString evidenceIntro;
    QList<Section> evidence; // the rest, for IT
    QString footer; // app, report date and zone; renderers add page numbers
    QString documentTitle; // PDF/HTML metadata title
};

Outline buildOutline(const Report &report);

// ---- Pieces shared by the outline builders (ReportWording.cpp) ----------------------------
// The fetch of the target URL over `path` (the first over it when none is of the target);
// nullptr when the path was not tried. Shared by the outline and the run comparison.
const HttpObservation *pathResult(const Evidence &e, const QString &path);
QString formatTime(const QDateTime &time, const QTimeZone &zone); // "2026-11-22 10:30:05 CET (UTC+01:00)"
QString formatDuration(qint64 ms); // "840 ms", "2.4 s", "-"
QString whoActsTitle(WhoFixes who, const QString &vendor); // "Xero", "Your IT team or network administrator"
QString whoActsExplanation(WhoFixes who, const QString &vendor);
QString severityLabel(Severity severity);
Tone toneFor(Severity severity);
Tone verdictTone(const Diagnosis &diagnosis);
QString verdictLabel(const Diagnosis &diagnosis); // "Problem found", "No problem found", ...
QString pathLabel(const QString &path); // "as-browser" -> "Like your browser"
QString vendorName(const Report &report); // display name, else the target's host
QString httpResult(const HttpObservation &h); // "502 Bad Gateway" / "failed: timeout (...)"
QString answeredBy(const HttpObservation &h); // "squid/5.7 via 1.1 proxy (squid/5.7)"
QString dnsAnswerText(const DnsObservation &d);
QString resolverLabel(const DnsObservation &d);

struct SupportFactValue
{
    QString key;
    QString label;
    QString value; // empty when the user did not give it
};
// The facts the vendor's support desk asks for, in the vendor's order, with the user's answers.
QList<SupportFactValue> supportFactValues(const Report &report);

// Plain sentences of what was measured (paths, DNS, certificate, status page, this computer):
// the same facts for IT and for the vendor, framed differently by the summary.
QStringList measuredFacts(const Report &report);

QList<Section> summarySections(const Report &report); // ReportSummary.cpp
QList<Section> evidenceSections(const Report &report); // ReportEvidence.cpp
QList<Section> environmentSections(const Report &report); // ReportEnvironment.cpp

} // namespace gatecheck::report
