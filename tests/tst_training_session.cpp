// A training session from corpus to run folder: the files a run leaves, resuming to the same curve, a
// changed corpus refused, a failure recorded in run.json, and the `textgen train` / `eval` commands.
#include "training_session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "run_fixtures.h"
#include "testdata.h"

using namespace textgen;
using textgen::testing::writeFile;

namespace {

RunSettings tinySettings(const QString& corpus)
{
    return textgen::testing::tinyRunSettings(corpus);
}

std::vector<double> trainLosses(const QString& metricsPath)
{
    std::vector<double> losses;
    for (const MetricRow& row : RunDirectory::readMetrics(metricsPath).rows)
        if (std::isfinite(row.trainLoss))
            losses.push_back(row.trainLoss);
    return losses;
}

} // namespace

class TestTrainingSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aNewRunLeavesSettingsVocabularyCurveAndCheckpoints();
    void resumingAfterAStopContinuesTheSameCurve();
    void aChangedCorpusIsRefusedOnResume();
    void aPreparedRunReadsItsCorpusAtItsFirstStartAndKeepsItFromThen();
    void aFailureIsRecordedInTheRun();
    void textgenTrainThenEvalPrintJsonLines();

private:
    QTemporaryDir dir_;
    QString corpus_;
};

void TestTrainingSession::initTestCase()
{
    std::string text;
    for (int i = 0; i < 120; ++i)
        text += "the cat sat on the mat and the dog sat on the log number " + std::to_string(i % 7) + "\n%\n";
    writeFile(dir_.path(), QStringLiteral("corpus/fortunes"), text);
    corpus_ = dir_.filePath(QStringLiteral("corpus"));
}

void TestTrainingSession::aNewRunLeavesSettingsVocabularyCurveAndCheckpoints()
{
    const QString path = dir_.filePath(QStringLiteral("new-run"));
    QList<SessionStage> stages;
    SessionEvents events;
    events.stage = [&](SessionStage stage) { stages << stage; };
    int steps = 0, epochs = 0;
    events.step = [&](const TrainingProgress& progress) {
        ++steps;
        QVERIFY(progress.totalSteps > 0 && progress.etaSeconds >= 0);
    };
    events.epoch = [&](const EpochReport&) { ++epochs; };
    auto session = TrainingSession::create(path, tinySettings(corpus_), events);
    session->train();
    QCOMPARE(stages,
             (QList<SessionStage>{SessionStage::ReadingCorpus, SessionStage::BuildingVocabulary,
                                  SessionStage::EncodingCorpus, SessionStage::BuildingModel}));
    QCOMPARE(stageName(stages.first()), QStringLiteral("reading the corpus"));
    QCOMPARE(epochs, 2);
    const RunDirectory run = RunDirectory::open(path);
    QCOMPARE(run.settings().status, RunStatus::Finished);
    QCOMPARE(run.settings().epoch, qint64(2));
    QCOMPARE(run.settings().step, qint64(steps));
    QCOMPARE(run.settings().corpus.documents, qint64(120));
    QCOMPARE(run.settings().model.vocabSize, qint64(session->vocabulary().size()));
    QVERIFY(std::isfinite(run.settings().bestValidationLoss));
    QCOMPARE(run.checkpointEpochs(), (QList<qint64>{1, 2}));
    QVERIFY(QFile::exists(run.latestCheckpointPath()));
    QCOMPARE(readCheckpointHeader(run.latestCheckpointPath().toStdString()).step, std::int64_t(steps));
    QVERIFY(QFile::exists(run.vocabularyPath()));
    QCOMPARE(trainLosses(run.metricsPath()).size(), std::size_t(steps));
}

void TestTrainingSession::resumingAfterAStopContinuesTheSameCurve()
{
    const QString straightPath = dir_.filePath(QStringLiteral("straight"));
    TrainingSession::create(straightPath, tinySettings(corpus_), {})->train();
    const std::vector<double> straight = trainLosses(RunDirectory(RunDirectory::open(straightPath)).metricsPath());

    // Stop mid-epoch (as the user pressing stop would), then resume.
    const QString path = dir_.filePath(QStringLiteral("stopped"));
    SessionEvents events;
    int polls = 0;
    events.shouldStop = [&] { return ++polls > 5; };
    auto first = TrainingSession::create(path, tinySettings(corpus_), events);
    first->train();
    QVERIFY(first->stoppedEarly());
    QCOMPARE(RunDirectory::open(path).settings().status, RunStatus::Stopped);
    QCOMPARE(RunDirectory::open(path).settings().step, qint64(5));
    first.reset();

    TrainingSession::resume(path, {}, {})->train();
    QCOMPARE(RunDirectory::open(path).settings().status, RunStatus::Finished);
    QCOMPARE(trainLosses(RunDirectory::open(path).metricsPath()), straight);
}

void TestTrainingSession::aChangedCorpusIsRefusedOnResume()
{
    QTemporaryDir local;
    writeFile(local.path(), QStringLiteral("c/a.txt"),
              "one two three four five six seven eight nine ten eleven twelve thirteen "
              "fourteen fifteen sixteen seventeen eighteen nineteen twenty");
    writeFile(local.path(), QStringLiteral("c/b.txt"),
              "twenty nineteen eighteen seventeen sixteen fifteen fourteen thirteen twelve "
              "eleven ten nine eight seven six five four three two one");
    RunSettings settings = tinySettings(local.filePath(QStringLiteral("c")));
    settings.dataset.validationFraction = 0.0;
    settings.training.maxSteps = 1;
    const QString path = local.filePath(QStringLiteral("run"));
    TrainingSession::create(path, settings, {})->train();
    writeFile(local.path(), QStringLiteral("c/c.txt"), "a new document appeared");
    try {
        TrainingSession::resume(path, {}, {});
        QFAIL("resumed on a changed corpus");
    } catch (const RunError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(QLatin1String("changed since this run started")),
                 error.what());
    }
}

void TestTrainingSession::aPreparedRunReadsItsCorpusAtItsFirstStartAndKeepsItFromThen()
{
    QTemporaryDir local;
    writeFile(local.path(), QStringLiteral("c/a.txt"), "one two three four five six seven eight nine ten eleven");
    writeFile(local.path(), QStringLiteral("c/b.txt"), "eleven ten nine eight seven six five four three two one");
    RunSettings settings = tinySettings(local.filePath(QStringLiteral("c")));
    settings.name.clear();
    settings.dataset.validationFraction = 0.0;
    settings.training.maxSteps = 1;
    const QString path = local.filePath(QStringLiteral("prepared"));
    TrainingSession::prepare(path, settings);
    const RunDirectory prepared = RunDirectory::open(path);
    QCOMPARE(prepared.settings().status, RunStatus::Created);
    QCOMPARE(prepared.settings().name, QStringLiteral("prepared")); // named after its folder
    QVERIFY(!QFile::exists(prepared.vocabularyPath()));
    try {
        TrainingSession::prepare(path, settings);
        QFAIL("prepared over a run");
    } catch (const RunError& error) {
        QCOMPARE(error.problem().code, Problem::Code::RunExists);
    }

    // A corpus that changes before the first start is simply the corpus the run trains on. A vocabulary already
    // in the folder does not make the run a started one: rank 0 of a job writes it while the other ranks still
    // read the corpus against the run.json they read before (and a first start killed there leaves one).
    writeFile(local.path(), QStringLiteral("c/c.txt"), "twelve thirteen fourteen");
    writeFile(path, QStringLiteral("vocab.txt"), "\n[UNK]\nstale\n");
    TrainingSession::resume(path, {}, {})->train();
    const RunSettings first = RunDirectory::open(path).settings();
    QCOMPARE(first.corpus.documents, 3);
    QCOMPARE(first.corpus.bytes, 55 + 55 + 24);
    QCOMPARE(first.step, 1);
    QVERIFY(QFile::exists(prepared.vocabularyPath()));
    QFile vocabulary(prepared.vocabularyPath());
    QVERIFY(vocabulary.open(QIODevice::ReadOnly));
    QVERIFY(!vocabulary.readAll().contains("stale")); // built from the corpus

    // From then on it is the run's corpus: a change is refused as for any run.
    writeFile(local.path(), QStringLiteral("c/d.txt"), "fifteen");
    try {
        TrainingSession::resume(path, {{2}, {}, {}, {}}, {});
        QFAIL("resumed on a changed corpus");
    } catch (const RunError& error) {
        QCOMPARE(error.problem().code, Problem::Code::CorpusChanged);
    }
}

void TestTrainingSession::aFailureIsRecordedInTheRun()
{
    RunSettings settings = tinySettings(corpus_);
    settings.model.preset = Preset::Seed;
    settings.training = trainingDefaults(Preset::Seed);
    settings.training.batchSize = 8;
    settings.training.device = "cpu";
    settings.training.learningRate = 1e12;
    const QString path = dir_.filePath(QStringLiteral("diverging"));
    auto session = TrainingSession::create(path, settings, {});
    QVERIFY_THROWS_EXCEPTION(TrainingError, session->train());
    const RunSettings after = RunDirectory::open(path).settings();
    QCOMPARE(after.status, RunStatus::Failed);
    // Kept as a code: a Korean window words it in Korean when the run list shows it.
    QCOMPARE(after.statusReason.code, Problem::Code::Engine);
    QVERIFY(after.statusReason.engine.code == FaultCode::LossNaN
            || after.statusReason.engine.code == FaultCode::LossInfinite);
    QVERIFY2(after.statusReason.english().contains(QLatin1String("lower the learning rate")),
             qPrintable(after.statusReason.english()));
}

void TestTrainingSession::textgenTrainThenEvalPrintJsonLines()
{
    const QString run = dir_.filePath(QStringLiteral("cli-run"));
    QProcess train;
    train.start(QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen"),
                {QStringLiteral("train"),       corpus_,
                 QStringLiteral("--run"),       run,
                 QStringLiteral("--preset"),    QStringLiteral("lstm"),
                 QStringLiteral("--embed"),     QStringLiteral("16"),
                 QStringLiteral("--layers"),    QStringLiteral("1"),
                 QStringLiteral("--seq-len"),   QStringLiteral("12"),
                 QStringLiteral("--batch"),     QStringLiteral("16"),
                 QStringLiteral("--epochs"),    QStringLiteral("30"),
                 QStringLiteral("--cut"),       QStringLiteral("stream"),
                 QStringLiteral("--device"),    QStringLiteral("cpu"),
                 QStringLiteral("--log-every"), QStringLiteral("1"),
                 QStringLiteral("--threads"),   QStringLiteral("1")});
    QVERIFY(train.waitForFinished(-1));
    const QList<QByteArray> lines = train.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(train.exitCode(), 0);
    QVERIFY(lines.size() > 3);
    QVERIFY2(lines.at(1).startsWith("step 1 epoch 1"), lines.at(1).constData()); // one line per step when piped
    const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(summary.value(QLatin1String("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(summary.value(QLatin1String("epochs")).toInt(), 30); // enough steps to pass the LSTM's 100-step warm-up

    QProcess eval;
    eval.start(QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen"), {QStringLiteral("eval"), run, corpus_});
    QVERIFY(eval.waitForFinished(-1));
    QCOMPARE(eval.exitCode(), 0);
    const QJsonObject score = QJsonDocument::fromJson(eval.readAllStandardOutput()).object();
    QVERIFY(score.value(QLatin1String("tokens")).toInt() > 1000);
    const double loss = score.value(QLatin1String("loss")).toDouble();
    // The corpus repeats one sentence: a model that learned its order is far below the 18-word vocabulary's
    // uniform log(18) = 2.89 nats (untrained, it sits there). Half of it is a bound a broken step cannot pass.
    QVERIFY2(loss > 0 && loss < 0.5 * std::log(18.0), qPrintable(QStringLiteral("loss %1").arg(loss)));
    QVERIFY(std::abs(score.value(QLatin1String("perplexity")).toDouble() - std::exp(loss)) < 0.01 * std::exp(loss));

    QProcess again;
    again.start(QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen"),
                {QStringLiteral("train"), corpus_, QStringLiteral("--run"), run});
    QVERIFY(again.waitForFinished(-1));
    QCOMPARE(again.exitCode(), 1);
    QVERIFY(again.readAllStandardError().contains("already holds a run"));
}

QTEST_GUILESS_MAIN(TestTrainingSession)
#include "tst_training_session.moc"
