// Entropy against temperature for the inspected step: H(T) in bits of the model's softmax(logits / T) for T
// from 0 to 2 (left axis) and, on a log axis aligned with it, the effective number of choices 2^H (right
// axis); a line at the slider's T, and
// a point at the entropy the chain's cuts actually leave there. Clicking the plot asks for that
// temperature. Takes the numbers as values; computing them is the caller's.
#pragma once

#include <QString>
#include <QVector>

#include <limits>

#include "plot_view.h"

class QCPGraph;
class QCPItemStraightLine;

namespace textgen {

struct EntropyCurve {
    QVector<double> temperatures;
    QVector<double> bits;
    QString title; // the step, e.g. "column 2, word 7 “movie”"
};

class EntropyPlot : public PlotView {
    Q_OBJECT

public:
    explicit EntropyPlot(QWidget* parent = nullptr);

    void setCurve(const EntropyCurve& curve);
    void clear();
    // The slider's temperature and the entropy after the chain's cuts there (NaN: no point).
    void setMarker(double temperature, double chainBits = std::numeric_limits<double>::quiet_NaN());
    double markedTemperature() const { return marker_; }
    // H at T from the curve, linearly between its points.
    double bitsAt(double temperature) const;
    QString summary() const override; // "T 0.7: 5.21 bits, about 37 choices"
    const EntropyCurve& curve() const { return curve_; }
    // Where temperature T sits on the plot, in widget coordinates (for tests).
    QPoint positionOf(double temperature, double bits) const;

signals:
    void temperatureClicked(double temperature);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void retranslate() override;
    void restyled() override { retranslate(); } // the curve's axis takes its colour again

private:
    QCPGraph* bits_;
    QCPGraph* chainPoint_;
    QCPItemStraightLine* line_;
    EntropyCurve curve_;
    double marker_ = 1.0;
    double chainBits_ = std::numeric_limits<double>::quiet_NaN();
};

} // namespace textgen
