// The probability river over QCustomPlot: a line per word, a legend beside them.
#include "probability_river.h"

#include <QPushButton>

#include <qcustomplot.h>

namespace textgen {

namespace {

// Tableau's ten colours, as the loss plot and matplotlib use them.
const QColor kColours[] = {{31, 119, 180}, {255, 127, 14},  {44, 160, 44},   {214, 39, 40},  {148, 103, 189},
                           {140, 86, 75},  {227, 119, 194}, {127, 127, 127}, {188, 189, 34}, {23, 190, 207}};

} // namespace

ProbabilityRiver::ProbabilityRiver(QWidget* parent) : PlotView(parent)
{
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), 8));
    plot_->plotLayout()->addElement(1, 1, plot_->legend);
    plot_->plotLayout()->setColumnStretchFactor(1, 0.001);
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    whole->setTickStep(1.0);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot_->xAxis->setTicker(whole);
    plot_->yAxis->setRange(0, 1);
    plot_->yAxis->ticker()->setTickCount(3);
    QPushButton* cancel = addCornerButton(); // shown while checkpoints are read
    cancel->hide();
    connect(cancel, &QPushButton::clicked, this, &ProbabilityRiver::cancelRequested);
    retranslate();
    clear();
}

void ProbabilityRiver::retranslate()
{
    plot_->xAxis->setLabel(tr("epoch"));
    plot_->yAxis->setLabel(tr("probability"));
    corner_->setText(tr("Cancel"));
    corner_->setToolTip(tr("Stop reading the checkpoints"));
}

QString ProbabilityRiver::summary() const
{
    if (total_ > 0 && done_ < total_)
        return tr("Reading checkpoints: %1 of %2…").arg(done_).arg(total_);
    if (river_.epochs.isEmpty())
        return tr("In the Every checkpoint mode, click a word: its candidates' probabilities, epoch by epoch.");
    return tr("%1: the next word's probability at each checkpoint (T = 1)").arg(river_.title);
}

void ProbabilityRiver::setProgress(int done, int total)
{
    done_ = done;
    total_ = total;
    corner_->setVisible(total > 0 && done < total);
    placeCornerButton();
    updateTitle();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ProbabilityRiver::setRiver(const RiverChart& river)
{
    river_ = river;
    plot_->clearGraphs();
    double highest = 0.0;
    for (int w = 0; w < river.words.size() && w < river.probabilities.size(); ++w) {
        QCPGraph* graph = plot_->addGraph();
        graph->setName(river.words[w]);
        graph->setPen(QPen(kColours[w % 10], 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
        graph->setData(river.epochs, river.probabilities[w], true);
        graph->setSelectable(QCP::stNone);
        for (const double p : river.probabilities[w])
            highest = std::max(highest, p);
    }
    const double first = river.epochs.isEmpty() ? 0.0 : river.epochs.front();
    const double last = river.epochs.isEmpty() ? 1.0 : river.epochs.back();
    plot_->xAxis->setRange(first - 0.3, std::max(first + 1.0, last) + 0.3);
    plot_->yAxis->setRange(0, highest > 0 ? std::min(1.0, highest * 1.1) : 1.0);
    plot_->legend->setVisible(!river.words.isEmpty());
    updateTitle();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace textgen
