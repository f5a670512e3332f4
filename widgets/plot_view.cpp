// The plot views' shared title, restyling and corner button.
#include "plot_view.h"
#include "plot_style.h"

#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace textgen {

PlotView::PlotView(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    plot_->plotLayout()->insertRow(0);
    title_ = new QCPTextElement(plot_, QString(), QFont(font().family(), 9));
    plot_->plotLayout()->addElement(0, 0, title_);
    applyPlotStyle(plot_, palette());
    // The title is elided to its column's width, which is known only once the plot has been laid out: a view
    // first filled while hidden (a dock behind another tab) words its title again when it is laid out.
    connect(plot_, &QCustomPlot::afterLayout, this, [this] {
        if (title_->outerRect().width() != titleWidth_)
            updateTitle();
    });
}

QPushButton* PlotView::addCornerButton()
{
    corner_ = new QPushButton(this); // over the plot, not in a layout: it takes no height from the plot
    corner_->setFocusPolicy(Qt::TabFocus);
    return corner_;
}

void PlotView::placeCornerButton()
{
    if (!corner_)
        return;
    corner_->adjustSize();
    corner_->move(width() - corner_->width() - 4, 2);
    corner_->raise();
}

QString PlotView::shownTitle() const
{
    return title_->text();
}

void PlotView::updateTitle()
{
    const QString text = summary();
    const QFontMetrics metrics(title_->font());
    // The title is centred over the first layout column (a legend may take a second one): it fits in that
    // column, and it keeps clear of the corner button, which sits at the plot's right edge.
    titleWidth_ = title_->outerRect().width();
    const int column = titleWidth_ > 0 ? titleWidth_ : plot_->width();
    int available = column - 16;
    if (corner_ && corner_->isVisible())
        available = std::min(available, 2 * (plot_->width() - corner_->width() - 12) - column);
    title_->setText(metrics.elidedText(text, Qt::ElideRight, std::max(40, available)));
    plot_->setToolTip(text);
}

void PlotView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPlotStyle(plot_, palette());
        restyled();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
        placeCornerButton();
        updateTitle();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

void PlotView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    matchScreen(plot_, this);
    placeCornerButton();
    updateTitle();
}

} // namespace textgen
