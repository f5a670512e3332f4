// The entropy plot over QCustomPlot: two graphs on two axes, a line and a point.
#include "entropy_plot.h"

#include <QMouseEvent>

#include <cmath>

#include <qcustomplot.h>

namespace textgen {

EntropyPlot::EntropyPlot(QWidget* parent) : PlotView(parent)
{
    bits_ = plot_->addGraph(plot_->xAxis, plot_->yAxis);
    bits_->setPen(QPen(QColor(31, 119, 180), 2));
    chainPoint_ = plot_->addGraph(plot_->xAxis, plot_->yAxis);
    chainPoint_->setLineStyle(QCPGraph::lsNone);
    chainPoint_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(255, 127, 14), QColor(255, 127, 14), 8));
    line_ = new QCPItemStraightLine(plot_);
    line_->setPen(QPen(QColor(255, 127, 14), 1.5));
    for (QCPGraph* graph : {bits_, chainPoint_})
        graph->setSelectable(QCP::stNone);
    plot_->yAxis2->setVisible(true);
    // 2^H is the same curve read on a log axis: the right axis relabels the left one, 0 bits as 1 choice.
    plot_->yAxis2->setScaleType(QCPAxis::stLogarithmic);
    plot_->yAxis2->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    plot_->xAxis->setRange(0, 2);
    plot_->yAxis->ticker()->setTickCount(3);
    // No legend over so small a plot: the curve's axis is labelled in its colour.
    plot_->installEventFilter(this);
    retranslate();
    clear();
}

void EntropyPlot::retranslate()
{
    bits_->setName(tr("entropy (bits)"));
    chainPoint_->setName(tr("after the chain's cuts"));
    plot_->xAxis->setLabel(tr("temperature", "softmax temperature"));
    plot_->yAxis->setLabel(tr("entropy, bits"));
    plot_->yAxis2->setLabel(tr("2^H choices"));
    plot_->yAxis->setLabelColor(bits_->pen().color());
}

void EntropyPlot::clear()
{
    setCurve({});
}

void EntropyPlot::setCurve(const EntropyCurve& curve)
{
    curve_ = curve;
    bits_->setData(curve.temperatures, curve.bits, true);
    double highest = 0.0;
    for (const double h : curve.bits)
        highest = std::max(highest, h);
    const double top = std::max(1.0, highest * 1.1);
    plot_->yAxis->setRange(0, top);
    plot_->yAxis2->setRange(1, std::exp2(top)); // aligned: H bits on the left is 2^H choices on the right
    setMarker(marker_, chainBits_);
}

void EntropyPlot::setMarker(double temperature, double chainBits)
{
    marker_ = temperature;
    chainBits_ = chainBits;
    line_->point1->setCoords(temperature, 0);
    line_->point2->setCoords(temperature, 1);
    line_->setVisible(!curve_.temperatures.isEmpty());
    if (std::isfinite(chainBits) && !curve_.temperatures.isEmpty())
        chainPoint_->setData({temperature}, {chainBits}, true);
    else
        chainPoint_->data()->clear();
    updateTitle();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

double EntropyPlot::bitsAt(double temperature) const
{
    const QVector<double>& t = curve_.temperatures;
    if (t.isEmpty())
        return 0.0;
    if (temperature <= t.front())
        return curve_.bits.front();
    for (int i = 1; i < t.size(); ++i)
        if (temperature <= t[i]) {
            const double f = (temperature - t[i - 1]) / (t[i] - t[i - 1]);
            return curve_.bits[i - 1] + f * (curve_.bits[i] - curve_.bits[i - 1]);
        }
    return curve_.bits.back();
}

QString EntropyPlot::summary() const
{
    if (curve_.temperatures.isEmpty())
        return tr("Click a word of a sample to see how its entropy moves with temperature.");
    const double h = bitsAt(marker_);
    QString text = tr("%1 · T %2: %3 bits, about %4 choices")
                       .arg(curve_.title)
                       .arg(marker_, 0, 'f', 2)
                       .arg(h, 0, 'f', 2)
                       .arg(std::exp2(h), 0, 'f', std::exp2(h) < 10 ? 1 : 0);
    if (std::isfinite(chainBits_))
        text += tr(" · %1 bits after the cuts").arg(chainBits_, 0, 'f', 2);
    return text;
}

QPoint EntropyPlot::positionOf(double temperature, double bits) const
{
    const QPointF pixel = bits_->coordsToPixels(temperature, bits);
    return plot_->mapTo(this, pixel.toPoint());
}

bool EntropyPlot::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot_ && event->type() == QEvent::MouseButtonRelease && !curve_.temperatures.isEmpty()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton && plot_->axisRect()->rect().contains(mouse->position().toPoint())) {
            const double t = std::clamp(plot_->xAxis->pixelToCoord(mouse->position().x()), 0.0, 2.0);
            emit temperatureClicked(std::round(t * 100.0) / 100.0);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace textgen
