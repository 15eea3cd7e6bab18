// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportHtml.h"

#include <QBuffer>
#include <QCoreApplication>

namespace gatecheck {

namespace report {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString escLines(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString toneClass(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QStringLiteral("good");
    case Tone::Info:
        return QStringLiteral("info");
    case Tone::Warning:
        return QStringLiteral("warning");
    case Tone::Problem:
        return QStringLiteral("problem");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

const char *kBrowserCss = R"(
body{font-family:"Segoe UI","Helvetica Neue",Arial,"DejaVu Sans",sans-serif;color:#1f2328;max-width:62em;margin:2em auto;padding:0 1.2em;line-height:1.45}
h1{font-size:1.7em;margin:0 0 .2em;color:#0b3d62}
h1.evidence{margin-top:2.5em;border-top:3px solid #0b3d62;padding-top:.6em}
h2{font-size:1.2em;color:#0b3d62;border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin:1.6em 0 .6em}
.subtitle{color:#57606a;margin:0 0 .8em}
.redaction{background:#f6f8fa;border-left:4px solid #8c959f;padding:.4em .8em;font-size:.9em}
.callout{border-left:6px solid #8c959f;background:#f6f8fa;padding:.6em 1em;margin:.8em 0;border-radius:4px}
.callout .label{display:inline-block;font-size:.78em;font-weight:700;letter-spacing:.04em;text-transform:uppercase;padding:.1em .55em;border-radius:3px;color:#fff;background:#57606a;margin-right:.5em;vertical-align:middle}
.callout .headline{font-weight:700;font-size:1.1em}
.callout p{margin:.4em 0 0}
.good{border-color:#1e7b34;background:#e6f4ea}.good .label{background:#1e7b34}
.info{border-color:#1a5fb4;background:#e8f0fe}.info .label{background:#1a5fb4}
.warning{border-color:#9a6700;background:#fff4e0}.warning .label{background:#9a6700}
.problem{border-color:#b3261e;background:#fce8e6}.problem .label{background:#b3261e}
table{border-collapse:collapse;width:100%;font-size:.88em;margin:.4em 0 1em}
th,td{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef2f6}
td.good{background:#e6f4ea;color:#1e7b34}td.info{background:#e8f0fe;color:#1a5fb4}
td.warning{background:#fff4e0;color:#9a6700}td.problem{background:#fce8e6;color:#b3261e;font-weight:600}
table.facts th{width:30%;background:#f6f8fa;font-weight:600}
.caption{font-weight:600;margin:.8em 0 .2em}
.lead{font-size:1.15em;font-weight:700;margin:.2em 0}
td[nowrap]{white-space:nowrap}
img{max-width:100%;height:auto;border:1px solid #d0d7de}
footer{color:#57606a;font-size:.85em;border-top:1px solid #d0d7de;margin-top:2.5em;padding-top:.5em}
@media print{h1.evidence{page-break-before:always;border-top:none}}
)";

class HtmlWriter
{
public:
    HtmlWriter(HtmlFlavour flavour, int imageWidth)
        : m_rich(flavour == HtmlFlavour::RichText)
        , m_imageWidth(imageWidth)
    { }

    QString sections(const QList<Section> &list)
    {
        QString out;
        for (const Section &s : list) {
            out += m_rich ? QStringLiteral("<h2 style=\"font-size:13pt; color:#0b3d62; margin-top:14px; "
                                           "margin-bottom:4px;\">%1</h2>\n")
                                .arg(esc(s.title))
                          : QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(esc(s.id), esc(s.title));
            for (const Block &b : s.blocks)
                out += block(b);
        }
        return out;
    }

    QString block(const Block &b)
    {
        switch (b.kind) {
        case Block::Kind::Paragraph:
            return QStringLiteral("<p>%1</p>\n").arg(escLines(b.text));
        case Block::Kind::Lead:
            return m_rich ? QStringLiteral("<p style=\"font-size:12pt; font-weight:700; margin-top:2px;\">%1</p>\n")
                                .arg(esc(b.text))
                          : QStringLiteral("<p class=\"lead\">%1</p>\n").arg(esc(b.text));
        case Block::Kind::Callout:
            return callout(b);
        case Block::Kind::Facts:
            return facts(b);
        case Block::Kind::Bullets:
            return list(b, QStringLiteral("ul"));
        case Block::Kind::Steps:
            return list(b, QStringLiteral("ol"));
        case Block::Kind::Table:
            return table(b);
        case Block::Kind::Image:
            return image(b);
        }
        return {};
    }

private:
    QString caption(const QString &title) const
    {
        if (title.isEmpty())
            return {};
        return m_rich ? QStringLiteral("<p style=\"font-weight:600; margin-top:8px; margin-bottom:2px;\">%1</p>\n")
                            .arg(esc(title))
                      : QStringLiteral("<p class=\"caption\">%1</p>\n").arg(esc(title));
    }

    QString callout(const Block &b) const
    {
        QString items;
        for (const QString &item : b.items)
            items += QStringLiteral("<li>%1</li>").arg(esc(item));
        if (!m_rich) {
            QString out = QStringLiteral(
                "<div class=\"callout %1\"><span class=\"label\">%2</span><span class=\"headline\">%3</span>")
                              .arg(toneClass(b.tone), esc(b.toneLabel), esc(b.title));
            if (!b.text.isEmpty())
                out += QStringLiteral("<p>%1</p>").arg(escLines(b.text));
            if (!items.isEmpty())
                out += QStringLiteral("<ul>%1</ul>").arg(items);
            return out + QStringLiteral("</div>\n");
        }
        // QTextDocument draws no left borders on blocks: a two-cell table gives the colour bar.
        const ToneColours c = coloursFor(b.tone);
        QString body = QStringLiteral("<span style=\"color:%1; font-weight:700; font-size:8pt;\">%2</span><br/>"
                                      "<span style=\"font-weight:700; font-size:11.5pt;\">%3</span>")
                           .arg(QLatin1String(c.ink), esc(b.toneLabel.toUpper()), esc(b.title));
        if (!b.text.isEmpty())
            body += QStringLiteral("<br/>%1").arg(escLines(b.text));
        if (!items.isEmpty())
            body += QStringLiteral("<ul style=\"margin-top:2px; margin-bottom:0px;\">%1</ul>").arg(items);
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" style=\"margin-top:6px; "
                              "margin-bottom:8px;\"><tr><td width=\"5\" bgcolor=\"%1\"></td>"
                              "<td bgcolor=\"%2\">%3</td></tr></table>\n")
            .arg(QLatin1String(c.ink), QLatin1String(c.background), body);
    }

    QString facts(const Block &b) const
    {
        QString rows;
        for (const auto &f : b.facts)
            rows += m_rich ? QStringLiteral("<tr><td width=\"32%\" bgcolor=\"#f3f5f8\"><b>%1</b></td><td>%2</td></tr>")
                                 .arg(esc(f.first), escLines(f.second))
                           : QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(f.first), escLines(f.second));
        return caption(b.title) + tableOpen(QStringLiteral("facts")) + rows + QStringLiteral("</table>\n");
    }

    QString list(const Block &b, const QString &tag) const
    {
        QString out = caption(b.title) + QStringLiteral("<%1>").arg(tag);
        for (const QString &item : b.items)
            out += QStringLiteral("<li>%1</li>").arg(esc(item));
        return out + QStringLiteral("</%1>\n").arg(tag);
    }

    QString tableOpen(const QString &cls) const
    {
        if (!m_rich)
            return QStringLiteral("<table class=\"%1\">").arg(cls);
        return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                              "style=\"border-collapse:collapse; border-color:#c5ccd4; border-style:solid; "
                              "font-size:8.5pt; margin-bottom:6px;\">");
    }

    QString table(const Block &b) const
    {
        const Table &t = b.table;
        QString out = caption(b.title) + tableOpen(QStringLiteral("data"));
        out += m_rich ? QStringLiteral("<thead><tr>") : QStringLiteral("<thead><tr>");
        for (const QString &h : t.headers)
            out += m_rich ? QStringLiteral("<th bgcolor=\"#e9eef4\" align=\"left\">%1</th>").arg(esc(h))
                          : QStringLiteral("<th>%1</th>").arg(esc(h));
        out += QStringLiteral("</tr></thead><tbody>");
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const Tone tone = t.rowTones.value(r, Tone::Neutral);
            out += QStringLiteral("<tr>");
            const QStringList &row = t.rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const bool toned = c == t.toneColumn && tone != Tone::Neutral;
                // Short single words (dates, times, addresses, ports) read badly when broken.
                const QString nowrap = row.at(c).size() <= 16 && !row.at(c).contains(QLatin1Char(' '))
                    ? QStringLiteral(" nowrap")
                    : QString();
                if (!toned)
                    out += QStringLiteral("<td%1>%2</td>").arg(nowrap, escLines(row.at(c)));
                else if (m_rich)
                    out += QStringLiteral("<td%1 bgcolor=\"%2\" style=\"color:%3;\">%4</td>")
                               .arg(nowrap, QLatin1String(coloursFor(tone).background),
                                   QLatin1String(coloursFor(tone).ink), escLines(row.at(c)));
                else
                    out +=
                        QStringLiteral("<td%1 class=\"%2\">%3</td>").arg(nowrap, toneClass(tone), escLines(row.at(c)));
            }
            out += QStringLiteral("</tr>");
        }
        return out + QStringLiteral("</tbody></table>\n");
    }

    QString image(const Block &b) const
    {
        if (m_rich)
            return QStringLiteral("<p><img src=\"%1\" width=\"%2\"/></p>"
                                  "<p style=\"color:#57606a; font-size:8.5pt; margin-top:2px;\">%3</p>\n")
                .arg(TimelineResourceUrl)
                .arg(m_imageWidth > 0 ? m_imageWidth : b.image.width())
                .arg(esc(b.title));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        b.image.save(&buffer, "PNG");
        return QStringLiteral(
            "<figure><img alt=\"%1\" src=\"data:image/png;base64,%2\"/><figcaption>%1</figcaption></figure>\n")
            .arg(esc(b.title), QString::fromLatin1(png.toBase64()));
    }

    bool m_rich;
    int m_imageWidth;
};

} // namespace

ToneColours coloursFor(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return {"#1e7b34", "#e6f4ea"};
    case Tone::Info:
        return {"#1a5fb4", "#e8f0fe"};
    case Tone::Warning:
        return {"#9a6700", "#fff4e0"};
    case Tone::Problem:
        return {"#b3261e", "#fce8e6"};
    case Tone::Neutral:
        break;
    }
    return {"#57606a", "#f6f8fa"};
}

QString outlineToHtml(const Outline &o, HtmlFlavour flavour, int imageWidth)
{
    HtmlWriter w(flavour, imageWidth);
    if (flavour == HtmlFlavour::RichText) {
        QString out = QStringLiteral("<html><body>");
        out += QStringLiteral("<p style=\"font-size:18pt; font-weight:700; color:#0b3d62; margin-bottom:2px;\">%1</p>")
                   .arg(esc(o.title));
        out += QStringLiteral("<p style=\"color:#57606a; margin-top:0px;\">%1</p>").arg(esc(o.subtitle));
        out += QStringLiteral("<p style=\"color:#57606a; font-size:8.5pt;\"><i>%1</i></p>").arg(esc(o.redactionLine));
        out += w.sections(o.summary);
        out += QStringLiteral("<p style=\"page-break-before:always; font-size:16pt; font-weight:700; color:#0b3d62; "
                              "margin-bottom:2px;\">%1</p>")
                   .arg(esc(o.evidenceTitle));
        out += QStringLiteral("<p style=\"color:#57606a;\">%1</p>").arg(esc(o.evidenceIntro));
        out += w.sections(o.evidence);
        return out + QStringLiteral("</body></html>");
    }
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        "<meta name=\"generator\" content=\"Gatecheck\"/>\n<title>%1</title>\n<style>%2</style></head>\n<body>\n")
                      .arg(esc(o.documentTitle), QString::fromUtf8(kBrowserCss));
    out += QStringLiteral("<header><h1>%1</h1><p class=\"subtitle\">%2</p><p class=\"redaction\">%3</p></header>\n")
               .arg(esc(o.title), esc(o.subtitle), esc(o.redactionLine));
    out += QStringLiteral("<main>\n") + w.sections(o.summary);
    out +=
        QStringLiteral("<h1 class=\"evidence\">%1</h1>\n<p>%2</p>\n").arg(esc(o.evidenceTitle), esc(o.evidenceIntro));
    out += w.sections(o.evidence) + QStringLiteral("</main>\n");
    out += QStringLiteral("<footer>%1</footer>\n</body></html>\n").arg(esc(o.footer));
    return out;
}

} // namespace report

QString renderHtml(const Report &report)
{
    return report::outlineToHtml(report::buildOutline(report), report::HtmlFlavour::Browser);
}

} // namespace gatecheck
