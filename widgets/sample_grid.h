// Side-by-side samples: one column per sample with its settings as a heading, the prompt above, each token
// clickable (to inspect the distribution it was drawn from), its probability on hover, and optionally
// coloured by that probability. Arrow keys move the inspected step.
// Text comes first: a column is never narrower than kMinimumCharacters average characters of its font, text
// wraps at word boundaries, and when the columns do not fit they scroll together (one scroll bar for all).
// In the Rows layout each sample is a full-width paragraph under its heading. Headings are elided to their
// column and never widen it, so a heading that changes during a slider drag moves nothing. Under each text a
// strip of statistics; a stretch that loops is underlined in red.
#pragma once

#include <QVector>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QScrollArea;
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
    QString footer;        // the statistics strip under the text
    QString footerToolTip; // what its numbers mean
    int loopStart = -1;    // tokens [loopStart, loopStart + loopLength) repeat a cycle: underlined in red
    int loopLength = 0;
    bool operator==(const GridColumn& other) const
    {
        return heading == other.heading && branched == other.branched && tokens == other.tokens
            && footer == other.footer && footerToolTip == other.footerToolTip && loopStart == other.loopStart
            && loopLength == other.loopLength;
    }
};

class SampleGrid : public QWidget {
    Q_OBJECT

public:
    enum class Layout { Columns, Rows };
    static constexpr int kMinimumCharacters = 28;

    explicit SampleGrid(QWidget* parent = nullptr);

    void setPrompt(const QString& prompt);
    void setPromptShown(bool shown); // a window that shows the prompt beside the columns hides this line
    // Lays out only the columns that differ from those shown: moving the slider changes one column of five.
    void setColumns(const QVector<GridColumn>& columns);
    const QVector<GridColumn>& columns() const { return columns_; }
    void setColourByProbability(bool colour);
    bool colourByProbability() const { return colour_; }
    void setInspected(int column, int step);
    int inspectedColumn() const { return inspectedColumn_; }
    int inspectedStep() const { return inspectedStep_; }

    void setLayout(Layout layout);
    Layout layoutMode() const { return layout_; }
    // The samples' text size in points (the rest of the window keeps its own).
    void setTextPointSize(double points);
    double textPointSize() const;
    // The narrowest a column may be: kMinimumCharacters average characters of the text font, plus margins.
    int minimumColumnWidth() const;

    // The text a column shows (its tokens joined as the tokenizer joins them), its text view and heading.
    QString columnText(int column) const;
    QTextBrowser* columnView(int column) const;
    QLabel* columnHeading(int column) const;
    QLabel* columnFooter(int column) const;
    QScrollArea* scrollArea() const { return scroll_; }
    void setWordSeparator(const QString& separator) { separator_ = separator; }
    QString wordSeparator() const { return separator_; }
    // The position, in the column view's viewport, of a token (for tests).
    QPoint tokenPosition(int column, int step) const;

signals:
    void inspectRequested(int column, int step);
    void tokenHovered(int column, int step, double probability);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void render(int column);
    void renderHeading(int column);
    void applyLayout();
    void fitRowHeights();

    QLabel* prompt_;
    QString promptText_;
    QScrollArea* scroll_;
    QWidget* strip_;          // the columns' container inside the scroll area
    QBoxLayout* stripLayout_; // left to right (columns) or top to bottom (rows)
    QVector<QWidget*> frames_;
    QVector<QTextBrowser*> views_;
    QVector<QLabel*> headings_;
    QVector<QLabel*> footers_;
    QVector<GridColumn> columns_;
    QString separator_ = QStringLiteral(" ");
    QFont textFont_;
    Layout layout_ = Layout::Columns;
    bool colour_ = true;
    int inspectedColumn_ = -1;
    int inspectedStep_ = -1;
};

// A temperature as every view prints it: at most three significant digits, no exponent ("0.84", "1.5",
// "0.0169", "0"), so a heading keeps one short format while the slider moves.
QString temperatureText(double temperature);

} // namespace textgen
