// The training thread: QSignalSpy sees progress, epochs, samples and the end; pause holds the step counter,
// resume continues it, stop saves a checkpoint, a failure arrives as failed() and the run says so; the
// throttle never drops a point; a second start is refused; a killed `textgen train` leaves a readable run
// that resumes.
#include "training_controller.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "sample_set.h"
#include "run_fixtures.h"
#include "testdata.h"

using namespace textgen;

namespace {

RunSettings tinySettings(const QString& corpus, std::int64_t epochs = 2)
{
    RunSettings s = textgen::testing::tinyRunSettings(corpus, Preset::Gpt, epochs, 4);
    s.epochSamples.prompt = QStringLiteral("the cat");
    s.epochSamples.length = 8;
    return s;
}

qint64 pointsIn(const QSignalSpy& spy)
{
    qint64 points = 0;
    for (const QList<QVariant>& arguments : spy)
        points += arguments.at(0).value<QList<TrainingProgress>>().size();
    return points;
}

qint64 lastStepIn(const QSignalSpy& spy)
{
    return spy.isEmpty() ? 0 : spy.last().at(0).value<QList<TrainingProgress>>().last().step;
}

} // namespace

class TestTrainingController : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aRunTrainsToTheEndWithProgressEpochsAndSamples();
    void pauseHoldsTheStepCounterAndResumeContinuesIt();
    void stopSavesACheckpointAndResumeContinuesTheCurve();
    void aFailureArrivesAsFailedAndTheRunSaysWhy();
    void aSecondRunOnTheSameDeviceIsRefused();
    void theThrottleNeverDropsAPoint();
    void aKilledTrainingProcessLeavesARunThatResumes();

private:
    QString run(const QString& name) const { return dir_.filePath(name); }
    QTemporaryDir dir_;
    QString corpus_;
};

void TestTrainingController::initTestCase()
{
    std::string text;
    for (int i = 0; i < 200; ++i)
        text += "the cat sat on the mat and the dog sat on the log number " + std::to_string(i % 7) + "\n%\n";
    textgen::testing::writeFile(dir_.path(), QStringLiteral("corpus/fortunes"), text);
    corpus_ = dir_.filePath(QStringLiteral("corpus"));
}

void TestTrainingController::aRunTrainsToTheEndWithProgressEpochsAndSamples()
{
    TrainingController controller;
    QSignalSpy progress(&controller, &TrainingController::progress);
    QSignalSpy epochs(&controller, &TrainingController::epochFinished);
    QSignalSpy samples(&controller, &TrainingController::epochSamplesSaved);
    QSignalSpy finished(&controller, &TrainingController::finished);
    QSignalSpy training(&controller, &TrainingController::trainingChanged);
    QVERIFY(controller.start({run(QStringLiteral("full")), tinySettings(corpus_), {}}));
    QVERIFY(controller.isTraining());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QTRY_VERIFY(!controller.isTraining());
    QCOMPARE(training.size(), 2);
    QCOMPARE(epochs.size(), 2);
    const RunDirectory folder = RunDirectory::open(run(QStringLiteral("full")));
    QCOMPARE(pointsIn(progress), folder.settings().step); // every step arrived, exactly once
    QCOMPARE(lastStepIn(progress), folder.settings().step);
    QVERIFY(std::isfinite(epochs.last().at(0).value<EpochReport>().validationLoss));
    QCOMPARE(samples.size(), 2);
    QVERIFY2(samples.first().at(1).value<Problem>().isNone(),
             qPrintable(samples.first().at(1).value<Problem>().english()));
    const SampleSet set = readSampleSet(folder.epochSamplesPath(2));
    QCOMPARE(set.samples.size(), std::size_t(5)); // the chapter's five temperatures
    QCOMPARE(set.samples[0].sampler.temperature, 0.2);
    QCOMPARE(set.prompt, QStringLiteral("the cat"));
    QCOMPARE(folder.settings().status, RunStatus::Finished);
    QVERIFY(!QFile::exists(QDir(folder.path()).filePath(QStringLiteral("train.lock"))));
}

void TestTrainingController::pauseHoldsTheStepCounterAndResumeContinuesIt()
{
    TrainingController controller;
    QSignalSpy progress(&controller, &TrainingController::progress);
    QSignalSpy paused(&controller, &TrainingController::pausedChanged);
    QSignalSpy finished(&controller, &TrainingController::finished);
    RunSettings settings = tinySettings(corpus_, 50);
    QVERIFY(controller.start({run(QStringLiteral("pause")), settings, {}}));
    QTRY_VERIFY_WITH_TIMEOUT(lastStepIn(progress) >= 3, 60000);
    controller.pause();
    // The worker says "paused" from inside its wait, after sending every step it took: so the last step
    // received is the step it holds at, and anything it sent next would come after "resumed".
    QVERIFY(paused.wait(10000));
    QCOMPARE(paused.last().at(0).toBool(), true);
    const qint64 held = lastStepIn(progress);
    const qsizetype batchesWhenPaused = progress.size();
    controller.resume();
    QVERIFY(paused.wait(10000));
    QCOMPARE(paused.last().at(0).toBool(), false);
    QCOMPARE(progress.size(), batchesWhenPaused); // nothing was sent while it held
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() > batchesWhenPaused, 30000);
    // The first step after the pause is the next one: none was taken, or lost, while it held.
    QCOMPARE(progress.at(batchesWhenPaused).at(0).value<QList<TrainingProgress>>().first().step, held + 1);
    controller.stop();
    QVERIFY(finished.wait(30000));
}

void TestTrainingController::stopSavesACheckpointAndResumeContinuesTheCurve()
{
    const QString path = run(QStringLiteral("stop"));
    {
        TrainingController controller;
        QSignalSpy progress(&controller, &TrainingController::progress);
        QSignalSpy finished(&controller, &TrainingController::finished);
        QVERIFY(controller.start({path, tinySettings(corpus_, 50), {}}));
        QTRY_VERIFY_WITH_TIMEOUT(lastStepIn(progress) >= 5, 60000);
        controller.stop();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false); // stopped, not completed
        const qint64 stoppedAt = lastStepIn(progress);
        QCOMPARE(readCheckpointHeader(RunDirectory::open(path).latestCheckpointPath().toStdString()).step,
                 std::int64_t(stoppedAt));
        QCOMPARE(RunDirectory::open(path).settings().status, RunStatus::Stopped);
    }
    TrainingController controller;
    QSignalSpy progress(&controller, &TrainingController::progress);
    QSignalSpy finished(&controller, &TrainingController::finished);
    TrainingJob job{path, std::nullopt, {}};
    job.resume.maxSteps = RunDirectory::open(path).settings().step + 4;
    QVERIFY(controller.start(job));
    QVERIFY(finished.wait(60000));
    QCOMPARE(progress.first().at(0).value<QList<TrainingProgress>>().first().step,
             RunDirectory::open(path).settings().step - 3);
    const MetricsFile metrics = RunDirectory::readMetrics(RunDirectory::open(path).metricsPath());
    qint64 expected = 1;
    for (const MetricRow& row : metrics.rows)
        if (std::isfinite(row.trainLoss))
            QCOMPARE(row.step, expected++); // one curve, no gap, no repeat
}

void TestTrainingController::aFailureArrivesAsFailedAndTheRunSaysWhy()
{
    TrainingController controller;
    QSignalSpy failed(&controller, &TrainingController::failed);
    RunSettings settings = tinySettings(corpus_);
    settings.model.preset = Preset::Seed;
    settings.training = trainingDefaults(Preset::Seed);
    settings.training.batchSize = 4;
    settings.training.device = "cpu";
    settings.training.learningRate = 1e12;
    QVERIFY(controller.start({run(QStringLiteral("nan")), settings, {}}));
    QVERIFY(failed.wait(60000));
    const Problem diverged = failed.first().at(0).value<Problem>();
    QCOMPARE(diverged.code, Problem::Code::Engine);
    QVERIFY2(diverged.engine.code == FaultCode::LossNaN || diverged.engine.code == FaultCode::LossInfinite,
             qPrintable(diverged.english()));
    QVERIFY2(diverged.english().contains(QLatin1String("lower the learning rate")), qPrintable(diverged.english()));
    QTRY_VERIFY(!controller.isTraining());
    QCOMPARE(RunDirectory::open(run(QStringLiteral("nan"))).settings().status, RunStatus::Failed);

    // A corpus that does not exist fails the same way, before any run folder is made.
    QSignalSpy again(&controller, &TrainingController::failed);
    settings.corpusPath = dir_.filePath(QStringLiteral("no-such-corpus"));
    QVERIFY(controller.start({run(QStringLiteral("no-corpus")), settings, {}}));
    QVERIFY(again.wait(30000));
    const Problem missing = again.first().at(0).value<Problem>();
    QCOMPARE(missing.engine.code, FaultCode::CorpusNotFound);
    QCOMPARE(missing.values, QStringList{settings.corpusPath});
    QVERIFY(missing.english().startsWith(QLatin1String("Corpus not found")));
}

void TestTrainingController::aSecondRunOnTheSameDeviceIsRefused()
{
    TrainingController first, second;
    QSignalSpy finished(&first, &TrainingController::finished);
    QVERIFY(first.start({run(QStringLiteral("one")), tinySettings(corpus_, 50), {}}));
    Problem refusal;
    QVERIFY(!first.start({run(QStringLiteral("two")), tinySettings(corpus_), {}}, &refusal));
    QCOMPARE(refusal.code, Problem::Code::AlreadyTraining);
    QCOMPARE(refusal.values, QStringList{run(QStringLiteral("one"))});
    QVERIFY(!second.start({run(QStringLiteral("two")), tinySettings(corpus_), {}}, &refusal));
    QCOMPARE(refusal.code, Problem::Code::DeviceBusy);
    QCOMPARE(refusal.values, QStringList{QStringLiteral("cpu")});
    first.stop();
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(!first.isTraining());
    QSignalSpy secondFinished(&second, &TrainingController::finished);
    QVERIFY(second.start({run(QStringLiteral("two")), tinySettings(corpus_, 1), {}}));
    QVERIFY(secondFinished.wait(60000));
}

void TestTrainingController::theThrottleNeverDropsAPoint()
{
    TrainingController controller;
    controller.setMaxSignalsPerSecond(4);
    QSignalSpy progress(&controller, &TrainingController::progress);
    QSignalSpy finished(&controller, &TrainingController::finished);
    QVERIFY(controller.start({run(QStringLiteral("throttle")), tinySettings(corpus_, 3), {}}));
    QVERIFY(finished.wait(60000));
    const qint64 steps = RunDirectory::open(run(QStringLiteral("throttle"))).settings().step;
    QCOMPARE(pointsIn(progress), steps);
    QVERIFY2(progress.size() < steps,
             qPrintable(QStringLiteral("%1 signals for %2 steps").arg(progress.size()).arg(steps)));
    qint64 previous = 0;
    for (const QList<QVariant>& arguments : progress)
        for (const TrainingProgress& point : arguments.at(0).value<QList<TrainingProgress>>())
            QCOMPARE(point.step, ++previous); // in order, none twice
}

void TestTrainingController::aKilledTrainingProcessLeavesARunThatResumes()
{
    const QString path = run(QStringLiteral("killed"));
    QProcess train;
    train.start(QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen"),
                {QStringLiteral("train"),     corpus_,
                 QStringLiteral("--run"),     path,
                 QStringLiteral("--preset"),  QStringLiteral("gpt"),
                 QStringLiteral("--embed"),   QStringLiteral("32"),
                 QStringLiteral("--heads"),   QStringLiteral("2"),
                 QStringLiteral("--ff"),      QStringLiteral("64"),
                 QStringLiteral("--layers"),  QStringLiteral("1"),
                 QStringLiteral("--seq-len"), QStringLiteral("16"),
                 QStringLiteral("--batch"),   QStringLiteral("4"),
                 QStringLiteral("--epochs"),  QStringLiteral("100000"),
                 QStringLiteral("--cut"),     QStringLiteral("stream"),
                 QStringLiteral("--device"),  QStringLiteral("cpu"),
                 QStringLiteral("--threads"), QStringLiteral("1")});
    QVERIFY(train.waitForStarted());
    // Mid-epoch, after at least one epoch's checkpoint and a few flushes of the curve.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral("/checkpoints/epoch-0001.pt"))
                                 && RunDirectory::readMetrics(path + QStringLiteral("/metrics.csv")).rows.size() > 150,
                             120000);
    ::kill(static_cast<pid_t>(train.processId()), SIGKILL);
    QVERIFY(train.waitForFinished());

    const RunDirectory killed = RunDirectory::open(path);   // run.json is whole: written atomically
    QCOMPARE(killed.settings().status, RunStatus::Running); // it never got to say otherwise
    const MetricsFile curve = RunDirectory::readMetrics(killed.metricsPath());
    QVERIFY(curve.rows.size() > 150);
    QVERIFY(curve.skippedLines <= 1); // at most the line being written when it died
    const qint64 saved = readCheckpointHeader(killed.latestCheckpointPath().toStdString()).step;
    QVERIFY(saved > 0);

    TrainingController controller; // the killed process's lock is stale: it is broken
    QSignalSpy progress(&controller, &TrainingController::progress);
    QSignalSpy finished(&controller, &TrainingController::finished);
    TrainingJob job{path, std::nullopt, {}};
    job.resume.maxSteps = saved + 3;
    QVERIFY(controller.start(job));
    QVERIFY2(finished.wait(60000), "resuming the killed run did not finish");
    QCOMPARE(progress.first().at(0).value<QList<TrainingProgress>>().first().step, saved + 1);
    QCOMPARE(RunDirectory::open(path).settings().step, saved + 3);
}

QTEST_GUILESS_MAIN(TestTrainingController)
#include "tst_training_controller.moc"
