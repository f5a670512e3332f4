// Plot colours from the palette, and a sharp buffer on scaled screens.
#include "plot_style.h"

#include <QWidget>

#include <qcustomplot.h>

namespace textgen {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

void applyPlotStyle(QCustomPlot* plot, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.18);
    QColor subGrid = text;
    subGrid.setAlphaF(0.07);
    plot->setBackground(palette.color(QPalette::Base));
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        axis->grid()->setSubGridPen(QPen(subGrid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    QColor legendBackground = palette.color(QPalette::Base);
    legendBackground.setAlpha(215);
    plot->legend->setBrush(legendBackground);
    plot->legend->setBorderPen(QPen(grid, 1));
    plot->legend->setTextColor(text);
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i)))
            title->setTextColor(text);
}

void matchScreen(QCustomPlot* plot, const QWidget* widget)
{
    const double ratio = widget->devicePixelRatioF();
    if (!qFuzzyCompare(plot->bufferDevicePixelRatio(), ratio))
        plot->setBufferDevicePixelRatio(ratio);
}

} // namespace textgen
