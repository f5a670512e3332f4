// How the studio's plots look on any desktop: colours taken from the widget's palette (a dark palette gives
// light axes and text on a dark background), and a buffer as sharp as the screen (QT_SCALE_FACTOR=2, HiDPI).
// Not a plot itself: the loss plot and the distribution chart call it when built and when the palette or
// the screen changes.
#pragma once

#include <QColor>
#include <QPalette>

class QCustomPlot;
class QWidget;

namespace textgen {

// Background, axes, grid, tick labels and legend drawn from `palette`; buffer device pixel ratio from `widget`.
void applyPlotStyle(QCustomPlot* plot, const QPalette& palette);
void matchScreen(QCustomPlot* plot, const QWidget* widget);

// True when the palette's window is darker than its text: the desktop runs a dark theme.
bool isDark(const QPalette& palette);

} // namespace textgen
