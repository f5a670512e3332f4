// The distribution being sampled: for one step of one column, the top candidate tokens with their
// probabilities after the sampler chain (filled bars), the same tokens at temperature 1 (outlines behind),
// the sampled token highlighted, the entropy in bits and the probability mass outside the bars. Clicking a
// candidate's bar asks for that token to be forced at this step (a branch).
#pragma once

#include <QString>
#include <QVector>

#include "plot_view.h"

class QCPBars;
class QCPGraph;

namespace textgen {

struct CandidateBar {
    QString text;
    double probability = 0.0;     // after the sampler chain
    double probabilityAtT1 = 0.0; // at temperature 1
};

struct StepDistribution {
    QVector<CandidateBar> candidates; // most likely first
    int sampled = -1;                 // index of the token taken, or -1 when it is not among the candidates
    double entropyBits = 0.0;
    bool forced = false; // the token was forced (a branch), not drawn
    // The last candidate is the token taken although it is not among the top ones: drawn set apart, after a
    // gap, so that the chart always shows what was sampled.
    bool sampledBeyondTop = false;
    QString title; // e.g. "column 2, step 7"
    // Repeated draws at this step: the share of draws that took each candidate (empty: none drawn), and what
    // the test against the bars says.
    QVector<double> observed;
    QString observedNote;
};

class DistributionChart : public PlotView {
    Q_OBJECT

public:
    explicit DistributionChart(QWidget* parent = nullptr);

    void setDistribution(const StepDistribution& distribution);
    void clear();
    // The x of a candidate's bar (the one beyond the top sits after a gap).
    double keyOf(int index) const;
    const StepDistribution& distribution() const { return distribution_; }

    // The probability mass of the distribution that the bars do not show.
    double massOutside() const;
    QString summary() const override; // the line above the bars: entropy and mass outside
    // The centre of a candidate's bar, in widget coordinates (for tests and tooltips).
    QPoint barCentre(int index) const;
    // "Draw 1,000": asks for the step to be drawn again many times (drawn over the bars when they come).
    QPushButton* drawButton() const { return corner_; }

    // The candidate whose bar is at `position` (plot coordinates), or -1.
    int candidateAt(const QPoint& position) const;

signals:
    void candidateClicked(int index);
    void drawRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void retranslate() override;

private:
    QCPBars* atT1_;
    QCPBars* chain_;
    QCPBars* sampled_;
    QCPGraph* observed_;
    StepDistribution distribution_;
};

} // namespace textgen
