// The attention map: weights drawn row by row under their words, a cell selected by a click or the arrows and
// read out in the title, the selection kept as the context grows, and an empty map that says why.
#include "attention_map.h"

#include <QSignalSpy>
#include <QTest>

#include <qcustomplot.h>

using namespace textgen;

namespace {

// Two heads over three words; each row sums to 1, and every weight differs, so a misplaced cell shows.
AttentionHeatmap twoHeads()
{
    AttentionHeatmap map;
    map.title = QStringLiteral("column 1, word 4 “good”");
    map.words = {QStringLiteral("this"), QStringLiteral("movie"), QStringLiteral("was")};
    map.rows = {QStringLiteral("block 1 · head 1"), QStringLiteral("block 1 · head 2")};
    map.weights = {0.5, 0.2, 0.3, 0.1, 0.6, 0.3};
    return map;
}

} // namespace

class TestAttentionMap : public QObject {
    Q_OBJECT

private slots:
    void theWeightsAreDrawnRowByRowUnderTheirWords();
    void clickingACellSelectsItAndTheTitleReadsItOut();
    void theArrowKeysMoveTheSelectionAndStopAtTheEdges();
    void aLongerContextKeepsTheSelectionAsFarFromTheQuery();
    void anEmptyMapSaysWhy();
};

void TestAttentionMap::theWeightsAreDrawnRowByRowUnderTheirWords()
{
    AttentionMap view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setHeatmap(twoHeads());
    auto* map = qobject_cast<QCPColorMap*>(view.customPlot()->plottable(0));
    QVERIFY(map);
    QCOMPARE(map->data()->keySize(), 3);
    QCOMPARE(map->data()->valueSize(), 2);
    QCOMPARE(map->data()->cell(1, 1), 0.6); // word "movie", head 2
    QCOMPARE(map->data()->cell(0, 0), 0.5);
    QCOMPARE(map->data()->cell(2, 1), 0.3);
    // The darkest colour is the largest weight shown; no attention is white, as paper.
    QCOMPARE(map->dataRange().upper, 0.6);
    QCOMPARE(QColor(map->gradient().color(0.0, map->dataRange())), QColor(Qt::white));
    QVERIFY(QColor(map->gradient().color(0.6, map->dataRange())).lightness() < 80);
    auto words = view.customPlot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(words);
    QCOMPARE(words->ticks().value(1), QStringLiteral("movie"));
    auto heads = view.customPlot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QCOMPARE(heads->ticks().value(1), QStringLiteral("block 1 · head 2"));
    QVERIFY(view.customPlot()->yAxis->rangeReversed()); // the first head on top
}

void TestAttentionMap::clickingACellSelectsItAndTheTitleReadsItOut()
{
    AttentionMap view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setHeatmap(twoHeads());
    view.customPlot()->replot();
    QSignalSpy selected(&view, &AttentionMap::cellSelected);
    QTest::mouseClick(view.customPlot(), Qt::LeftButton, Qt::NoModifier,
                      view.customPlot()->mapFrom(&view, view.cellCentre(1, 1)));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().at(0).toInt(), 1);
    QCOMPARE(selected.first().at(1).toInt(), 1);
    QCOMPARE(view.summary(), QStringLiteral("column 1, word 4 “good” · block 1 · head 2 → “movie” 0.60"));
    QTest::mouseClick(view.customPlot(), Qt::LeftButton, Qt::NoModifier,
                      view.customPlot()->mapFrom(&view, view.cellCentre(0, 0)));
    QCOMPARE(view.selectedRow(), 0);
    QCOMPARE(view.selectedWord(), 0);
    QVERIFY(view.summary().endsWith(QStringLiteral("→ “this” 0.50")));
}

void TestAttentionMap::theArrowKeysMoveTheSelectionAndStopAtTheEdges()
{
    AttentionMap view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setHeatmap(twoHeads());
    // A new map selects the first head's weight on the latest word, the nearest to the query.
    QCOMPARE(view.selectedRow(), 0);
    QCOMPARE(view.selectedWord(), 2);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right); // already at the last word
    QCOMPARE(view.selectedWord(), 2);
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.selectedWord(), 1);
    QCOMPARE(view.selectedRow(), 1);
    QTest::keyClick(&view, Qt::Key_Down); // there are two heads
    QCOMPARE(view.selectedRow(), 1);
    QVERIFY(view.summary().endsWith(QStringLiteral("→ “movie” 0.60")));
}

void TestAttentionMap::aLongerContextKeepsTheSelectionAsFarFromTheQuery()
{
    AttentionMap view;
    view.setHeatmap(twoHeads());
    view.selectCell(1, 1); // "movie", one word before the last
    AttentionHeatmap longer = twoHeads();
    longer.words << QStringLiteral("good");
    longer.weights = {0.4, 0.2, 0.2, 0.2, 0.1, 0.5, 0.2, 0.2};
    view.setHeatmap(longer);
    QCOMPARE(view.selectedRow(), 1);
    QCOMPARE(view.selectedWord(), 2); // "was": still one before the last
}

void TestAttentionMap::anEmptyMapSaysWhy()
{
    AttentionMap view;
    QVERIFY(view.summary().startsWith(QStringLiteral("Click a word")));
    view.clear(QStringLiteral("The LSTM preset has no attention."));
    QCOMPARE(view.summary(), QStringLiteral("The LSTM preset has no attention."));
    QCOMPARE(view.selectedRow(), -1);
    QTest::keyClick(&view, Qt::Key_Left); // nothing to move
    QCOMPARE(view.selectedWord(), -1);
}

QTEST_MAIN(TestAttentionMap)
#include "tst_attention_map.moc"
