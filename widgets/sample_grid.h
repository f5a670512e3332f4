// Side-by-side samples: one column per sample with its settings as a heading, the prompt above, each token
// clickable (to inspect the distribution it was drawn from), its probability on hover, and optionally
// coloured by that probability. Arrow keys move the inspected step.
#pragma once

#include <QVector>
#include <QWidget>

class QLabel;
class QHBoxLayout;
class QTextBrowser;

namespace textgen {

struct GridToken {
    QString text;
    double probability = 0.0;
    bool forced = false;
    bool operator==(const GridToken& other) const
    {
        return text == other.text && probability == other.probability && forced == other.forced;
    }
};

struct GridColumn {
    QString heading;
    QVector<GridToken> tokens;
    bool branched = false;
    bool operator==(const GridColumn& other) const
    {
        return heading == other.heading && branched == other.branched && tokens == other.tokens;
    }
};

class SampleGrid : public QWidget {
    Q_OBJECT

public:
    explicit SampleGrid(QWidget* parent = nullptr);

    void setPrompt(const QString& prompt);
    // Lays out only the columns that differ from those shown: moving the slider changes one column of five.
    void setColumns(const QVector<GridColumn>& columns);
    const QVector<GridColumn>& columns() const { return columns_; }
    void setColourByProbability(bool colour);
    bool colourByProbability() const { return colour_; }
    void setInspected(int column, int step);
    int inspectedColumn() const { return inspectedColumn_; }
    int inspectedStep() const { return inspectedStep_; }

    // The text a column shows (its tokens joined as the tokenizer joins them) and its text view.
    QString columnText(int column) const;
    QTextBrowser* columnView(int column) const;
    void setWordSeparator(const QString& separator) { separator_ = separator; }
    // The position, in the column view's viewport, of a token (for tests).
    QPoint tokenPosition(int column, int step) const;

signals:
    void inspectRequested(int column, int step);
    void tokenHovered(int column, int step, double probability);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void render(int column);

    QLabel* prompt_;
    QHBoxLayout* columnsLayout_;
    QVector<QTextBrowser*> views_;
    QVector<QLabel*> headings_;
    QVector<GridColumn> columns_;
    QString separator_ = QStringLiteral(" ");
    bool colour_ = true;
    int inspectedColumn_ = -1;
    int inspectedStep_ = -1;
};

} // namespace textgen
