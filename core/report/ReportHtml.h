// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportOutline.h"

namespace gatecheck::report {

// Browser: a self-contained page (inline CSS, the chart as a data: URI, a restrictive CSP).
// RichText: the subset QTextDocument understands, for the PDF; images by resource URL.
enum class HtmlFlavour { Browser, RichText };

inline const QString TimelineResourceUrl = QStringLiteral("gatecheck://timeline.png");

// `imageWidth` (RichText only): the width the chart is drawn at, in document pixels.
QString outlineToHtml(const Outline &outline, HtmlFlavour flavour, int imageWidth = 0);

struct ToneColours
{
    const char *ink; // text and border
    const char *background; // light fill
};
ToneColours coloursFor(Tone tone);

} // namespace gatecheck::report
