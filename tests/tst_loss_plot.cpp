// The loss plot widget: TensorBoard's debiased smoothing, live appends, overlaid runs, axis modes, fit on
// double-click, wheel zoom, the value under the cursor, PNG and CSV export; and a benchmark at 100,000 points.
#include "loss_plot.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <qcustomplot.h>

#include <cmath>

using namespace textgen;

namespace {

QVector<LossPoint> curve(int from, int count, double start = 5.0)
{
    QVector<LossPoint> points;
    for (int i = from; i < from + count; ++i)
        points.append({double(i), i / 100.0, i * 3200.0, i * 0.5, start * std::exp(-i / 300.0) + 0.1 * std::sin(i)});
    return points;
}

} // namespace

class TestLossPlot : public QObject {
    Q_OBJECT

private slots:
    void smoothingIsTheDebiasedMovingAverage_data();
    void smoothingIsTheDebiasedMovingAverage();
    void appendedPointsAreSmoothedAsIfAddedAtOnce();
    void overlaidRunsGetTheirOwnGraphsAndLegend();
    void axesSwitchBetweenStepsEpochsAndPerplexity();
    void doubleClickFitsAndWheelZooms();
    void theValueUnderTheCursorIsShown();
    void exportWritesPngAndCsvOrSaysWhyNot();
    void replottingAHundredThousandPoints();
    void openingAMillionSteps(); // a benchmark: the UI thread's share of opening a long run
    void aLiveCurveFollowsItsNewestStepUntilTheViewIsTaken();

private:
    LossPlot* shownPlot();
    std::unique_ptr<LossPlot> plot_;
};

LossPlot* TestLossPlot::shownPlot()
{
    plot_ = std::make_unique<LossPlot>();
    plot_->resize(800, 500);
    plot_->show();
    if (!QTest::qWaitForWindowExposed(plot_.get()))
        return nullptr;
    return plot_.get();
}

void TestLossPlot::smoothingIsTheDebiasedMovingAverage_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<double>("weight");
    QTest::addColumn<QVector<double>>("expected");
    QTest::newRow("no smoothing") << QVector<double>{3, 1, 2} << 0.0 << QVector<double>{3, 1, 2};
    QTest::newRow("a constant stays constant") << QVector<double>{2, 2, 2} << 0.9 << QVector<double>{2, 2, 2};
    // ema: 0, 1; debiased by 1 - 0.5 and 1 - 0.25.
    QTest::newRow("two steps") << QVector<double>{0, 2} << 0.5 << QVector<double>{0, 1.0 / 0.75};
    QTest::newRow("first point is itself") << QVector<double>{7} << 0.999 << QVector<double>{7};
}

void TestLossPlot::smoothingIsTheDebiasedMovingAverage()
{
    QFETCH(QVector<double>, values);
    QFETCH(double, weight);
    QFETCH(QVector<double>, expected);
    const QVector<double> smoothed = debiasedMovingAverage(values, weight);
    QCOMPARE(smoothed.size(), expected.size());
    for (qsizetype i = 0; i < smoothed.size(); ++i)
        QVERIFY2(std::abs(smoothed[i] - expected[i]) < 1e-9, qPrintable(QString::number(smoothed[i])));
}

void TestLossPlot::appendedPointsAreSmoothedAsIfAddedAtOnce()
{
    LossPlot* plot = shownPlot();
    QVERIFY(plot);
    plot->setSmoothing(0.8);
    plot->addRun(QStringLiteral("live"), QStringLiteral("live"), Qt::blue);
    plot->addRun(QStringLiteral("once"), QStringLiteral("once"), Qt::red);
    for (int chunk = 0; chunk < 10; ++chunk)
        plot->appendTraining(QStringLiteral("live"), curve(chunk * 37, 37));
    plot->appendTraining(QStringLiteral("once"), curve(0, 370));
    QCOMPARE(plot->trainingPointCount(QStringLiteral("live")), 370);
    const QVector<QPointF> live = plot->smoothedCurve(QStringLiteral("live"));
    const QVector<QPointF> once = plot->smoothedCurve(QStringLiteral("once"));
    QCOMPARE(live.size(), once.size());
    QVector<double> losses;
    for (const LossPoint& point : curve(0, 370))
        losses.append(point.loss);
    const QVector<double> expected = debiasedMovingAverage(losses, 0.8);
    for (qsizetype i = 0; i < live.size(); ++i) {
        QVERIFY(std::abs(live[i].y() - once[i].y()) < 1e-9);
        QVERIFY(std::abs(live[i].y() - expected[i]) < 1e-9);
    }
    plot->setSmoothing(0.0); // back to raw: the smoothed line is the data
    QVERIFY(std::abs(plot->smoothedCurve(QStringLiteral("live"))[5].y() - losses[5]) < 1e-12);
}

void TestLossPlot::overlaidRunsGetTheirOwnGraphsAndLegend()
{
    LossPlot* plot = shownPlot();
    QVERIFY(plot);
    plot->addRun(QStringLiteral("a"), QStringLiteral("run a"), Qt::blue);
    plot->addRun(QStringLiteral("b"), QStringLiteral("run b"), Qt::red);
    plot->appendTraining(QStringLiteral("a"), curve(0, 50));
    plot->appendTraining(QStringLiteral("b"), curve(0, 80, 6.0));
    plot->appendValidation(QStringLiteral("b"), {80, 0.8, 80 * 3200, 40, 4.2});
    QCOMPARE(plot->customPlot()->graphCount(), 6);        // raw, smoothed, validation per run
    QCOMPARE(plot->customPlot()->legend->itemCount(), 4); // smoothed and validation per run
    QVERIFY(plot->customPlot()->legend->hasItemWithPlottable(plot->customPlot()->graph(1)));
    plot->removeRun(QStringLiteral("a"));
    QCOMPARE(plot->customPlot()->graphCount(), 3);
    QCOMPARE(plot->runs(), QStringList{QStringLiteral("b")});
}

void TestLossPlot::axesSwitchBetweenStepsEpochsAndPerplexity()
{
    LossPlot* plot = shownPlot();
    QVERIFY(plot);
    plot->setSmoothing(0.0);
    plot->addRun(QStringLiteral("r"), QStringLiteral("r"), Qt::darkGreen);
    plot->appendTraining(QStringLiteral("r"), curve(0, 200));
    plot->setXAxis(LossPlot::XAxis::Epochs);
    QCOMPARE(plot->smoothedCurve(QStringLiteral("r"))[150].x(), 1.5);
    QCOMPARE(plot->customPlot()->xAxis->label(), QStringLiteral("epoch"));
    plot->setXAxis(LossPlot::XAxis::Tokens);
    QCOMPARE(plot->smoothedCurve(QStringLiteral("r"))[10].x(), 32000.0);
    plot->setYAxis(LossPlot::YAxis::Perplexity);
    QVERIFY(std::abs(plot->smoothedCurve(QStringLiteral("r"))[10].y() - std::exp(curve(10, 1)[0].loss)) < 1e-9);
    plot->setLogScale(true);
    QCOMPARE(plot->customPlot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
}

void TestLossPlot::doubleClickFitsAndWheelZooms()
{
    LossPlot* plot = shownPlot();
    QVERIFY(plot);
    plot->addRun(QStringLiteral("r"), QStringLiteral("r"), Qt::blue);
    plot->appendTraining(QStringLiteral("r"), curve(0, 1000));
    QCustomPlot* custom = plot->customPlot();
    custom->replot();
    const QPoint centre = custom->axisRect()->rect().center();
    const double before = custom->xAxis->range().size();
    QWheelEvent wheel(centre, custom->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(custom, &wheel);
    QVERIFY2(custom->xAxis->range().size() < before, "the wheel did not zoom in");
    QTest::mouseDClick(custom, Qt::LeftButton, Qt::NoModifier, centre);
    custom->replot();
    QVERIFY(custom->xAxis->range().lower <= 0.0 && custom->xAxis->range().upper >= 999.0);
}

void TestLossPlot::theValueUnderTheCursorIsShown()
{
    LossPlot* plot = shownPlot();
    QVERIFY(plot);
    plot->addRun(QStringLiteral("r"), QStringLiteral("my run"), Qt::blue);
    plot->appendTraining(QStringLiteral("r"), curve(0, 100));
    plot->customPlot()->replot();
    const LossPoint point = curve(40, 1)[0];
    const QPoint at = plot->customPlot()->graph(0)->coordsToPixels(point.step, point.loss).toPoint();
    const QString text = plot->valueAt(plot->customPlot()->mapTo(plot, at));
    QVERIFY2(text.contains(QLatin1String("my run")) && text.contains(QStringLiteral("step 40")), qPrintable(text));
    QVERIFY2(text.contains(QString::number(point.loss, 'f', 4)), qPrintable(text));
    QSignalSpy hovered(plot, &LossPlot::hovered);
    QMouseEvent move(QEvent::MouseMove, at, plot->customPlot()->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(plot->customPlot(), &move);
    QCOMPARE(hovered.size(), 1);
    QCOMPARE(hovered.first().at(0).toString(), text);
    QVERIFY(plot->valueAt(QPoint(2, 2)).isEmpty()); // far from every point
}

void TestLossPlot::exportWritesPngAndCsvOrSaysWhyNot()
{
    LossPlot* plot = shownPlot();
    QVERIFY(plot);
    plot->setSmoothing(0.5);
    plot->addRun(QStringLiteral("r"), QStringLiteral("run, \"quoted\""), Qt::blue);
    plot->appendTraining(QStringLiteral("r"), curve(0, 3));
    plot->appendValidation(QStringLiteral("r"), {3, 0.03, 9600, 1.5, 4.5});
    QTemporaryDir dir;
    QString error;
    QVERIFY2(plot->exportPng(dir.filePath(QStringLiteral("loss.png")), &error), qPrintable(error));
    QImage image(dir.filePath(QStringLiteral("loss.png")));
    QVERIFY(!image.isNull() && image.width() >= 800);
    QVERIFY2(plot->exportCsv(dir.filePath(QStringLiteral("loss.csv")), &error), qPrintable(error));
    QFile csv(dir.filePath(QStringLiteral("loss.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QByteArray("run,kind,step,epoch,tokens,seconds,loss,smoothed_loss"));
    QVERIFY(lines[1].startsWith("\"run, \"\"quoted\"\"\",train,0,0,0,0.000,"));
    QVERIFY(lines[4].startsWith("\"run, \"\"quoted\"\"\",validation,3,0.03,9600,1.500,4.5,"));
    QVERIFY(!plot->exportCsv(dir.filePath(QStringLiteral("no/such/folder/loss.csv")), &error));
    QVERIFY2(error.startsWith(QLatin1String("Cannot write ")), qPrintable(error));
}

void TestLossPlot::replottingAHundredThousandPoints()
{
    LossPlot* plot = shownPlot();
    QVERIFY(plot);
    plot->addRun(QStringLiteral("r"), QStringLiteral("r"), Qt::blue);
    plot->appendTraining(QStringLiteral("r"), curve(0, 100000));
    int next = 100000;
    QBENCHMARK
    {
        plot->appendTraining(QStringLiteral("r"), curve(next, 30)); // one throttled batch of the training thread
        next += 30;
        plot->customPlot()->replot(QCustomPlot::rpImmediateRefresh);
    }
    QVERIFY(plot->trainingPointCount(QStringLiteral("r")) >= 100030);
}

void TestLossPlot::openingAMillionSteps()
{
    LossPlot* plot = shownPlot();
    QVERIFY(plot);
    const QVector<LossPoint> points = curve(0, 1000000);
    QBENCHMARK_ONCE
    {
        plot->addRun(QStringLiteral("long"), QStringLiteral("long"), Qt::blue);
        plot->appendTraining(QStringLiteral("long"), points);
        plot->customPlot()->replot(QCustomPlot::rpImmediateRefresh);
    }
    QCOMPARE(plot->trainingPointCount(QStringLiteral("long")), 1000000);
}

void TestLossPlot::aLiveCurveFollowsItsNewestStepUntilTheViewIsTaken()
{
    LossPlot* plot = shownPlot();
    QVERIFY(plot);
    plot->addRun(QStringLiteral("r"), QStringLiteral("r"), Qt::blue);
    QCPAxis* x = plot->customPlot()->xAxis;
    for (int batch = 0; batch < 10; ++batch) {
        plot->appendTraining(QStringLiteral("r"), curve(batch * 30, 30));
        QCOMPARE(x->range().upper, batch * 30 + 29.0); // the newest step on the right edge
        QCOMPARE(x->range().lower, 0.0);               // and the whole run in view
    }
    QSignalSpy following(plot, &LossPlot::followingChanged);
    plot->appendTraining(QStringLiteral("r"), curve(300, 1)); // a step already drawn is not drawn again
    plot->appendTraining(QStringLiteral("r"), curve(290, 5));
    QCOMPARE(plot->trainingPointCount(QStringLiteral("r")), 301);
    // A drag takes the view: the range stays where the person put it while the run goes on.
    QCustomPlot* custom = plot->customPlot();
    const QPoint centre = custom->axisRect()->center();
    QTest::mousePress(custom, Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseMove(custom, centre + QPoint(-60, 0));
    QTest::mouseRelease(custom, Qt::LeftButton, Qt::NoModifier, centre + QPoint(-60, 0));
    QVERIFY(!plot->isFollowing());
    QCOMPARE(following.size(), 1);
    const QCPRange taken = x->range();
    plot->appendTraining(QStringLiteral("r"), curve(301, 100));
    QCOMPARE(x->range(), taken);
    plot->setFollowing(true);
    QCOMPARE(x->range().upper, 400.0);
}

QTEST_MAIN(TestLossPlot)
#include "tst_loss_plot.moc"
