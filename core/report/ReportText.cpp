// SPDX-License-Identifier: GPL-3.0-or-later
// Plain text (for an email) and Markdown (for a ticket) renderings of the outline.
#include "report/Report.h"
#include "report/ReportOutline.h"

#include <QCoreApplication>

#include <algorithm>

namespace gatecheck {

namespace {

using namespace report;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr int kWidth = 78;

QString toneTag(const QString &label)
{
    return QStringLiteral("[%1]").arg(label.toUpper());
}

// Word-wraps one paragraph; keeps explicit line breaks.
QString wrap(const QString &text, int width, const QString &indent)
{
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QString current;
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words) {
            if (!current.isEmpty() && indent.size() + current.size() + 1 + w.size() > width) {
                out << indent + current;
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + w;
        }
        out << indent + current;
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString underline(const QString &title, QChar c)
{
    return title + QLatin1Char('\n') + QString(title.size(), c) + QLatin1Char('\n');
}

QString textTable(const Table &t, const QString &indent)
{
    QList<qsizetype> widths(t.headers.size(), 0);
    for (qsizetype i = 0; i < t.headers.size(); ++i)
        widths[i] = t.headers.at(i).size();
    for (const QStringList &row : t.rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    qsizetype total = indent.size();
    for (qsizetype w : widths)
        total += w + 2;
    QString out;
    if (total <= 110) {
        const auto line = [&](const QStringList &cells) {
            QString l = indent;
            for (qsizetype i = 0; i < cells.size(); ++i)
                l += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i) + 2) : cells.at(i);
            return l.trimmed().isEmpty() ? QString() : indent + l.mid(indent.size()).trimmed() + QLatin1Char('\n');
        };
        out += line(t.headers);
        QStringList rule;
        for (qsizetype w : widths)
            rule << QString(w, QLatin1Char('-'));
        out += line(rule);
        for (const QStringList &row : t.rows)
            out += line(row);
        return out;
    }
    // Too wide for a mail client: one record per row.
    for (const QStringList &row : t.rows) {
        out += indent + QStringLiteral("* ") + row.value(0) + QLatin1Char('\n');
        for (qsizetype i = 1; i < row.size() && i < t.headers.size(); ++i)
            out += indent + QStringLiteral("    ") + t.headers.at(i) + QStringLiteral(": ") + row.at(i)
                + QLatin1Char('\n');
    }
    return out;
}

QString textBlock(const Block &b)
{
    QString out;
    switch (b.kind) {
    case Block::Kind::Paragraph:
        return wrap(b.text, kWidth, {});
    case Block::Kind::Lead:
        return wrap(QStringLiteral("> ") + b.text, kWidth, {});
    case Block::Kind::Callout:
        out = wrap(QStringLiteral("%1 %2").arg(toneTag(b.toneLabel), b.title), kWidth, {});
        if (!b.text.isEmpty())
            out += wrap(b.text, kWidth, QStringLiteral("  "));
        for (const QString &step : b.items)
            out += wrap(QStringLiteral("- ") + step, kWidth, QStringLiteral("  "));
        return out;
    case Block::Kind::Facts: {
        if (!b.title.isEmpty())
            out += b.title + QLatin1Char('\n');
        qsizetype width = 0;
        for (const auto &f : b.facts)
            width = std::max(width, f.first.size());
        for (const auto &f : b.facts)
            out += QStringLiteral("  %1 %2\n").arg((f.first + QLatin1Char(':')).leftJustified(width + 1), f.second);
        return out;
    }
    case Block::Kind::Bullets:
        if (!b.title.isEmpty())
            out += b.title + QLatin1Char('\n');
        for (const QString &item : b.items)
            out += wrap(QStringLiteral("- ") + item, kWidth, QStringLiteral("  "));
        return out;
    case Block::Kind::Steps:
        for (qsizetype i = 0; i < b.items.size(); ++i)
            out += wrap(QStringLiteral("%1. %2").arg(i + 1).arg(b.items.at(i)), kWidth, QStringLiteral("  "));
        return out;
    case Block::Kind::Table:
        if (!b.title.isEmpty())
            out += b.title + QLatin1Char('\n');
        return out + textTable(b.table, QStringLiteral("  "));
    case Block::Kind::Image:
        return QStringLiteral("(%1)\n").arg(Text::tr("%1 The chart is in the PDF and HTML reports.").arg(b.title));
    }
    return out;
}

QString textSections(const QList<Section> &sections)
{
    QString out;
    for (const Section &s : sections) {
        out += QLatin1Char('\n') + underline(s.title, QLatin1Char('-'));
        for (const Block &b : s.blocks)
            out += textBlock(b);
    }
    return out;
}

// Markdown: escape what would otherwise be markup (and raw HTML a ticket system might render).
QString md(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|~");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    if (out.startsWith(QLatin1Char('#')))
        out.prepend(QLatin1Char('\\'));
    return out;
}

QString mdLines(const QString &text)
{
    return md(text).replace(QLatin1Char('\n'), QStringLiteral("  \n"));
}

QString mdBlock(const Block &b)
{
    QString out;
    switch (b.kind) {
    case Block::Kind::Paragraph:
        return mdLines(b.text) + QStringLiteral("\n\n");
    case Block::Kind::Lead:
        return QStringLiteral("**%1**\n\n").arg(md(b.text));
    case Block::Kind::Callout:
        out = QStringLiteral("> **%1 — %2**\n").arg(md(b.toneLabel.toUpper()), md(b.title));
        if (!b.text.isEmpty())
            out += QStringLiteral(">\n> ") + mdLines(b.text).replace(QStringLiteral("  \n"), QStringLiteral("  \n> "))
                + QLatin1Char('\n');
        for (const QString &step : b.items)
            out += QStringLiteral("> - ") + md(step) + QLatin1Char('\n');
        return out + QLatin1Char('\n');
    case Block::Kind::Facts:
        if (!b.title.isEmpty())
            out += QStringLiteral("**%1**\n\n").arg(md(b.title));
        for (const auto &f : b.facts)
            out += QStringLiteral("- **%1:** %2\n").arg(md(f.first), md(f.second));
        return out + QLatin1Char('\n');
    case Block::Kind::Bullets:
        if (!b.title.isEmpty())
            out += QStringLiteral("**%1**\n\n").arg(md(b.title));
        for (const QString &item : b.items)
            out += QStringLiteral("- ") + md(item) + QLatin1Char('\n');
        return out + QLatin1Char('\n');
    case Block::Kind::Steps:
        for (qsizetype i = 0; i < b.items.size(); ++i)
            out += QStringLiteral("%1. %2\n").arg(i + 1).arg(md(b.items.at(i)));
        return out + QLatin1Char('\n');
    case Block::Kind::Table: {
        if (!b.title.isEmpty())
            out += QStringLiteral("**%1**\n\n").arg(md(b.title));
        const auto row = [](const QStringList &cells) {
            QStringList escaped;
            for (const QString &c : cells)
                escaped << md(c).replace(QLatin1Char('\n'), QLatin1Char(' '));
            return QStringLiteral("| %1 |\n").arg(escaped.join(QStringLiteral(" | ")));
        };
        out += row(b.table.headers);
        out += QStringLiteral("|%1\n").arg(QStringLiteral("---|").repeated(b.table.headers.size()));
        for (const QStringList &r : b.table.rows)
            out += row(r);
        return out + QLatin1Char('\n');
    }
    case Block::Kind::Image:
        return QStringLiteral("*(%1)*\n\n")
            .arg(md(Text::tr("%1 The chart is in the PDF and HTML reports.").arg(b.title)));
    }
    return out;
}

QString mdSections(const QList<Section> &sections, const QString &level)
{
    QString out;
    for (const Section &s : sections) {
        out += QStringLiteral("%1 %2\n\n").arg(level, md(s.title));
        for (const Block &b : s.blocks)
            out += mdBlock(b);
    }
    return out;
}

} // namespace

QString renderText(const Report &report)
{
    const Outline o = buildOutline(report);
    QString out = underline(o.title, QLatin1Char('='));
    out += wrap(o.subtitle, kWidth, {});
    out += wrap(o.redactionLine, kWidth, {});
    out += textSections(o.summary);
    out += QLatin1Char('\n') + underline(o.evidenceTitle, QLatin1Char('='));
    out += wrap(o.evidenceIntro, kWidth, {});
    out += textSections(o.evidence);
    out += QStringLiteral("\n-- \n") + o.footer + QLatin1Char('\n');
    return out;
}

QString renderMarkdown(const Report &report)
{
    const Outline o = buildOutline(report);
    QString out = QStringLiteral("# %1\n\n*%2*\n\n> %3\n\n").arg(md(o.title), md(o.subtitle), md(o.redactionLine));
    out += mdSections(o.summary, QStringLiteral("##"));
    out += QStringLiteral("---\n\n# %1\n\n%2\n\n").arg(md(o.evidenceTitle), md(o.evidenceIntro));
    out += mdSections(o.evidence, QStringLiteral("##"));
    out += QStringLiteral("---\n\n*%1*\n").arg(md(o.footer));
    return out;
}

} // namespace gatecheck
