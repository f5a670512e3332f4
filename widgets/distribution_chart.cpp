// The distribution chart over QCustomPlot bars.
#include "distribution_chart.h"

#include <QMouseEvent>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace textgen {

DistributionChart::DistributionChart(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    plot_->plotLayout()->insertRow(0);
    title_ = new QCPTextElement(plot_, QString(), QFont(font().family(), 9));
    plot_->plotLayout()->addElement(0, 0, title_);

    atT1_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    atT1_->setWidth(0.8);
    atT1_->setPen(QPen(QColor(120, 120, 120), 1.2, Qt::DashLine));
    atT1_->setBrush(Qt::NoBrush);
    atT1_->setName(tr("at temperature 1", "softmax temperature"));
    chain_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    chain_->setWidth(0.55);
    chain_->setPen(Qt::NoPen);
    chain_->setBrush(QColor(31, 119, 180, 200));
    chain_->setName(tr("after the sampler"));
    sampled_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    sampled_->setWidth(0.55);
    sampled_->setPen(QPen(QColor(200, 80, 0), 1.5));
    sampled_->setBrush(QColor(255, 127, 14, 230));
    sampled_->setName(tr("sampled"));

    plot_->yAxis->setLabel(tr("probability"));
    plot_->yAxis->setRange(0, 1);
    plot_->xAxis->setTickLabelRotation(60);
    plot_->xAxis->setSubTicks(false);
    plot_->xAxis->setTickLength(0, 4);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), 8));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot_->setInteractions(QCP::iSelectPlottables);
    plot_->installEventFilter(this);
    clear();
}

void DistributionChart::clear()
{
    setDistribution({});
}

double DistributionChart::massOutside() const
{
    double shown = 0.0;
    for (const CandidateBar& bar : distribution_.candidates)
        shown += bar.probability;
    return std::max(0.0, 1.0 - shown);
}

QString DistributionChart::summary() const
{
    if (distribution_.candidates.isEmpty())
        return tr("Click a word of a sample to see the distribution it was drawn from.");
    const QString how = distribution_.forced ? tr("forced (a branch)") : tr("drawn");
    return tr("%1 · entropy %2 bits · outside these %3: %4% · %5")
        .arg(distribution_.title)
        .arg(distribution_.entropyBits, 0, 'f', 2)
        .arg(distribution_.candidates.size())
        .arg(100.0 * massOutside(), 0, 'f', 1)
        .arg(how);
}

void DistributionChart::setDistribution(const StepDistribution& distribution)
{
    distribution_ = distribution;
    QVector<double> keys, chain, atT1, sampledKey, sampledValue;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double highest = 0.0;
    for (int i = 0; i < distribution.candidates.size(); ++i) {
        const CandidateBar& bar = distribution.candidates[i];
        keys.append(i);
        chain.append(bar.probability);
        atT1.append(bar.probabilityAtT1);
        ticker->addTick(i, bar.text);
        highest = std::max({highest, bar.probability, bar.probabilityAtT1});
        if (i == distribution.sampled) {
            sampledKey.append(i);
            sampledValue.append(bar.probability);
        }
    }
    chain_->setData(keys, chain, true);
    atT1_->setData(keys, atT1, true);
    sampled_->setData(sampledKey, sampledValue, true);
    plot_->xAxis->setTicker(ticker);
    plot_->xAxis->setRange(-0.7, std::max<double>(1, distribution.candidates.size()) - 0.3);
    plot_->yAxis->setRange(0, highest > 0 ? std::min(1.0, highest * 1.15) : 1.0);
    title_->setText(summary());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QPoint DistributionChart::barCentre(int index) const
{
    const double value = index < distribution_.candidates.size() ? distribution_.candidates[index].probabilityAtT1 : 0.0;
    const QPointF pixel = atT1_->coordsToPixels(index, value / 2.0);
    return plot_->mapTo(this, pixel.toPoint());
}

int DistributionChart::candidateAt(const QPoint& position) const
{
    // A bar is hit between the axis and the taller of its two values, within its outline's width.
    const double key = plot_->xAxis->pixelToCoord(position.x());
    const int index = static_cast<int>(std::lround(key));
    if (index < 0 || index >= distribution_.candidates.size() || std::abs(key - index) > atT1_->width() / 2)
        return -1;
    const CandidateBar& bar = distribution_.candidates[index];
    const double value = plot_->yAxis->pixelToCoord(position.y());
    return value >= 0.0 && value <= std::max(bar.probability, bar.probabilityAtT1) ? index : -1;
}

bool DistributionChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot_ && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            const int index = candidateAt(mouse->position().toPoint());
            if (index >= 0)
                emit candidateClicked(index);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace textgen
