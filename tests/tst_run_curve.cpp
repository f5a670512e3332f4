// A run's curve as the studio draws it: metrics.csv read incrementally (only whole, new lines), every row
// placed on the steps, epochs, tokens and wall-time axes, an atomic rewrite read from the start again, and
// the loader answering from its own thread; with a benchmark of opening a run of a million steps.
#include "run_curve.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include "run_fixtures.h"

using namespace textgen;

class TestRunCurve : public QObject {
    Q_OBJECT

private slots:
    void init();
    void theFirstReadGivesEveryWholeLine();
    void laterReadsGiveOnlyTheNewLines();
    void aLineStillBeingWrittenWaitsForItsEnd();
    void aLongFileIsReadInChunks();
    void everyPointLiesOnEveryAxis();
    void anAtomicRewriteStartsTheCurveAgain();
    void aRunWithoutRunJsonSaysWhy();
    void theLoaderAnswersFromItsOwnThread();
    void openingAMillionSteps();

private:
    void append(const QByteArray& text);
    QTemporaryDir dir_;
    QString run_;
};

void TestRunCurve::init()
{
    static int count = 0;
    run_ = dir_.filePath(QStringLiteral("run-%1").arg(++count));
    // 8 sequences of 16 tokens a step: 8 x 15 = 120 tokens seen per step.
    RunDirectory::create(run_, textgen::testing::tinyRunSettings(QStringLiteral("/nowhere"), Preset::Gpt, 2, 8));
}

void TestRunCurve::append(const QByteArray& text)
{
    QFile file(QDir(run_).filePath(QStringLiteral("metrics.csv")));
    const bool fresh = !file.exists();
    QVERIFY(file.open(QIODevice::Append));
    if (fresh)
        file.write(QByteArray(RunDirectory::kMetricsHeader) + '\n');
    file.write(text);
}

void TestRunCurve::theFirstReadGivesEveryWholeLine()
{
    append("1,0,5.0,,0.001,100,0.5\n2,0,4.5,,0.001,100,1.0\n3,0,4.0,,0.001,100,1.5\n");
    CurveReader reader(run_);
    const CurveChunk chunk = reader.readNew();
    QVERIFY(chunk.error.isEmpty());
    QVERIFY(!chunk.restart);
    QCOMPARE(chunk.training.size(), 3);
    QCOMPARE(chunk.training[2].step, 3.0);
    QCOMPARE(chunk.training[2].loss, 4.0);
    QCOMPARE(chunk.validation.size(), 0);
}

void TestRunCurve::laterReadsGiveOnlyTheNewLines()
{
    append("1,0,5.0,,0.001,100,0.5\n2,0,4.5,,0.001,100,1.0\n");
    CurveReader reader(run_);
    QCOMPARE(reader.readNew().training.size(), 2);
    QCOMPARE(reader.readNew().training.size(), 0); // nothing new
    append("3,0,4.0,,0.001,100,1.5\n4,0,3.5,,0.001,100,2.0\n");
    const CurveChunk chunk = reader.readNew();
    QVERIFY(!chunk.restart);
    QCOMPARE(chunk.training.size(), 2);
    QCOMPARE(chunk.training[0].step, 3.0);
    QCOMPARE(chunk.training[1].step, 4.0);
}

void TestRunCurve::aLineStillBeingWrittenWaitsForItsEnd()
{
    append("1,0,5.0,,0.001,100,0.5\n2,0,4.");
    CurveReader reader(run_);
    QCOMPARE(reader.readNew().training.size(), 1);
    append("5,,0.001,100,1.0\n");
    const CurveChunk chunk = reader.readNew();
    QCOMPARE(chunk.training.size(), 1);
    QCOMPARE(chunk.training[0].step, 2.0);
    QCOMPARE(chunk.training[0].loss, 4.5); // the line's two halves, read as one
}

void TestRunCurve::aLongFileIsReadInChunks()
{
    append(
        "1,0,5.0,,0.001,100,0.5\n2,0,4.5,,0.001,100,1.0\n3,0,4.0,,0.001,100,1.5\n4,0,3.5,,0.001,100,2.0\n5,0,3.0,,0.001,100,2.5\n");
    CurveReader reader(run_);
    QList<double> steps;
    QList<bool> more;
    for (int read = 0; read < 3; ++read) {
        const CurveChunk chunk = reader.readNew(2);
        for (const CurvePoint& point : chunk.training)
            steps << point.step;
        more << chunk.more;
    }
    QCOMPARE(steps, (QList<double>{1, 2, 3, 4, 5}));
    QCOMPARE(more, (QList<bool>{true, true, false}));
    QCOMPARE(reader.readNew(2).training.size(), 0);
}

void TestRunCurve::everyPointLiesOnEveryAxis()
{
    // Two steps an epoch: the validation after step 2 ends epoch 1 (0-based 0) and fixes the epoch axis.
    append("1,0,5.0,,0.001,100,0.5\n2,0,4.5,,0.001,100,1.0\n2,0,,4.25,,,1.25\n3,1,4.0,,0.001,100,1.5\n");
    CurveReader reader(run_);
    const CurveChunk chunk = reader.readNew();
    QCOMPARE(chunk.validation.size(), 1);
    const CurvePoint& validation = chunk.validation[0];
    QCOMPARE(validation.step, 2.0);
    QCOMPARE(validation.tokens, 2 * 120.0);
    QCOMPARE(validation.seconds, 1.25);
    QCOMPARE(validation.epoch, 1.0);
    QCOMPARE(validation.loss, 4.25);
    QCOMPARE(chunk.training[2].epoch, 1.5); // step 3, at two steps an epoch
    QCOMPARE(chunk.training[2].tokens, 3 * 120.0);

    CurveScale scale(RunDirectory::open(run_).settings()); // live progress, placed by the same rules
    const CurvePoint live = scale.point(7, 3.5, 9.0, 2.0);
    QCOMPARE(live.tokens, 7 * 120.0);
    QCOMPARE(live.epoch, 3.5);
    QCOMPARE(live.seconds, 9.0);
}

void TestRunCurve::anAtomicRewriteStartsTheCurveAgain()
{
    append("1,0,5.0,,0.001,100,0.5\n2,0,4.5,,0.001,100,1.0\n3,0,4.0,,0.001,100,1.5\n");
    CurveReader reader(run_);
    QCOMPARE(reader.readNew().training.size(), 3);
    // A resume from step 1 rewrites the file through a temporary and a rename, then appends to it.
    const QString metrics = QDir(run_).filePath(QStringLiteral("metrics.csv"));
    const QString temporary = metrics + QStringLiteral(".new");
    QFile file(temporary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QByteArray(RunDirectory::kMetricsHeader)
        + "\n1,0,5.0,,0.001,100,0.5\n2,0,4.75,,0.001,100,1.0\n3,0,4.5,,0.001,100,1.5\n4,0,4.25,,0.001,100,2.0\n");
    file.close();
    QCOMPARE(std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(metrics).constData()), 0);
    const CurveChunk chunk = reader.readNew();
    QVERIFY(chunk.restart);
    QCOMPARE(chunk.training.size(), 4);
    QCOMPARE(chunk.training[1].loss, 4.75);
}

void TestRunCurve::aRunWithoutRunJsonSaysWhy()
{
    CurveReader reader(dir_.filePath(QStringLiteral("not-a-run")));
    const CurveChunk chunk = reader.readNew();
    QVERIFY(!chunk.error.isEmpty());
    QVERIFY(chunk.training.isEmpty());
}

void TestRunCurve::theLoaderAnswersFromItsOwnThread()
{
    // The spy records in the loader's thread as the answer is sent: count answers, never wait for "the next".
    append("1,0,5.0,,0.001,100,0.5\n2,0,4.5,,0.001,100,1.0\n");
    CurveLoader loader;
    QSignalSpy read(&loader, &CurveLoader::curveRead);
    loader.read(run_);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 10000);
    QCOMPARE(read.first().first().value<CurveChunk>().training.size(), 2);
    append("3,0,4.0,,0.001,100,1.5\n");
    loader.read(run_);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, 10000);
    const CurveChunk second = read.last().first().value<CurveChunk>();
    QCOMPARE(second.runPath, run_);
    QCOMPARE(second.training.size(), 1); // only what is new
    loader.forget(run_);
    loader.read(run_);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 3, 10000);
    QCOMPARE(read.last().first().value<CurveChunk>().training.size(), 3); // from the start again
}

void TestRunCurve::openingAMillionSteps()
{
    QByteArray text;
    text.reserve(40 * 1000000);
    for (int step = 1; step <= 1000000; ++step)
        text += QByteArray::number(step) + ",0," + QByteArray::number(5.0 - step * 1e-6, 'g', 9) + ",,0.001,3500,"
            + QByteArray::number(step * 0.6, 'f', 3) + '\n';
    append(text);
    QBENCHMARK_ONCE
    {
        CurveReader reader(run_);
        QCOMPARE(reader.readNew().training.size(), 1000000);
    }
}

QTEST_GUILESS_MAIN(TestRunCurve)
#include "tst_run_curve.moc"
