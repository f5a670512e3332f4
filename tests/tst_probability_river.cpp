// The probability river: a line per word across the checkpoints, the progress while they are read, and its
// Cancel button.
#include "probability_river.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <qcustomplot.h>

using namespace textgen;

class TestProbabilityRiver : public QObject {
    Q_OBJECT

private slots:
    void everyWordIsALineAcrossTheEpochs();
    void progressShowsACancelButtonThatAsksToStop();
};

void TestProbabilityRiver::everyWordIsALineAcrossTheEpochs()
{
    ProbabilityRiver river;
    RiverChart chart;
    chart.epochs = {1, 2, 3};
    chart.words = {QStringLiteral("good"), QStringLiteral("bad")};
    chart.probabilities = {{0.1, 0.3, 0.6}, {0.2, 0.15, 0.1}};
    chart.title = QStringLiteral("after “this movie was”");
    river.setRiver(chart);
    QCustomPlot* plot = river.customPlot();
    QCOMPARE(plot->graphCount(), 2);
    QCOMPARE(plot->graph(0)->name(), QStringLiteral("good"));
    QCOMPARE(plot->graph(0)->data()->size(), 3);
    QCOMPARE(plot->graph(0)->data()->at(2)->key, 3.0);
    QCOMPARE(plot->graph(0)->data()->at(2)->value, 0.6);
    QVERIFY(plot->graph(0)->pen().color() != plot->graph(1)->pen().color());
    QVERIFY(plot->yAxis->range().upper >= 0.6);
    QVERIFY(plot->xAxis->range().contains(1.0) && plot->xAxis->range().contains(3.0));
    QVERIFY(river.summary().startsWith(QStringLiteral("after “this movie was”: ")));
    river.clear();
    QCOMPARE(plot->graphCount(), 0);
    QVERIFY(river.summary().startsWith(QLatin1String("In the Every checkpoint mode")));
}

void TestProbabilityRiver::progressShowsACancelButtonThatAsksToStop()
{
    ProbabilityRiver river;
    river.resize(500, 200);
    river.show();
    QVERIFY(QTest::qWaitForWindowExposed(&river));
    QSignalSpy cancel(&river, &ProbabilityRiver::cancelRequested);
    QVERIFY(!river.cancelButton()->isVisible());
    river.setProgress(3, 10);
    QVERIFY(river.cancelButton()->isVisible());
    QCOMPARE(river.summary(), QStringLiteral("Reading checkpoints: 3 of 10…"));
    QTest::mouseClick(river.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancel.size(), 1);
    river.setProgress(10, 10);
    QVERIFY(!river.cancelButton()->isVisible());
}

QTEST_MAIN(TestProbabilityRiver)
#include "tst_probability_river.moc"
