// The entropy plot: the curve and its aligned axis of choices, the marker that follows the slider, and a
// click on the plot that asks for a temperature.
#include "entropy_plot.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

#include <qcustomplot.h>

using namespace textgen;

namespace {

// H(T) = 3 T bits: a straight line, so any point of it is known without the code under test.
EntropyCurve line()
{
    EntropyCurve curve;
    for (int i = 0; i <= 20; ++i) {
        curve.temperatures << i * 0.1;
        curve.bits << 3.0 * i * 0.1;
    }
    curve.title = QStringLiteral("column 1, word 2 “movie”");
    return curve;
}

} // namespace

class TestEntropyPlot : public QObject {
    Q_OBJECT

private slots:
    void theCurveIsDrawnWithChoicesOnAnAlignedAxis();
    void theMarkerFollowsTheSliderAndTheSummarySaysWhere();
    void clickingThePlotAsksForThatTemperature();
    void anEmptyPlotExplainsWhatToDo();
};

void TestEntropyPlot::theCurveIsDrawnWithChoicesOnAnAlignedAxis()
{
    EntropyPlot plot;
    plot.setCurve(line());
    QCustomPlot* custom = plot.customPlot();
    auto* bits = custom->graph(0);
    QCOMPARE(bits->data()->size(), 21);
    QCOMPARE(bits->data()->at(10)->value, 3.0);
    // 6 bits is the highest: the left axis reaches a little above it, the right axis 2^ of the same value.
    QVERIFY(custom->yAxis->range().upper > 6.0);
    QVERIFY(std::abs(custom->yAxis2->range().upper - std::exp2(custom->yAxis->range().upper)) < 1e-9);
    QCOMPARE(custom->yAxis2->range().lower, 1.0); // 0 bits is one choice
    QCOMPARE(custom->yAxis2->scaleType(), QCPAxis::stLogarithmic);
}

void TestEntropyPlot::theMarkerFollowsTheSliderAndTheSummarySaysWhere()
{
    EntropyPlot plot;
    plot.setCurve(line());
    plot.setMarker(0.7, 1.5);
    QCOMPARE(plot.markedTemperature(), 0.7);
    QVERIFY(std::abs(plot.bitsAt(0.75) - 2.25) < 1e-12); // between the points at 0.7 and 0.8
    auto* line = qobject_cast<QCPItemStraightLine*>(plot.customPlot()->item(0));
    QVERIFY(line && line->visible());
    QCOMPARE(line->point1->coords().x(), 0.7);
    QCOMPARE(line->point2->coords().x(), 0.7);
    auto* chainPoint = plot.customPlot()->graph(1);
    QCOMPARE(chainPoint->data()->size(), 1);
    QCOMPARE(chainPoint->data()->at(0)->value, 1.5);
    // 2.1 bits at T 0.7 is 2^2.1 = 4.3 choices.
    QVERIFY2(plot.summary().contains(QStringLiteral("T 0.70: 2.10 bits, about 4.3 choices · 1.50 bits after the cuts")),
             qPrintable(plot.summary()));
    plot.setMarker(1.6);
    QCOMPARE(line->point1->coords().x(), 1.6);
    QCOMPARE(chainPoint->data()->size(), 0);
    QVERIFY(plot.summary().contains(QLatin1String("T 1.60: 4.80 bits, about 28 choices")));
}

void TestEntropyPlot::clickingThePlotAsksForThatTemperature()
{
    EntropyPlot plot;
    plot.resize(500, 220);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setCurve(line());
    plot.customPlot()->replot();
    QSignalSpy asked(&plot, &EntropyPlot::temperatureClicked);
    QTest::mouseClick(plot.customPlot(), Qt::LeftButton, Qt::NoModifier,
                      plot.customPlot()->mapFrom(&plot, plot.positionOf(1.5, 2.0)));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(std::abs(asked.first().at(0).toDouble() - 1.5) <= 0.011, qPrintable(asked.first().at(0).toString()));
    // Outside the axes (on the title) nothing is asked.
    QTest::mouseClick(plot.customPlot(), Qt::LeftButton, Qt::NoModifier, QPoint(plot.width() / 2, 4));
    QCOMPARE(asked.size(), 1);
}

void TestEntropyPlot::anEmptyPlotExplainsWhatToDo()
{
    EntropyPlot plot;
    QVERIFY(plot.summary().startsWith(QLatin1String("Click a word")));
    QVERIFY(!qobject_cast<QCPItemStraightLine*>(plot.customPlot()->item(0))->visible());
}

QTEST_MAIN(TestEntropyPlot)
#include "tst_entropy_plot.moc"
