// The probability river: for one context, the next-word probabilities of the top candidates checkpoint by
// checkpoint, one line per word, so the learner sees which word the model came to prefer and when. Takes
// the numbers as values.
#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPTextElement;
class QPushButton;

namespace textgen {

struct RiverChart {
    QVector<double> epochs;
    QStringList words;                      // most likely at the last checkpoint first
    QVector<QVector<double>> probabilities; // [word][checkpoint]
    QString title;                          // the context, e.g. "after “the movie was”"
};

class ProbabilityRiver : public QWidget {
    Q_OBJECT

public:
    explicit ProbabilityRiver(QWidget* parent = nullptr);

    void setRiver(const RiverChart& river);
    void clear() { setRiver({}); }
    // Shown while the checkpoints are read ("3 of 10 checkpoints"), with a Cancel button over the plot's corner.
    void setProgress(int done, int total);
    QPushButton* cancelButton() const { return cancel_; }
    const RiverChart& river() const { return river_; }
    QCustomPlot* customPlot() const { return plot_; }
    QString summary() const;

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void updateTitle();

    QCustomPlot* plot_;
    QCPTextElement* title_;
    QPushButton* cancel_;
    RiverChart river_;
    int done_ = 0;
    int total_ = 0;
};

} // namespace textgen
