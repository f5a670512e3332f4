// The loss plot: training loss per step (raw, faint) with a smoothed line (TensorBoard's debiased exponential
// moving average), validation loss per epoch as markers, several runs overlaid in distinct colours with a
// legend; x as steps, epochs, tokens seen or wall time; y as loss or perplexity, linear or log; wheel zoom,
// drag pan, double-click to fit; the exact value under the cursor; export as PNG and CSV.
// A live plot follows its data, as TensorBoard's does: while points arrive, x grows to the newest one and y
// fits what is shown. A wheel zoom or a drag takes the view from it; setFollowing(true) or a double-click
// gives it back.
// A narrow interface over QCustomPlot: callers append points, the plot repaints with queued replots so that
// bursts of points coalesce.
#pragma once

#include <QColor>
#include <QPoint>
#include <QHash>
#include <QString>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QMouseEvent;

namespace textgen {

struct LossPoint {
    double step = 0;
    double epoch = 0;   // fractional: 1.5 is halfway through the second epoch
    double tokens = 0;  // tokens seen
    double seconds = 0; // wall time since the run started
    double loss = 0;
};

// TensorBoard's smoothing, one value at a time: ema = w * ema + (1 - w) * y, shown divided by 1 - w^(i+1) so
// the start is not pulled towards 0. Weight 0 shows the values themselves.
struct DebiasedAverage {
    double weight = 0.0;
    double ema = 0.0;
    double decay = 1.0; // weight^(values so far)
    double add(double value)
    {
        ema = weight * ema + (1.0 - weight) * value;
        decay *= weight;
        return weight > 0.0 ? ema / (1.0 - decay) : value;
    }
};

class LossPlot : public QWidget {
    Q_OBJECT

public:
    enum class XAxis { Steps, Epochs, Tokens, WallTime };
    enum class YAxis { Loss, Perplexity };

    explicit LossPlot(QWidget* parent = nullptr);

    // A run's curves; `id` is its folder. Adding a run that exists updates its label and colour.
    void addRun(const QString& id, const QString& label, const QColor& color);
    void removeRun(const QString& id);
    void clearRuns();
    QStringList runs() const { return runs_.keys(); }

    // Points at or before a run's last step are ignored: a curve read from disk and the same run's live
    // progress can overlap without drawing a step twice.
    void appendTraining(const QString& id, const QVector<LossPoint>& points);
    void appendValidation(const QString& id, const LossPoint& point);
    double lastStep(const QString& id) const; // -1 for a run without training points

    void setSmoothing(double weight); // 0 (raw) to 0.999
    double smoothing() const { return smoothing_; }
    void setXAxis(XAxis axis);
    XAxis xAxis() const { return xAxis_; }
    void setYAxis(YAxis axis);
    YAxis yAxis() const { return yAxis_; }
    void setLogScale(bool log);
    bool logScale() const { return logScale_; }
    void fitToData();
    // Following: every append fits the axes to the data. Starts true.
    void setFollowing(bool following);
    bool isFollowing() const { return following_; }

    // The text the tooltip shows for the point nearest to `position` (widget coordinates), or empty.
    QString valueAt(const QPoint& position) const;

    // Atomic writes; false with `error` ("Cannot write ...: Permission denied") when they fail.
    bool exportPng(const QString& path, QString* error = nullptr);
    bool exportCsv(const QString& path, QString* error = nullptr) const;

    // The number of training points of a run (for tests and benchmarks), and the plot itself.
    int trainingPointCount(const QString& id) const;
    QCustomPlot* customPlot() const { return plot_; }
    // The smoothed curve of a run as plotted (x per the current axis, y per the current scale).
    QVector<QPointF> smoothedCurve(const QString& id) const;
    QVector<QPointF> validationMarkers(const QString& id) const; // as plotted, too

signals:
    void hovered(const QString& text);
    void followingChanged(bool following);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Run {
        QString label;
        QColor color;
        QVector<LossPoint> training;
        QVector<LossPoint> validation;
        DebiasedAverage smoothing; // its state after the last training point
        QCPGraph* raw = nullptr;
        QCPGraph* smoothed = nullptr;
        QCPGraph* validationGraph = nullptr;
    };

    double xOf(const LossPoint& point) const;
    double yOf(double loss) const;
    void rebuild(Run& run);
    void appendToGraphs(Run& run, const QVector<LossPoint>& points);
    void updateAxes();
    void retranslate();
    void follow();
    // The extent of every point drawn (x per axis, y per scale), kept as points arrive so that following
    // costs nothing at a million points.
    struct Bounds {
        double xMin = qInf(), xMax = -qInf(), yMin = qInf(), yMax = -qInf();
        void include(double x, double y);
        bool empty() const { return xMin > xMax; }
    };
    void recomputeBounds();

    QCustomPlot* plot_;
    QHash<QString, Run> runs_;
    double smoothing_ = 0.6;
    XAxis xAxis_ = XAxis::Steps;
    YAxis yAxis_ = YAxis::Loss;
    bool logScale_ = false;
    bool following_ = true;
    Bounds bounds_;
    QPoint pressedAt_;
    bool pressed_ = false;
};

// TensorBoard's smoothing: ema = w * ema + (1 - w) * y, shown divided by 1 - w^(i+1) so the start is not
// pulled towards 0. Pure, for tests.
QVector<double> debiasedMovingAverage(const QVector<double>& values, double weight);

} // namespace textgen
