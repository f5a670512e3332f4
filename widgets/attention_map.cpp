// The attention map over QCustomPlot: a colour map with words below and heads beside it, and a frame on the
// selected cell.
#include "attention_map.h"

#include <QKeyEvent>
#include <QMouseEvent>

#include <cmath>

#include <qcustomplot.h>

namespace textgen {

AttentionMap::AttentionMap(QWidget* parent) : PlotView(parent)
{
    setFocusPolicy(Qt::StrongFocus); // the arrows move the selected cell
    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    map_->setInterpolate(false);
    map_->setTightBoundary(false);
    scale_ = new QCPColorScale(plot_);
    scale_->setType(QCPAxis::atRight);
    scale_->setBarWidth(8);
    scale_->axis()->ticker()->setTickCount(3);
    plot_->plotLayout()->addElement(1, 1, scale_);
    map_->setColorScale(scale_); // the map takes the scale's gradient from now on: set it after
    QCPColorGradient gradient;   // white for no attention to a deep blue for all of it: zero reads as paper
    gradient.setColorStopAt(0.0, QColor(255, 255, 255));
    gradient.setColorStopAt(0.5, QColor(107, 174, 214));
    gradient.setColorStopAt(1.0, QColor(8, 48, 107));
    scale_->setGradient(gradient);
    selection_ = new QCPItemRect(plot_);
    selection_->setPen(QPen(QColor(255, 127, 14), 2));
    selection_->setBrush(Qt::NoBrush);
    selection_->setSelectable(false);
    map_->setSelectable(QCP::stNone);
    plot_->yAxis->setRangeReversed(true); // the first block's first head on top
    plot_->xAxis->setTickLabelRotation(60);
    plot_->installEventFilter(this);
    retranslate();
    clear();
}

void AttentionMap::retranslate()
{
    scale_->axis()->setLabel(tr("weight", "attention weight"));
}

void AttentionMap::restyled()
{
    selection_->setPen(QPen(QColor(255, 127, 14), 2));
}

void AttentionMap::clear(const QString& note)
{
    AttentionHeatmap empty;
    empty.note = note;
    setHeatmap(empty);
}

void AttentionMap::setHeatmap(const AttentionHeatmap& heatmap)
{
    const int fromEnd = word_ >= 0 ? static_cast<int>(heatmap_.words.size()) - word_ : -1;
    heatmap_ = heatmap;
    const int rows = static_cast<int>(heatmap.rows.size()), words = static_cast<int>(heatmap.words.size());
    const bool shown = !heatmap.isEmpty();
    map_->setVisible(shown);
    scale_->setVisible(shown);
    map_->data()->setSize(std::max(words, 1), std::max(rows, 1));
    map_->data()->setRange(QCPRange(0, std::max(words - 1, 0)), QCPRange(0, std::max(rows - 1, 0)));
    double highest = 0.0;
    for (int r = 0; r < rows; ++r)
        for (int w = 0; w < words; ++w) {
            map_->data()->setCell(w, r, heatmap.at(r, w));
            highest = std::max(highest, heatmap.at(r, w));
        }
    // The darkest blue is the largest weight shown: a head that spreads thin still shows where it leans.
    map_->setDataRange(QCPRange(0.0, highest > 0.0 ? highest : 1.0));
    plot_->xAxis->setRange(-0.5, std::max(words, 1) - 0.5);
    plot_->yAxis->setRange(-0.5, std::max(rows, 1) - 0.5);
    relabel();
    if (shown) {
        const int word = fromEnd > 0 ? std::clamp(words - fromEnd, 0, words - 1) : words - 1;
        row_ = std::clamp(row_, 0, rows - 1);
        word_ = word;
    } else {
        row_ = word_ = -1;
    }
    selectCell(row_, word_);
}

void AttentionMap::relabel()
{
    const int words = static_cast<int>(heatmap_.words.size());
    // Every word where they fit under their cells, else every k-th (a click on a cell names its word above).
    const QFontMetrics metrics(plot_->xAxis->tickLabelFont());
    // The plot's width less the head labels and the colour scale (the axis rect is laid out only at replot).
    const int cell = words > 0 ? std::max(1, (plot_->width() - 150) / words) : 1;
    const int every = std::max(1, (metrics.height() + 2 + cell - 1) / cell);
    auto wordTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int w = words - 1; w >= 0; w -= every) // counted from the query's end: the nearest words are named
        wordTicker->addTick(w, metrics.elidedText(heatmap_.words[w], Qt::ElideRight, 90));
    plot_->xAxis->setTicker(wordTicker);
    auto rowTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int r = 0; r < heatmap_.rows.size(); ++r)
        rowTicker->addTick(r, heatmap_.rows[r]);
    plot_->yAxis->setTicker(rowTicker);
}

void AttentionMap::selectCell(int row, int word)
{
    const bool valid
        = !heatmap_.isEmpty() && row >= 0 && row < heatmap_.rows.size() && word >= 0 && word < heatmap_.words.size();
    selection_->setVisible(valid);
    if (valid) {
        row_ = row;
        word_ = word;
        selection_->topLeft->setCoords(word - 0.5, row - 0.5);
        selection_->bottomRight->setCoords(word + 0.5, row + 0.5);
    }
    updateTitle();
    plot_->replot(QCustomPlot::rpQueuedReplot);
    if (valid)
        emit cellSelected(row, word);
}

QString AttentionMap::summary() const
{
    if (heatmap_.isEmpty())
        return heatmap_.note.isEmpty() ? tr("Click a word of a sample to see where the model looked to predict it.")
                                       : heatmap_.note;
    if (row_ < 0 || word_ < 0)
        return heatmap_.title;
    return tr("%1 · %2 → “%3” %4")
        .arg(heatmap_.title, heatmap_.rows[row_], heatmap_.words[word_])
        .arg(heatmap_.at(row_, word_), 0, 'f', 2);
}

QPoint AttentionMap::cellCentre(int row, int word) const
{
    const double x = plot_->xAxis->coordToPixel(word), y = plot_->yAxis->coordToPixel(row);
    return plot_->mapTo(this, QPointF(x, y).toPoint());
}

bool AttentionMap::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot_ && !heatmap_.isEmpty()) {
        if (event->type() == QEvent::MouseButtonRelease) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            const QPointF at = mouse->position();
            if (mouse->button() == Qt::LeftButton && plot_->axisRect()->rect().contains(at.toPoint())) {
                setFocus(Qt::MouseFocusReason);
                selectCell(static_cast<int>(std::lround(plot_->yAxis->pixelToCoord(at.y()))),
                           static_cast<int>(std::lround(plot_->xAxis->pixelToCoord(at.x()))));
            }
        } else if (event->type() == QEvent::Resize) {
            relabel(); // how many words fit under the cells
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttentionMap::keyPressEvent(QKeyEvent* event)
{
    if (heatmap_.isEmpty()) {
        PlotView::keyPressEvent(event);
        return;
    }
    const int rows = static_cast<int>(heatmap_.rows.size()), words = static_cast<int>(heatmap_.words.size());
    switch (event->key()) {
    case Qt::Key_Left: selectCell(row_, std::max(0, word_ - 1)); break;
    case Qt::Key_Right: selectCell(row_, std::min(words - 1, word_ + 1)); break;
    case Qt::Key_Up: selectCell(std::max(0, row_ - 1), word_); break;
    case Qt::Key_Down: selectCell(std::min(rows - 1, row_ + 1), word_); break;
    default: PlotView::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace textgen
