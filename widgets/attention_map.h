// Where the model looked: the inspected word's attention over its context, one row per attention and head,
// one column per context word, shaded by weight (each row sums to 1). A click or the arrow keys select a
// cell, which the title reads out ("block 1 · head 2 → “movie” 0.42"). Takes the weights as values; the
// decode path that produced them is the caller's.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "plot_view.h"

class QCPColorMap;
class QCPColorScale;
class QCPItemRect;

namespace textgen {

struct AttentionHeatmap {
    QString title;           // the query: "column 2, word 7 “movie”", or "epoch 3 · after “…”"
    QStringList words;       // the context attended over, oldest first
    QStringList rows;        // one per attention and head, top to bottom: "block 1 · head 2"
    QVector<double> weights; // rows x words, row by row
    QString note;            // said instead when there are no weights (a preset without attention)

    double at(int row, int word) const { return weights.value(row * words.size() + word); }
    bool isEmpty() const { return rows.isEmpty() || words.isEmpty(); }
    bool operator==(const AttentionHeatmap& o) const
    {
        return title == o.title && words == o.words && rows == o.rows && weights == o.weights && note == o.note;
    }
};

class AttentionMap : public PlotView {
    Q_OBJECT

public:
    explicit AttentionMap(QWidget* parent = nullptr);

    // Keeps the selected cell where the new map has it (the same row, the same distance from the query).
    void setHeatmap(const AttentionHeatmap& heatmap);
    void clear(const QString& note = {});
    const AttentionHeatmap& heatmap() const { return heatmap_; }
    void selectCell(int row, int word);
    int selectedRow() const { return row_; }
    int selectedWord() const { return word_; }
    QString summary() const override;
    // The centre of a cell, in widget coordinates (for tests).
    QPoint cellCentre(int row, int word) const;

signals:
    void cellSelected(int row, int word);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void retranslate() override;
    void restyled() override;

private:
    void relabel();

    QCPColorMap* map_;
    QCPColorScale* scale_;
    QCPItemRect* selection_;
    AttentionHeatmap heatmap_;
    int row_ = -1;
    int word_ = -1;
};

} // namespace textgen
