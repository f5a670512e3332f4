// The distribution chart: bars after the chain with temperature-1 outlines, the sampled token highlighted,
// entropy and the mass outside the bars; clicking a candidate's bar asks for a branch.
#include "distribution_chart.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <qcustomplot.h>

using namespace textgen;

namespace {

StepDistribution sample()
{
    StepDistribution d;
    d.title = QStringLiteral("column 1, step 3");
    d.candidates = {{QStringLiteral("the"), 0.50, 0.30},
                    {QStringLiteral("a"), 0.25, 0.20},
                    {QStringLiteral("this"), 0.15, 0.15},
                    {QStringLiteral("movie"), 0.0, 0.10}};
    d.sampled = 1;
    d.entropyBits = 1.75;
    return d;
}

} // namespace

class TestDistributionChart : public QObject {
    Q_OBJECT

private slots:
    void barsShowBothDistributionsAndTheSampledToken();
    void summaryGivesEntropyAndTheMassOutside();
    void clickingACandidateAsksForABranch();
    void anEmptyDistributionExplainsWhatToDo();
    void repeatedDrawsAreMarkedOverTheBarsWithTheirTest();
    void theDrawButtonAsksForDraws();
    void aLongTitleFitsItsColumnAndClearsTheButton();
};

void TestDistributionChart::aLongTitleFitsItsColumnAndClearsTheButton()
{
    DistributionChart chart;
    chart.resize(765, 190); // the dock's share at 1280x800
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    StepDistribution drawn = sample();
    drawn.title = QStringLiteral("column 2, word 20 “same”");
    drawn.observed = {0.5, 0.25, 0.15, 0.1};
    drawn.observedNote = QStringLiteral("1000 draws: χ² 18.2, 14 degrees of freedom, p = 0.198");
    chart.setDistribution(drawn);
    chart.customPlot()->replot();
    chart.resize(764, 190); // laid out once: the title's column is known
    QTRY_VERIFY(chart.shownTitle().endsWith(QStringLiteral("…")));
    auto* title = qobject_cast<QCPTextElement*>(chart.customPlot()->plotLayout()->element(0, 0));
    QVERIFY(title);
    const int width = QFontMetrics(title->font()).horizontalAdvance(chart.shownTitle());
    const QRect column = title->outerRect();
    QVERIFY2(width <= column.width(), qPrintable(QStringLiteral("%1 > %2").arg(width).arg(column.width())));
    const int right = column.center().x() + width / 2; // centred in its column
    const QPoint button = chart.customPlot()->mapFrom(&chart, chart.drawButton()->geometry().topLeft());
    QVERIFY2(right < button.x(),
             qPrintable(QStringLiteral("title ends at %1, button at %2").arg(right).arg(button.x())));
}

void TestDistributionChart::repeatedDrawsAreMarkedOverTheBarsWithTheirTest()
{
    DistributionChart chart;
    chart.setDistribution(sample());
    auto* observed = qobject_cast<QCPGraph*>(chart.customPlot()->plottable(3));
    QVERIFY(observed);
    QVERIFY(!observed->visible()); // nothing drawn yet
    StepDistribution drawn = sample();
    drawn.observed = {0.48, 0.27, 0.14, 0.0};
    drawn.observedNote = QStringLiteral("1000 draws: p = 0.61");
    chart.setDistribution(drawn);
    QVERIFY(observed->visible());
    QCOMPARE(observed->data()->size(), 4);
    QCOMPARE(observed->data()->at(1)->key, 1.0);
    QCOMPARE(observed->data()->at(1)->value, 0.27);
    QVERIFY(chart.summary().endsWith(QStringLiteral(" · 1000 draws: p = 0.61")));
    chart.setDistribution(sample()); // another step: the marks go
    QVERIFY(!observed->visible());
}

void TestDistributionChart::theDrawButtonAsksForDraws()
{
    DistributionChart chart;
    chart.resize(600, 200);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy asked(&chart, &DistributionChart::drawRequested);
    QVERIFY(!chart.drawButton()->isEnabled()); // nothing to draw from
    QTest::mouseClick(chart.drawButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 0);
    chart.setDistribution(sample());
    QVERIFY(chart.drawButton()->isVisible() && chart.drawButton()->isEnabled());
    QVERIFY(chart.drawButton()->geometry().right() <= chart.width()); // inside the chart, at its top right
    QVERIFY(chart.drawButton()->geometry().top() < 10);
    QTest::mouseClick(chart.drawButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
}

void TestDistributionChart::barsShowBothDistributionsAndTheSampledToken()
{
    DistributionChart chart;
    chart.setDistribution(sample());
    QCustomPlot* plot = chart.customPlot();
    QCOMPARE(plot->plottableCount(), 4); // the bars, and the repeated draws' marks when there are any
    auto* atT1 = qobject_cast<QCPBars*>(plot->plottable(0));
    auto* chain = qobject_cast<QCPBars*>(plot->plottable(1));
    auto* sampled = qobject_cast<QCPBars*>(plot->plottable(2));
    QCOMPARE(chain->data()->size(), 4);
    QCOMPARE(chain->data()->at(0)->value, 0.50);
    QCOMPARE(atT1->data()->at(3)->value, 0.10);
    QCOMPARE(sampled->data()->size(), 1);
    QCOMPARE(sampled->data()->at(0)->key, 1.0);
    const auto ticker = plot->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().value(2), QStringLiteral("this"));
}

void TestDistributionChart::summaryGivesEntropyAndTheMassOutside()
{
    DistributionChart chart;
    chart.setDistribution(sample());
    QVERIFY(std::abs(chart.massOutside() - 0.10) < 1e-9);
    const QString summary = chart.summary();
    QVERIFY2(summary.contains(QLatin1String("entropy 1.75 bits")) && summary.contains(QLatin1String("10.0%"))
                 && summary.contains(QLatin1String("column 1, step 3")),
             qPrintable(summary));
    StepDistribution forced = sample();
    forced.forced = true;
    chart.setDistribution(forced);
    QVERIFY(chart.summary().contains(QLatin1String("forced")));
}

void TestDistributionChart::clickingACandidateAsksForABranch()
{
    DistributionChart chart;
    chart.resize(600, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setDistribution(sample());
    chart.customPlot()->replot();
    QSignalSpy clicked(&chart, &DistributionChart::candidateClicked);
    QTest::mouseClick(chart.customPlot(), Qt::LeftButton, Qt::NoModifier,
                      chart.customPlot()->mapFrom(&chart, chart.barCentre(2)));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), 2);
}

void TestDistributionChart::anEmptyDistributionExplainsWhatToDo()
{
    DistributionChart chart;
    chart.setDistribution(sample());
    chart.clear();
    QCOMPARE(chart.customPlot()->plottable(1)->interface1D()->dataCount(), 0);
    QVERIFY(chart.summary().startsWith(QLatin1String("Click a word")));
}

QTEST_MAIN(TestDistributionChart)
#include "tst_distribution_chart.moc"
