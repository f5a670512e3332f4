// The loss plot over QCustomPlot.
#include "loss_plot.h"
#include "plot_style.h"

#include <QFileInfo>
#include <QMouseEvent>
#include <QSaveFile>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace textgen {

QVector<double> debiasedMovingAverage(const QVector<double>& values, double weight)
{
    QVector<double> smoothed;
    smoothed.reserve(values.size());
    DebiasedAverage average{weight};
    for (const double value : values)
        smoothed.append(average.add(value));
    return smoothed;
}

LossPlot::LossPlot(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setNoAntialiasingOnDrag(true);
    // 100,000 points must replot within a frame: fast polylines, and no antialiasing for the curves (the
    // adaptive sampling of QCustomPlot already draws one segment per pixel column).
    plot_->setPlottingHint(QCP::phFastPolylines, true);
    plot_->setNotAntialiasedElements(QCP::aePlottables);
    // The legend sits in a row of its own above the axes: inside them it would cover the newest points,
    // which is where a live curve is read.
    plot_->legend->setVisible(true);
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, plot_->legend);
    plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot_->legend->setWrap(4);
    plot_->legend->setMargins(QMargins(4, 1, 4, 1));
    plot_->plotLayout()->setRowStretchFactor(0, 0.001);
    plot_->plotLayout()->setRowSpacing(0);
    plot_->setMouseTracking(true);
    plot_->installEventFilter(this);
    applyPlotStyle(plot_, palette());
    updateAxes();
}

void LossPlot::Bounds::include(double x, double y)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        return;
    xMin = std::min(xMin, x);
    xMax = std::max(xMax, x);
    yMin = std::min(yMin, y);
    yMax = std::max(yMax, y);
}

double LossPlot::xOf(const LossPoint& point) const
{
    switch (xAxis_) {
    case XAxis::Steps: return point.step;
    case XAxis::Epochs: return point.epoch;
    case XAxis::Tokens: return point.tokens;
    case XAxis::WallTime: return point.seconds;
    }
    return point.step;
}

double LossPlot::yOf(double loss) const
{
    return yAxis_ == YAxis::Perplexity ? std::exp(loss) : loss;
}

void LossPlot::addRun(const QString& id, const QString& label, const QColor& color)
{
    auto found = runs_.find(id);
    if (found == runs_.end()) {
        Run run;
        run.smoothing = DebiasedAverage{smoothing_};
        run.raw = plot_->addGraph();
        run.smoothed = plot_->addGraph();
        run.validationGraph = plot_->addGraph();
        run.raw->removeFromLegend();
        run.validationGraph->setLineStyle(QCPGraph::lsNone);
        found = runs_.insert(id, run);
    }
    Run& run = *found;
    run.label = label;
    run.color = color;
    QColor faint = color;
    faint.setAlpha(60);
    run.raw->setPen(QPen(faint, 1));
    run.smoothed->setPen(QPen(color, 2));
    run.smoothed->setName(label);
    run.validationGraph->setPen(QPen(color.darker(130), 1.5));
    run.validationGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, color.darker(130), Qt::white, 9));
    run.validationGraph->setName(tr("%1 (validation)").arg(label));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::removeRun(const QString& id)
{
    const auto found = runs_.find(id);
    if (found == runs_.end())
        return;
    plot_->removeGraph(found->raw);
    plot_->removeGraph(found->smoothed);
    plot_->removeGraph(found->validationGraph);
    runs_.erase(found);
    recomputeBounds();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::clearRuns()
{
    for (const QString& id : runs_.keys())
        removeRun(id);
}

void LossPlot::appendToGraphs(Run& run, const QVector<LossPoint>& points)
{
    QVector<double> keys, raw, smoothed;
    keys.reserve(points.size());
    raw.reserve(points.size());
    smoothed.reserve(points.size());
    for (const LossPoint& point : points) {
        keys.append(xOf(point));
        raw.append(yOf(point.loss));
        smoothed.append(yOf(run.smoothing.add(point.loss)));
        bounds_.include(keys.back(), raw.back());
    }
    run.raw->addData(keys, raw, true);
    run.smoothed->addData(keys, smoothed, true);
}

void LossPlot::appendTraining(const QString& id, const QVector<LossPoint>& points)
{
    const auto found = runs_.find(id);
    if (found == runs_.end() || points.isEmpty())
        return;
    QVector<LossPoint> fresh;
    const double last = found->training.isEmpty() ? -1.0 : found->training.last().step;
    for (const LossPoint& point : points)
        if (point.step > (fresh.isEmpty() ? last : fresh.last().step))
            fresh.append(point);
    if (fresh.isEmpty())
        return;
    found->training += fresh;
    appendToGraphs(*found, fresh);
    if (following_)
        follow();
    else
        plot_->replot(QCustomPlot::rpQueuedReplot);
}

double LossPlot::lastStep(const QString& id) const
{
    const auto found = runs_.constFind(id);
    return found == runs_.constEnd() || found->training.isEmpty() ? -1.0 : found->training.last().step;
}

void LossPlot::appendValidation(const QString& id, const LossPoint& point)
{
    const auto found = runs_.find(id);
    if (found == runs_.end() || !std::isfinite(point.loss))
        return;
    for (const LossPoint& shown : found->validation)
        if (shown.step == point.step)
            return; // read from disk and reported live
    found->validation.append(point);
    found->validationGraph->addData(xOf(point), yOf(point.loss));
    bounds_.include(xOf(point), yOf(point.loss));
    if (following_)
        follow();
    else
        plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::rebuild(Run& run)
{
    run.raw->data()->clear();
    run.smoothed->data()->clear();
    run.validationGraph->data()->clear();
    run.smoothing = DebiasedAverage{smoothing_};
    appendToGraphs(run, run.training);
    for (const LossPoint& point : run.validation)
        run.validationGraph->addData(xOf(point), yOf(point.loss));
}

void LossPlot::recomputeBounds()
{
    bounds_ = {};
    for (const Run& run : runs_) {
        for (const LossPoint& point : run.training)
            bounds_.include(xOf(point), yOf(point.loss));
        for (const LossPoint& point : run.validation)
            bounds_.include(xOf(point), yOf(point.loss));
    }
}

void LossPlot::setSmoothing(double weight)
{
    smoothing_ = std::clamp(weight, 0.0, 0.999);
    for (Run& run : runs_)
        rebuild(run);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::setXAxis(XAxis axis)
{
    xAxis_ = axis;
    for (Run& run : runs_)
        rebuild(run);
    recomputeBounds();
    updateAxes();
    fitToData();
}

void LossPlot::setYAxis(YAxis axis)
{
    yAxis_ = axis;
    for (Run& run : runs_)
        rebuild(run);
    recomputeBounds();
    updateAxes();
    fitToData();
}

void LossPlot::setLogScale(bool log)
{
    logScale_ = log;
    updateAxes();
    fitToData();
}

void LossPlot::updateAxes()
{
    retranslate();
    if (logScale_) {
        plot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    } else {
        plot_->yAxis->setScaleType(QCPAxis::stLinear);
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
}

void LossPlot::retranslate()
{
    for (Run& run : runs_)
        run.validationGraph->setName(tr("%1 (validation)").arg(run.label));
    switch (xAxis_) {
    case XAxis::Steps: plot_->xAxis->setLabel(tr("step")); break;
    case XAxis::Epochs: plot_->xAxis->setLabel(tr("epoch")); break;
    case XAxis::Tokens: plot_->xAxis->setLabel(tr("tokens seen")); break;
    case XAxis::WallTime: plot_->xAxis->setLabel(tr("wall time (s)")); break;
    }
    plot_->yAxis->setLabel(yAxis_ == YAxis::Loss ? tr("loss") : tr("perplexity"));
}

void LossPlot::fitToData()
{
    follow();
}

void LossPlot::follow()
{
    if (bounds_.empty()) {
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    // The newest point sits on the right edge; a little room above and below keeps the curve off the frame.
    const double xSpan = bounds_.xMax - bounds_.xMin;
    plot_->xAxis->setRange(bounds_.xMin, xSpan > 0 ? bounds_.xMax : bounds_.xMin + 1.0);
    if (logScale_ && bounds_.yMin > 0) {
        plot_->yAxis->setRange(bounds_.yMin / 1.08, bounds_.yMax * 1.08);
    } else {
        const double ySpan = bounds_.yMax - bounds_.yMin;
        const double margin = ySpan > 0 ? 0.05 * ySpan : std::max(0.05, 0.05 * std::abs(bounds_.yMax));
        plot_->yAxis->setRange(bounds_.yMin - margin, bounds_.yMax + margin);
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::setFollowing(bool following)
{
    if (following)
        follow();
    if (following == following_)
        return;
    following_ = following;
    emit followingChanged(following_);
}

int LossPlot::trainingPointCount(const QString& id) const
{
    const auto found = runs_.constFind(id);
    return found == runs_.constEnd() ? 0 : found->raw->dataCount();
}

namespace {

QVector<QPointF> pointsOf(const QCPGraph* graph)
{
    QVector<QPointF> points;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        points.append({it->key, it->value});
    return points;
}

} // namespace

QVector<QPointF> LossPlot::smoothedCurve(const QString& id) const
{
    const auto found = runs_.constFind(id);
    return found == runs_.constEnd() ? QVector<QPointF>() : pointsOf(found->smoothed);
}

QVector<QPointF> LossPlot::validationMarkers(const QString& id) const
{
    const auto found = runs_.constFind(id);
    return found == runs_.constEnd() ? QVector<QPointF>() : pointsOf(found->validationGraph);
}

QString LossPlot::valueAt(const QPoint& position) const
{
    const QPoint at = plot_->mapFrom(this, position);
    double best = 12.0; // pixels
    QString text;
    for (const Run& run : runs_) {
        for (QCPGraph* graph : {run.raw, run.validationGraph}) {
            if (graph->dataCount() == 0)
                continue;
            const double key = plot_->xAxis->pixelToCoord(at.x());
            auto it = graph->data()->findBegin(key);
            for (int k = 0; k < 2 && it != graph->data()->constEnd(); ++k, ++it) {
                const QPointF pixel = graph->coordsToPixels(it->key, it->value);
                const double distance = std::hypot(pixel.x() - at.x(), pixel.y() - at.y());
                if (distance < best) {
                    best = distance;
                    const QString what = graph == run.raw ? tr("training loss") : tr("validation loss");
                    const QString value = yAxis_ == YAxis::Loss
                        ? tr("%1 %2").arg(what).arg(it->value, 0, 'f', 4)
                        : tr("%1 (perplexity) %2").arg(what).arg(it->value, 0, 'f', 2);
                    text
                        = tr("%1 — %2 %3: %4").arg(run.label, plot_->xAxis->label()).arg(it->key, 0, 'g', 8).arg(value);
                }
            }
        }
    }
    return text;
}

bool LossPlot::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != plot_)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonDblClick:
        pressed_ = false;
        setFollowing(true);
        return true;
    case QEvent::Wheel:
        setFollowing(false); // the person zooms: the view is theirs until they give it back
        break;
    case QEvent::MouseButtonPress:
        pressed_ = static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton;
        pressedAt_ = static_cast<QMouseEvent*>(event)->position().toPoint();
        break;
    case QEvent::MouseButtonRelease: pressed_ = false; break;
    default: break;
    }
    if (event->type() == QEvent::MouseMove) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (pressed_ && (mouse->position().toPoint() - pressedAt_).manhattanLength() > 3)
            setFollowing(false); // a drag pans the view
        if (pressed_)
            return QWidget::eventFilter(watched, event);
        const QString text = valueAt(plot_->mapTo(this, mouse->position().toPoint()));
        if (!text.isEmpty()) {
            QToolTip::showText(mouse->globalPosition().toPoint(), text, plot_);
            emit hovered(text);
        } else {
            QToolTip::hideText();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LossPlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPlotStyle(plot_, palette());
        plot_->replot(QCustomPlot::rpQueuedReplot);
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

void LossPlot::resizeEvent(QResizeEvent* event)
{
    matchScreen(plot_, this); // the screen's scale is known once the widget is on one
    QWidget::resizeEvent(event);
}

bool LossPlot::exportPng(const QString& path, QString* error)
{
    const QPixmap pixmap = plot_->toPixmap(plot_->width(), plot_->height(), 2.0);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1:\n%2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool LossPlot::exportCsv(const QString& path, QString* error) const
{
    QByteArray text = "run,kind,step,epoch,tokens,seconds,loss,smoothed_loss\n";
    for (auto it = runs_.constBegin(); it != runs_.constEnd(); ++it) {
        QVector<double> losses;
        for (const LossPoint& point : it->training)
            losses.append(point.loss);
        const QVector<double> smoothed = debiasedMovingAverage(losses, smoothing_);
        QString label = it->label;
        label.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const auto line = [&](const char* kind, const LossPoint& p, const QString& smooth) {
            text += QStringLiteral("\"%1\",%2,%3,%4,%5,%6,%7,%8\n")
                        .arg(label, QLatin1String(kind))
                        .arg(p.step, 0, 'g', 12)
                        .arg(p.epoch, 0, 'g', 12)
                        .arg(p.tokens, 0, 'g', 15)
                        .arg(p.seconds, 0, 'f', 3)
                        .arg(p.loss, 0, 'g', 9)
                        .arg(smooth)
                        .toUtf8();
        };
        for (qsizetype i = 0; i < it->training.size(); ++i)
            line("train", it->training[i], QString::number(smoothed[i], 'g', 9));
        for (const LossPoint& point : it->validation)
            line("validation", point, QString());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1:\n%2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace textgen
