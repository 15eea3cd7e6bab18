// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace gatecheck::gui {

// How good or bad something is, as the GUI shows it: always a colour, a shape and a word
// together, never the colour alone.
enum class Tone { Good, Info, Warning, Problem, Pending, Running, Skipped };

// An icon drawn for the tone (check mark in a circle, "i", triangle with "!", cross in an
// octagon, hollow circle, three dots, dash), so the shape tells it without colour. Sharp at
// any device pixel ratio.
QIcon toneIcon(Tone tone, const QPalette &palette = {});
// A foreground colour for the tone that stays readable on `palette`'s base (dark mode too).
QColor toneColor(Tone tone, const QPalette &palette);
// A soft background for cards and banners in this tone, derived from the palette.
QColor toneBackground(Tone tone, const QPalette &palette);
bool isDarkPalette(const QPalette &palette);

} // namespace gatecheck::gui
