// The sample grid as a reader meets it: columns never narrower than 28 average characters, text wrapped at
// words with no sideways scroll bar of its own, columns that scroll together when they do not fit, rows as
// full-width paragraphs, headings that keep their width while their text changes, an adjustable text size,
// and one short format for temperatures.
#include "sample_grid.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTextCursor>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>

using namespace textgen;

namespace {

QVector<GridColumn> columns(int count, const QString& heading = QStringLiteral("T 0.2 · seed 42"))
{
    QVector<GridColumn> made;
    for (int c = 0; c < count; ++c) {
        GridColumn column;
        column.heading = heading;
        for (int i = 0; i < 60; ++i)
            column.tokens.append({QStringLiteral("word%1").arg(i % 7), 0.1 + 0.01 * i, false});
        made.append(column);
    }
    return made;
}

int averageCharacters(const QTextBrowser* view)
{
    return view->viewport()->width() / QFontMetrics(view->font()).averageCharWidth();
}

} // namespace

class TestSampleGrid : public QObject {
    Q_OBJECT

private slots:
    void temperaturesHaveOneShortFormat_data();
    void temperaturesHaveOneShortFormat();
    void columnsAreAtLeast28CharactersWideAndScrollTogether();
    void wideGridsShareTheWidthWithoutAScrollBar();
    void textWrapsAtWordsWithoutASidewaysScrollBar();
    void headingsKeepTheirWidthWhenTheirTextChanges();
    void rowsGiveEachSampleTheFullWidth();
    void theTextSizeCanBeChanged();
    void statisticsStandUnderTheTextAndALoopIsUnderlined();

private:
    std::unique_ptr<SampleGrid> shown(int width, int height);
    std::unique_ptr<SampleGrid> grid_;
};

std::unique_ptr<SampleGrid> TestSampleGrid::shown(int width, int height)
{
    auto grid = std::make_unique<SampleGrid>();
    grid->resize(width, height);
    grid->show();
    if (!QTest::qWaitForWindowExposed(grid.get()))
        return nullptr;
    return grid;
}

void TestSampleGrid::temperaturesHaveOneShortFormat_data()
{
    QTest::addColumn<double>("temperature");
    QTest::addColumn<QString>("text");
    QTest::newRow("the chapter's first") << 0.2 << QStringLiteral("0.2");
    QTest::newRow("one") << 1.0 << QStringLiteral("1");
    QTest::newRow("a slider position") << 1.2293120000000002 << QStringLiteral("1.23");
    QTest::newRow("near zero") << 0.016928 << QStringLiteral("0.0169");
    QTest::newRow("two decimals") << 0.84 << QStringLiteral("0.84");
    QTest::newRow("rounds up") << 0.8449999 << QStringLiteral("0.845");
    QTest::newRow("the maximum") << 2.0 << QStringLiteral("2");
    QTest::newRow("greedy") << 0.0 << QStringLiteral("0");
    QTest::newRow("tiny, without an exponent") << 2e-6 << QStringLiteral("0.000002");
}

void TestSampleGrid::temperaturesHaveOneShortFormat()
{
    QFETCH(double, temperature);
    QFETCH(QString, text);
    QCOMPARE(temperatureText(temperature), text);
}

void TestSampleGrid::columnsAreAtLeast28CharactersWideAndScrollTogether()
{
    grid_ = shown(500, 400); // too narrow for five readable columns
    QVERIFY(grid_);
    grid_->setColumns(columns(5));
    QTest::qWait(50);
    for (int c = 0; c < 5; ++c)
        QVERIFY2(
            averageCharacters(grid_->columnView(c)) >= SampleGrid::kMinimumCharacters,
            qPrintable(QStringLiteral("column %1: %2 characters").arg(c).arg(averageCharacters(grid_->columnView(c)))));
    QScrollBar* together = grid_->scrollArea()->horizontalScrollBar();
    QVERIFY(together->isVisible());
    QVERIFY(together->maximum() > 0);
    together->setValue(together->maximum()); // the last column comes into view, whole
    QTest::qWait(20);
    const QRect last = grid_->columnView(4)->geometry().translated(
        grid_->columnView(4)->parentWidget()->mapTo(grid_->scrollArea()->viewport(), QPoint()));
    QVERIFY(grid_->scrollArea()->viewport()->rect().contains(last));
}

void TestSampleGrid::wideGridsShareTheWidthWithoutAScrollBar()
{
    grid_ = shown(1400, 400);
    QVERIFY(grid_);
    grid_->setColumns(columns(5));
    QTest::qWait(50);
    QVERIFY(!grid_->scrollArea()->horizontalScrollBar()->isVisible());
    const int width = grid_->columnView(0)->width();
    QVERIFY(width > 1400 / 5 - 40); // the columns share the whole width
    for (int c = 1; c < 5; ++c)
        QVERIFY(std::abs(grid_->columnView(c)->width() - width) <= 2);
}

void TestSampleGrid::textWrapsAtWordsWithoutASidewaysScrollBar()
{
    grid_ = shown(500, 300);
    QVERIFY(grid_);
    grid_->setColumns(columns(5));
    QTest::qWait(50);
    for (int c = 0; c < 5; ++c) {
        QTextBrowser* view = grid_->columnView(c);
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        QVERIFY(view->document()->size().width() <= view->viewport()->width() + 1);
        QVERIFY(view->document()->blockCount() == 1 && view->document()->firstBlock().layout()->lineCount() > 3);
        // No line starts inside a word: each line begins at the start of the text or after a space.
        const QTextBlock block = view->document()->firstBlock();
        for (int line = 1; line < block.layout()->lineCount(); ++line) {
            const int start = block.layout()->lineAt(line).textStart();
            QCOMPARE(block.text().at(start - 1), QLatin1Char(' '));
        }
    }
}

void TestSampleGrid::headingsKeepTheirWidthWhenTheirTextChanges()
{
    grid_ = shown(1000, 300);
    QVERIFY(grid_);
    grid_->setColumns(columns(5, QStringLiteral("T 0.2 · seed 42")));
    QTest::qWait(50);
    QVector<int> widths;
    for (int c = 0; c < 5; ++c)
        widths << grid_->columnHeading(c)->width();
    QVector<GridColumn> changed = columns(5, QStringLiteral("T 0.2 · seed 42"));
    changed[0].heading = QStringLiteral("T 1.23 · seed 42 · epoch 12 · top-k 40 · top-p 0.95 · and a long tail");
    grid_->setColumns(changed);
    QTest::qWait(50);
    for (int c = 0; c < 5; ++c)
        QCOMPARE(grid_->columnHeading(c)->width(), widths[c]);
    QLabel* first = grid_->columnHeading(0);
    QVERIFY(first->text().endsWith(QStringLiteral("…"))); // elided to its column, the whole of it in the tooltip
    QCOMPARE(first->toolTip(), changed[0].heading);
}

void TestSampleGrid::rowsGiveEachSampleTheFullWidth()
{
    grid_ = shown(700, 500);
    QVERIFY(grid_);
    grid_->setColumns(columns(5));
    grid_->setLayout(SampleGrid::Layout::Rows);
    QTest::qWait(50);
    for (int c = 0; c < 5; ++c) {
        QTextBrowser* view = grid_->columnView(c);
        QVERIFY(view->width() > 600);
        QVERIFY(!view->verticalScrollBar()->isVisible()); // a row is as tall as its paragraph
        QVERIFY(view->document()->size().height() <= view->viewport()->height() + 2);
    }
    QVERIFY(grid_->columnView(1)->mapTo(grid_.get(), QPoint()).y()
            > grid_->columnView(0)->mapTo(grid_.get(), QPoint()).y());
    QVERIFY(grid_->scrollArea()->verticalScrollBar()->maximum() > 0); // five paragraphs: the page scrolls
    grid_->setLayout(SampleGrid::Layout::Columns);
    QTest::qWait(50);
    QCOMPARE(grid_->columnView(1)->mapTo(grid_.get(), QPoint()).y(),
             grid_->columnView(0)->mapTo(grid_.get(), QPoint()).y());
}

void TestSampleGrid::theTextSizeCanBeChanged()
{
    grid_ = shown(1200, 400);
    QVERIFY(grid_);
    grid_->setColumns(columns(3));
    const double before = grid_->textPointSize();
    const int narrowest = grid_->minimumColumnWidth();
    grid_->setTextPointSize(before + 4);
    QCOMPARE(grid_->columnView(0)->font().pointSizeF(), before + 4);
    QVERIFY(grid_->minimumColumnWidth() > narrowest); // 28 characters of a bigger font are wider
}

void TestSampleGrid::statisticsStandUnderTheTextAndALoopIsUnderlined()
{
    auto grid = shown(900, 400);
    QVERIFY(grid);
    GridColumn column;
    column.heading = QStringLiteral("T 0.2 · seed 42");
    for (const char* word : {"and", "the", "world", "is", "a", "man", "is", "a", "man", "is", "a", "man"})
        column.tokens.append({QString::fromLatin1(word), 0.5, false});
    column.footer = QStringLiteral("entropy 0.74 bits · loop “is a man” from word 4");
    column.footerToolTip = QStringLiteral("what the numbers mean");
    column.loopStart = 3;
    column.loopLength = 9;
    GridColumn plain = column;
    plain.footer.clear();
    plain.loopStart = -1;
    plain.loopLength = 0;
    grid->setColumns({column, plain});
    QLabel* footer = grid->columnFooter(0);
    QTRY_VERIFY(footer->isVisible()); // new columns are shown once the event loop runs
    QCOMPARE(footer->text(), column.footer);
    QCOMPARE(footer->toolTip(), column.footerToolTip);
    QVERIFY(footer->geometry().top() >= grid->columnView(0)->geometry().bottom()); // under the text
    QVERIFY(!grid->columnFooter(1)->isVisibleTo(grid.get()));
    // The loop's words are underlined, the others not: read from the document as it is drawn.
    const auto underlined = [&](int c, int step) {
        QTextCursor cursor(grid->columnView(c)->document());
        int position = 0;
        for (int i = 0; i < step; ++i)
            position += static_cast<int>(column.tokens[i].text.size()) + 1;
        cursor.setPosition(position + 1);
        return cursor.charFormat().fontUnderline();
    };
    QVERIFY(!underlined(0, 2));
    QVERIFY(underlined(0, 3));
    QVERIFY(underlined(0, 11));
    QVERIFY(!underlined(1, 5));
    // A long strip wraps inside its column: it never widens it.
    GridColumn wordy = column;
    wordy.footer = QString(400, QLatin1Char('x')).replace(QStringLiteral("xxxxxxxxxx"), QStringLiteral("xxxxxxxxx "));
    const int width = grid->columnView(0)->width();
    grid->setColumns({wordy, plain});
    QCOMPARE(grid->columnView(0)->width(), width);
}

QTEST_MAIN(TestSampleGrid)
#include "tst_sample_grid.moc"
