// The studio's training processes: a prepared run trains in two processes of `textgen train` and says so in
// its folder; stop ends them at a checkpoint from which the run resumes; the CPU is refused to the training
// thread meanwhile; a program that cannot start and a job that fails say why.
#include "training_processes.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "run_fixtures.h"
#include "testdata.h"
#include "training_controller.h"
#include "training_session.h"

using namespace textgen;

namespace {

// Two processes of one thread each on a tiny run of `epochs` epochs at batch 8.
RunSettings twoProcessSettings(const QString& corpus, std::int64_t epochs)
{
    RunSettings s = textgen::testing::tinyRunSettings(corpus, Preset::Gpt, epochs, 8);
    s.worldSize = 2;
    s.training.threads = 1;
    s.epochSamples.enabled = false;
    return s;
}

qint64 lastStep(const QString& run)
{
    const MetricsFile metrics = RunDirectory::readMetrics(RunDirectory::open(run).metricsPath());
    return metrics.rows.empty() ? 0 : metrics.rows.back().step;
}

} // namespace

class TestTrainingProcesses : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aPreparedRunTrainsInTwoProcessesAndSaysSoInItsFolder();
    void stopEndsTheProcessesAtACheckpointFromWhichTheRunResumes();
    void theCpuIsRefusedToTheTrainingThreadWhileTheProcessesTrain();
    void aProgramThatCannotStartIsNamed();
    void aJobThatFailsSaysWhyInItsOwnWords();

private:
    QString run(const QString& name) const { return dir_.filePath(name); }
    QTemporaryDir dir_;
    QString corpus_;
};

void TestTrainingProcesses::initTestCase()
{
    QVERIFY(dir_.isValid());
    corpus_ = textgen::testing::writeMovieSentences(dir_.path());
    QVERIFY(QFile::exists(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("textgen"))));
}

void TestTrainingProcesses::aPreparedRunTrainsInTwoProcessesAndSaysSoInItsFolder()
{
    const QString path = run(QStringLiteral("two"));
    TrainingSession::prepare(path, twoProcessSettings(corpus_, 2));
    QVERIFY(RunDirectory::open(path).settings().corpus.hash.isEmpty()); // nothing is read before it starts

    TrainingProcesses processes;
    QSignalSpy changed(&processes, &TrainingProcesses::trainingChanged);
    QSignalSpy finished(&processes, &TrainingProcesses::finished);
    QSignalSpy failed(&processes, &TrainingProcesses::failed);
    Problem refusal;
    QVERIFY2(processes.start(path, 2, &refusal), qPrintable(refusal.english()));
    QVERIFY(processes.isTraining());
    QCOMPARE(processes.processes(), 2);
    QCOMPARE(changed.size(), 1);
    QVERIFY(finished.wait(120000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!processes.isTraining());
    QCOMPARE(changed.last().at(0).toBool(), false);

    // The same run in one process, the studio's training thread's way: the steps of two epochs are the same.
    const QString alone = run(QStringLiteral("one"));
    RunSettings one = twoProcessSettings(corpus_, 2);
    one.worldSize = 1;
    TrainingSession::create(alone, one, {})->train();
    const qint64 steps = RunDirectory::open(alone).settings().step;
    QVERIFY(steps > 20);

    const RunSettings done = RunDirectory::open(path).settings();
    QCOMPARE(done.status, RunStatus::Finished);
    QCOMPARE(done.worldSize, 2);
    QCOMPARE(done.backend, QStringLiteral("gloo"));
    QCOMPARE(done.epoch, 2);
    QCOMPARE(done.step, steps);
    QCOMPARE(lastStep(path), steps);
    QCOMPARE(done.corpus.documents, 300); // learnt when the processes first read the corpus
    QCOMPARE(done.corpus.hash.size(), 16);
    QCOMPARE(RunDirectory::open(path).checkpointEpochs(), (QList<qint64>{1, 2}));
}

void TestTrainingProcesses::stopEndsTheProcessesAtACheckpointFromWhichTheRunResumes()
{
    const QString path = run(QStringLiteral("stopped"));
    TrainingSession::prepare(path, twoProcessSettings(corpus_, 100000));
    TrainingProcesses processes;
    QSignalSpy finished(&processes, &TrainingProcesses::finished);
    QVERIFY(processes.start(path, 2));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(RunDirectory::open(path).metricsPath()) && lastStep(path) > 10, 60000);
    processes.stop();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false); // stopped, not done
    const RunSettings stopped = RunDirectory::open(path).settings();
    QCOMPARE(stopped.status, RunStatus::Stopped);
    QVERIFY(stopped.step > 10);
    QVERIFY(QFile::exists(RunDirectory::open(path).latestCheckpointPath()));

    // Started again, the job goes on from the checkpoint's step.
    QVERIFY(processes.start(path, 2));
    QTRY_VERIFY_WITH_TIMEOUT(lastStep(path) > stopped.step + 5, 60000);
    const MetricsFile metrics = RunDirectory::readMetrics(RunDirectory::open(path).metricsPath());
    for (std::size_t i = 1; i < metrics.rows.size(); ++i)
        QVERIFY(metrics.rows[i].step >= metrics.rows[i - 1].step); // one curve, no second beginning
    processes.stop();
    QVERIFY(finished.wait(60000));
    QCOMPARE(RunDirectory::open(path).settings().status, RunStatus::Stopped);
}

void TestTrainingProcesses::theCpuIsRefusedToTheTrainingThreadWhileTheProcessesTrain()
{
    const QString path = run(QStringLiteral("busy"));
    TrainingSession::prepare(path, twoProcessSettings(corpus_, 100000));
    TrainingProcesses processes;
    QSignalSpy finished(&processes, &TrainingProcesses::finished);
    QVERIFY(processes.start(path, 2));

    TrainingController controller;
    Problem refusal;
    QVERIFY(
        !controller.start({run(QStringLiteral("thread")), textgen::testing::tinyRunSettings(corpus_), {}}, &refusal));
    QCOMPARE(refusal.code, Problem::Code::DeviceBusy);
    QCOMPARE(refusal.values, QStringList{QStringLiteral("cpu")});
    QVERIFY(!processes.start(path, 2, &refusal)); // nor a second job
    QCOMPARE(refusal.code, Problem::Code::AlreadyTraining);

    processes.stop(); // maybe before the ranks have begun: the job stops all the same
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(claimDevice(QStringLiteral("cpu"))); // given back at the end
    releaseDevice(QStringLiteral("cpu"));
}

void TestTrainingProcesses::aProgramThatCannotStartIsNamed()
{
    const QString path = run(QStringLiteral("no-program"));
    TrainingSession::prepare(path, twoProcessSettings(corpus_, 1));
    TrainingProcesses processes;
    const QString missing = dir_.filePath(QStringLiteral("nowhere/textgen"));
    processes.setProgram(missing);
    Problem refusal;
    QVERIFY(!processes.start(path, 2, &refusal));
    QCOMPARE(refusal.code, Problem::Code::CannotStartProcesses);
    QCOMPARE(refusal.values.value(0), missing);
    QVERIFY(!refusal.values.value(1).isEmpty()); // the system's reason
    QVERIFY(!processes.isTraining());
    QVERIFY(claimDevice(QStringLiteral("cpu"))); // the refusal kept nothing
    releaseDevice(QStringLiteral("cpu"));
}

void TestTrainingProcesses::aJobThatFailsSaysWhyInItsOwnWords()
{
    // A batch of 9 over 2 processes: the job refuses it before anything is trained, and its words arrive.
    const QString path = run(QStringLiteral("odd-batch"));
    RunSettings settings = twoProcessSettings(corpus_, 1);
    settings.training.batchSize = 9;
    TrainingSession::prepare(path, settings);
    TrainingProcesses processes;
    QSignalSpy failed(&processes, &TrainingProcesses::failed);
    QVERIFY(processes.start(path, 2));
    QVERIFY(failed.wait(60000));
    const Problem reason = failed.first().at(0).value<Problem>();
    QCOMPARE(reason.code, Problem::Code::ProcessesFailed);
    QCOMPARE(reason.values.value(0), QStringLiteral("1"));
    QVERIFY2(reason.values.value(1).contains(QLatin1String("9")) && reason.values.value(1).contains(QLatin1String("2")),
             qPrintable(reason.values.value(1)));
    QVERIFY(!processes.isTraining());
    QCOMPARE(RunDirectory::open(path).settings().status, RunStatus::Created); // nothing was lost or changed
}

QTEST_GUILESS_MAIN(TestTrainingProcesses)
#include "tst_training_processes.moc"
