// The distribution chart over QCustomPlot bars.
#include "distribution_chart.h"

#include <QMouseEvent>
#include <QPushButton>

#include <qcustomplot.h>

namespace textgen {

DistributionChart::DistributionChart(QWidget* parent) : PlotView(parent)
{
    atT1_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    atT1_->setWidth(0.8);
    atT1_->setPen(QPen(QColor(120, 120, 120), 1.2, Qt::DashLine));
    atT1_->setBrush(Qt::NoBrush);
    chain_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    chain_->setWidth(0.55);
    chain_->setPen(Qt::NoPen);
    chain_->setBrush(QColor(31, 119, 180, 200));
    sampled_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    sampled_->setWidth(0.55);
    sampled_->setPen(QPen(QColor(200, 80, 0), 1.5));
    sampled_->setBrush(QColor(255, 127, 14, 230));
    observed_ = new QCPGraph(plot_->xAxis, plot_->yAxis);
    observed_->setLineStyle(QCPGraph::lsNone);
    observed_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QColor(20, 20, 20), QColor(250, 250, 250), 8));
    observed_->setSelectable(QCP::stNone);
    connect(addCornerButton(), &QPushButton::clicked, this, &DistributionChart::drawRequested);
    for (QCPBars* bars : {atT1_, chain_, sampled_})
        bars->setSelectable(QCP::stNone); // a click branches; it must not recolour the bars away from the legend
    plot_->yAxis->setRange(0, 1);
    plot_->xAxis->setTickLabelRotation(45);
    plot_->yAxis->ticker()->setTickCount(3);
    plot_->xAxis->setSubTicks(false);
    plot_->xAxis->setTickLength(0, 4);
    // The legend stands beside the bars, not over them: a wide, low dock has room at its side.
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), 8));
    plot_->plotLayout()->addElement(1, 1, plot_->legend);
    plot_->plotLayout()->setColumnStretchFactor(1, 0.001);
    plot_->installEventFilter(this);
    retranslate();
    clear();
}

void DistributionChart::retranslate()
{
    atT1_->setName(tr("at temperature 1", "softmax temperature"));
    chain_->setName(tr("after the sampler"));
    sampled_->setName(distribution_.forced ? tr("forced (a branch)") : tr("sampled"));
    plot_->yAxis->setLabel(tr("probability"));
    observed_->setName(tr("observed in draws"));
    corner_->setText(tr("Draw 1,000", "sample this step 1,000 times"));
    corner_->setToolTip(tr("Sample this step 1,000 times through the chain and mark how often each word came up"));
}

double DistributionChart::keyOf(int index) const
{
    return distribution_.sampledBeyondTop && index == distribution_.candidates.size() - 1 ? index + 0.6 : index;
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
    const QString text = tr("%1 · entropy %2 bits · outside these %3: %4% · %5")
                             .arg(distribution_.title)
                             .arg(distribution_.entropyBits, 0, 'f', 2)
                             .arg(distribution_.candidates.size())
                             .arg(100.0 * massOutside(), 0, 'f', 1)
                             .arg(how);
    return distribution_.observedNote.isEmpty() ? text : text + QStringLiteral(" · ") + distribution_.observedNote;
}

void DistributionChart::setDistribution(const StepDistribution& distribution)
{
    distribution_ = distribution;
    QVector<double> keys, chain, atT1, sampledKey, sampledValue;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double highest = 0.0;
    for (int i = 0; i < distribution.candidates.size(); ++i) {
        const CandidateBar& bar = distribution.candidates[i];
        const double key = keyOf(i);
        keys.append(key);
        chain.append(bar.probability);
        atT1.append(bar.probabilityAtT1);
        const bool beyond = distribution.sampledBeyondTop && i == distribution.candidates.size() - 1;
        // Long words are cut: a label may not take the height the bars need.
        const QString word = bar.text.size() > 10 ? bar.text.left(9) + QStringLiteral("…") : bar.text;
        ticker->addTick(key, beyond ? QStringLiteral("… %1").arg(word) : word);
        highest = std::max({highest, bar.probability, bar.probabilityAtT1});
        if (i == distribution.sampled) {
            sampledKey.append(key);
            sampledValue.append(bar.probability);
        }
    }
    // A forced token is shown in its own colour, and the legend says so.
    sampled_->setBrush(distribution.forced ? QColor(179, 89, 0, 230) : QColor(255, 127, 14, 230));
    sampled_->setName(distribution.forced ? tr("forced (a branch)") : tr("sampled"));
    QVector<double> observedKeys, observedValues;
    for (int i = 0; i < distribution.observed.size() && i < keys.size(); ++i) {
        observedKeys.append(keys[i]);
        observedValues.append(distribution.observed[i]);
        highest = std::max(highest, distribution.observed[i]);
    }
    observed_->setData(observedKeys, observedValues, true);
    observed_->setVisible(!observedKeys.isEmpty());
    observed_->removeFromLegend();
    if (!observedKeys.isEmpty())
        observed_->addToLegend();
    corner_->setEnabled(!distribution.candidates.isEmpty());
    chain_->setData(keys, chain, true);
    atT1_->setData(keys, atT1, true);
    sampled_->setData(sampledKey, sampledValue, true);
    plot_->xAxis->setTicker(ticker);
    const double lastKey
        = distribution.candidates.isEmpty() ? 0.0 : keyOf(static_cast<int>(distribution.candidates.size()) - 1);
    plot_->xAxis->setRange(-0.7, std::max(1.0, lastKey + 1.0) - 0.3);
    plot_->yAxis->setRange(0, highest > 0 ? std::min(1.0, highest * 1.15) : 1.0);
    updateTitle();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QPoint DistributionChart::barCentre(int index) const
{
    const double value
        = index < distribution_.candidates.size() ? distribution_.candidates[index].probabilityAtT1 : 0.0;
    const QPointF pixel = atT1_->coordsToPixels(keyOf(index), value / 2.0);
    return plot_->mapTo(this, pixel.toPoint());
}

int DistributionChart::candidateAt(const QPoint& position) const
{
    // A bar is hit between the axis and the taller of its two values, within its outline's width.
    const double key = plot_->xAxis->pixelToCoord(position.x());
    int index = -1;
    for (int i = 0; i < distribution_.candidates.size(); ++i)
        if (std::abs(key - keyOf(i)) <= atT1_->width() / 2)
            index = i;
    if (index < 0)
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
