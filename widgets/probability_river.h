// The probability river: for one context, the next-word probabilities of the top candidates checkpoint by
// checkpoint, one line per word, so the learner sees which word the model came to prefer and when. Takes
// the numbers as values.
#pragma once

#include <QStringList>
#include <QVector>

#include "plot_view.h"

namespace textgen {

struct RiverChart {
    QVector<double> epochs;
    QStringList words;                      // most likely at the last checkpoint first
    QVector<QVector<double>> probabilities; // [word][checkpoint]
    QString title;                          // the context, e.g. "after “the movie was”"
};

class ProbabilityRiver : public PlotView {
    Q_OBJECT

public:
    explicit ProbabilityRiver(QWidget* parent = nullptr);

    void setRiver(const RiverChart& river);
    void clear() { setRiver({}); }
    // Shown while the checkpoints are read ("3 of 10 checkpoints"), with a Cancel button over the plot's corner.
    void setProgress(int done, int total);
    QPushButton* cancelButton() const { return corner_; }
    const RiverChart& river() const { return river_; }
    QString summary() const override;

signals:
    void cancelRequested();

protected:
    void retranslate() override;

private:
    RiverChart river_;
    int done_ = 0;
    int total_ = 0;
};

} // namespace textgen
