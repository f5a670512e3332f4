// The sampler's pipeline for the inspected step: one row per stage (the model's raw distribution at T = 1,
// then the array after each step of the chain), with how many candidates are left, the chosen word's rank
// and probability, and the probabilities of the chart's top words. A word a step removed stays in its row,
// greyed and struck through at the probability it had before, so the learner sees what each cut took.
#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QTableWidget;

namespace textgen {

struct PipelineRow {
    QString stage;
    int kept = 0;
    int chosenRank = 0; // 0: removed
    double chosenProbability = 0.0;
    QVector<double> watched; // per watched word; 0 once removed
};

struct PipelineTable {
    QString chosen;      // the word taken
    QStringList watched; // the words followed across the stages
    QVector<PipelineRow> rows;
};

class PipelineView : public QWidget {
    Q_OBJECT

public:
    explicit PipelineView(QWidget* parent = nullptr);

    void setTable(const PipelineTable& table);
    void clear() { setTable({}); }
    const PipelineTable& table() const { return table_; }
    QTableWidget* tableWidget() const { return view_; }
    // Whether the cell of `word` at `row` shows a removal (greyed, struck through).
    bool isRemoved(int row, int word) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QTableWidget* view_;
    PipelineTable table_;
};

} // namespace textgen
