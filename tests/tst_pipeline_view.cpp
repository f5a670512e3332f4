// The pipeline view: one row per stage, the chosen word's rank and probability, and a word a step removed
// kept in its row, greyed and struck through at the probability it had before.
#include "pipeline_view.h"

#include <QTableWidget>
#include <QTest>

using namespace textgen;

namespace {

PipelineTable table()
{
    PipelineTable t;
    t.chosen = QStringLiteral("movie");
    t.watched = {QStringLiteral("film"), QStringLiteral("movie"), QStringLiteral("show")};
    t.rows = {{QStringLiteral("the model (T = 1)"), 5000, 2, 0.25, {0.40, 0.25, 0.10}},
              {QStringLiteral("temperature 0.5"), 4998, 2, 0.27, {0.60, 0.27, 0.05}},
              {QStringLiteral("top-k 2"), 2, 2, 0.31, {0.69, 0.31, 0.0}},
              {QStringLiteral("min-p 0.5"), 1, 0, 0.0, {1.0, 0.0, 0.0}}};
    return t;
}

} // namespace

class TestPipelineView : public QObject {
    Q_OBJECT

private slots:
    void everyStageIsARowWithTheChosenWord();
    void removedWordsAreGreyedAtTheirLastProbability();
};

void TestPipelineView::everyStageIsARowWithTheChosenWord()
{
    PipelineView view;
    view.setTable(table());
    QTableWidget* t = view.tableWidget();
    QCOMPARE(t->rowCount(), 4);
    QCOMPARE(t->columnCount(), 4 + 3);
    QCOMPARE(t->horizontalHeaderItem(2)->text(), QStringLiteral("rank of “movie”"));
    QCOMPARE(t->horizontalHeaderItem(4)->text(), QStringLiteral("film"));
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("the model (T = 1)"));
    QCOMPARE(t->item(2, 1)->text(), QStringLiteral("2"));
    QCOMPARE(t->item(1, 3)->text(), QStringLiteral("27.0%"));
    QCOMPARE(t->item(3, 2)->text(), QStringLiteral("removed"));
    view.clear();
    QCOMPARE(t->rowCount(), 0);
}

void TestPipelineView::removedWordsAreGreyedAtTheirLastProbability()
{
    PipelineView view;
    view.setTable(table());
    QTableWidget* t = view.tableWidget();
    QVERIFY(!view.isRemoved(1, 2));
    QVERIFY(view.isRemoved(2, 2)); // "show" cut by top-k: struck at the 5.0% it had after temperature
    QCOMPARE(t->item(2, 4 + 2)->text(), QStringLiteral("5.0%"));
    QCOMPARE(t->item(3, 4 + 2)->text(), QStringLiteral("5.0%"));
    QVERIFY(view.isRemoved(3, 1)); // the chosen word itself, cut by min-p
    QCOMPARE(t->item(3, 4 + 1)->text(), QStringLiteral("31.0%"));
    QVERIFY(!view.isRemoved(3, 0));
    QCOMPARE(t->item(3, 4)->text(), QStringLiteral("100.0%"));
    QCOMPARE(t->item(2, 4 + 2)->foreground().color(), view.palette().color(QPalette::Disabled, QPalette::Text));
    QVERIFY(t->item(3, 2)->font().strikeOut()); // "removed" for the chosen word's rank
}

QTEST_MAIN(TestPipelineView)
#include "tst_pipeline_view.moc"
