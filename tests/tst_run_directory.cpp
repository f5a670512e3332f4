// A run folder on disk: run.json round trip and its errors by field, metrics.csv with a torn last line,
// truncation on resume, checkpoint listing, and atomic publication of latest.pt.
#include "run_directory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "testdata.h"

using namespace textgen;

class TestRunDirectory : public QObject {
    Q_OBJECT

private slots:
    void settingsRoundTripThroughRunJson();
    void aReasonWrittenBeforeCodesIsKeptAsItsSentence();
    void aRunWrittenAsPausedReadsAsStopped();
    void damagedRunJsonNamesTheField_data();
    void damagedRunJsonNamesTheField();
    void creatingOverAnExistingRunIsRefused();
    void metricsAppendAndReadBack();
    void tornLastMetricsLineIsSkippedAndTheRestLoads();
    void truncatingMetricsKeepsRowsUpToTheStep();
    void checkpointEpochsAreListedInOrder();
    void epochSampleFilesAreListedByEpochNumber();
    void publishedFileReplacesTheTargetWhole();
};

namespace {

QJsonObject readJson(QFile& file)
{
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    return json;
}

RunSettings sampleSettings()
{
    RunSettings s;
    s.name = QStringLiteral("fortunes, seed");
    s.corpusPath = QStringLiteral("/usr/share/games/fortunes");
    s.corpusFormat = CorpusFormat::Fortunes;
    s.corpus = {2530241, 15217, QStringLiteral("7ff9b982b122e878")};
    s.tokenizer = TokenizerKind::Char;
    s.maxTokens = 300;
    s.dataset = {64, CutMode::Stream, 0.05};
    s.model = presetConfig(Preset::Gpt);
    s.model.sequenceLength = 64;
    s.parameters = 123456;
    s.training = trainingDefaults(Preset::Gpt);
    s.training.seed = 18446744073709551615ull; // JSON numbers cannot hold it: stored as a string
    s.training.device = "cpu";
    s.training.precision = Precision::Bf16;
    s.device = QStringLiteral("cpu");
    s.libtorchVersion = QStringLiteral("1.13.0");
    s.status = RunStatus::Failed;
    s.statusReason = Problem::engineFault({FaultCode::LossNaN, {"412", "0.001"}});
    s.step = 420;
    s.epoch = 3;
    s.bestValidationLoss = 4.25;
    return s;
}

} // namespace

void TestRunDirectory::settingsRoundTripThroughRunJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run"));
    RunDirectory::create(path, sampleSettings());
    const RunSettings loaded = RunDirectory::open(path).settings();
    const RunSettings expected = sampleSettings();
    QCOMPARE(loaded.name, expected.name);
    QCOMPARE(loaded.corpus, expected.corpus);
    QCOMPARE(loaded.corpusFormat, expected.corpusFormat);
    QCOMPARE(loaded.tokenizer, expected.tokenizer);
    QCOMPARE(loaded.dataset.cut, CutMode::Stream);
    QCOMPARE(loaded.dataset.validationFraction, 0.05);
    QCOMPARE(loaded.model.preset, Preset::Gpt);
    QCOMPARE(loaded.model.layers, expected.model.layers);
    QCOMPARE(loaded.model.dropout, expected.model.dropout);
    QCOMPARE(loaded.training.seed, expected.training.seed);
    QCOMPARE(loaded.training.learningRate, expected.training.learningRate);
    QCOMPARE(loaded.training.precision, Precision::Bf16);
    QCOMPARE(loaded.status, RunStatus::Failed);
    QCOMPARE(loaded.statusReason, expected.statusReason);
    QCOMPARE(loaded.bestValidationLoss, 4.25);
    QVERIFY(loaded.created.isValid() && loaded.updated >= loaded.created);
}

void TestRunDirectory::aReasonWrittenBeforeCodesIsKeptAsItsSentence()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run"));
    RunDirectory::create(path, sampleSettings());
    QFile file(QDir(path).filePath(QStringLiteral("run.json")));
    QJsonObject json = readJson(file);
    QVERIFY(!json.isEmpty());
    QCOMPARE(json.value(QStringLiteral("status_problem")).toObject().value(QStringLiteral("engine")).toString(),
             QStringLiteral("loss-nan"));
    QCOMPARE(
        json.value(QStringLiteral("status_reason")).toString(),
        QStringLiteral(
            "the loss became NaN at step 412 (learning rate 0.001): training stopped and the last checkpoint is kept. "
            "---> HINT: lower the learning rate"));
    json.remove(QStringLiteral("status_problem"));
    json[QStringLiteral("status_reason")] = QStringLiteral("the disk was full");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
    file.close();
    const Problem reason = RunDirectory::open(path).settings().statusReason;
    QCOMPARE(reason.code, Problem::Code::Unexpected);
    QCOMPARE(reason.english(), QStringLiteral("the disk was full"));
}

void TestRunDirectory::aRunWrittenAsPausedReadsAsStopped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run"));
    RunSettings settings = sampleSettings();
    settings.status = RunStatus::Stopped;
    RunDirectory::create(path, settings);
    QFile file(QDir(path).filePath(QStringLiteral("run.json")));
    QJsonObject json = readJson(file);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
    json[QStringLiteral("status")] = QStringLiteral("paused"); // as versions before "stopped" wrote it
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
    file.close();
    QCOMPARE(RunDirectory::open(path).settings().status, RunStatus::Stopped);
}

void TestRunDirectory::damagedRunJsonNamesTheField_data()
{
    QTest::addColumn<QByteArray>("edit"); // key path to damage, then "=" and the JSON to put there ("" removes)
    QTest::addColumn<QString>("message");
    QTest::newRow("missing model") << QByteArray("model=") << "field \"model\" is missing or is not an object";
    QTest::newRow("embed as a string") << QByteArray("model.embed=\"big\"")
                                       << "field \"model.embed\" is missing or is not a number";
    QTest::newRow("fractional layers") << QByteArray("model.layers=1.5")
                                       << "field \"model.layers\" is missing or is not a whole number";
    QTest::newRow("unknown preset") << QByteArray("model.preset=\"bert\"")
                                    << "field \"model.preset\" is missing or is not seed, gpt or lstm";
    QTest::newRow("unknown status") << QByteArray("status=\"dancing\"")
                                    << "field \"status\" is missing or is not created, running";
    QTest::newRow("seed not a number") << QByteArray("training.seed=\"x\"")
                                       << "field \"training.seed\" is missing or is not a whole number in a string";
    QTest::newRow("unknown precision") << QByteArray("training.precision=\"fp8\"")
                                       << "field \"training.precision\" is missing or is not fp32, tf32 or bf16";
    QTest::newRow("impossible sizes") << QByteArray("model.heads=3")
                                      << "the model cannot be built: embedding 256 is not divisible by 3 heads";
}

void TestRunDirectory::damagedRunJsonNamesTheField()
{
    QFETCH(QByteArray, edit);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run"));
    RunDirectory::create(path, sampleSettings());
    QFile file(QDir(path).filePath(QStringLiteral("run.json")));
    QJsonObject json = readJson(file);
    QVERIFY(!json.isEmpty());
    const QList<QByteArray> sides = edit.split('=');
    const QList<QByteArray> keys = sides[0].split('.');
    const QJsonValue value
        = sides[1].isEmpty() ? QJsonValue() : QJsonDocument::fromJson("[" + sides[1] + "]").array().at(0);
    if (keys.size() == 1 && sides[1].isEmpty()) {
        json.remove(QString::fromLatin1(keys[0]));
    } else if (keys.size() == 1) {
        json.insert(QString::fromLatin1(keys[0]), value);
    } else {
        QJsonObject inner = json.value(QString::fromLatin1(keys[0])).toObject();
        inner.insert(QString::fromLatin1(keys[1]), value);
        json.insert(QString::fromLatin1(keys[0]), inner);
    }
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
    file.close();
    try {
        RunDirectory::open(path);
        QFAIL("a damaged run.json was accepted");
    } catch (const RunError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(message), error.what());
        QVERIFY2(QString::fromUtf8(error.what()).contains(QLatin1String("run.json")), error.what());
    }
}

void TestRunDirectory::creatingOverAnExistingRunIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run"));
    RunDirectory::create(path, sampleSettings());
    QVERIFY_THROWS_EXCEPTION(RunError, RunDirectory::create(path, sampleSettings()));
    QCOMPARE(RunDirectory::open(path).settings().step, qint64(420)); // the first one is intact
}

void TestRunDirectory::metricsAppendAndReadBack()
{
    QTemporaryDir dir;
    RunDirectory run = RunDirectory::create(dir.filePath(QStringLiteral("run")), sampleSettings());
    MetricRow step{1, 0, 5.5, qQNaN(), 1e-3, 1234.5, 0.25};
    MetricRow epoch{1, 0, qQNaN(), 5.25, qQNaN(), qQNaN(), 0.5};
    run.appendMetrics({step, epoch}, true);
    const MetricsFile metrics = RunDirectory::readMetrics(run.metricsPath());
    QCOMPARE(metrics.rows.size(), std::size_t(2));
    QCOMPARE(metrics.skippedLines, 0);
    QCOMPARE(metrics.rows[0].trainLoss, 5.5);
    QVERIFY(std::isnan(metrics.rows[0].validationLoss));
    QCOMPARE(metrics.rows[1].validationLoss, 5.25);
    QCOMPARE(metrics.rows[0].tokensPerSecond, 1234.5);
}

void TestRunDirectory::tornLastMetricsLineIsSkippedAndTheRestLoads()
{
    QTemporaryDir dir;
    textgen::testing::writeFile(dir.path(), QStringLiteral("metrics.csv"),
                                "step,epoch,train_loss,val_loss,lr,tokens_per_s,elapsed_s\n"
                                "1,0,5.5,,0.001,100,0.1\n"
                                "2,0,5.4,,0.001,100,0.2\n"
                                "3,0,5.");
    const MetricsFile metrics = RunDirectory::readMetrics(dir.filePath(QStringLiteral("metrics.csv")));
    QCOMPARE(metrics.rows.size(), std::size_t(2));
    QCOMPARE(metrics.rows.back().step, qint64(2));
    QCOMPARE(metrics.skippedLines, 1);
}

void TestRunDirectory::truncatingMetricsKeepsRowsUpToTheStep()
{
    QTemporaryDir dir;
    RunDirectory run = RunDirectory::create(dir.filePath(QStringLiteral("run")), sampleSettings());
    std::vector<MetricRow> rows;
    for (qint64 step = 1; step <= 10; ++step)
        rows.push_back({step, 0, 5.0 - 0.1 * double(step), qQNaN(), 1e-3, 100, double(step)});
    run.appendMetrics(rows, true);
    run.truncateMetricsAfter(6);
    const MetricsFile metrics = RunDirectory::readMetrics(run.metricsPath());
    QCOMPARE(metrics.rows.size(), std::size_t(6));
    QCOMPARE(metrics.rows.back().step, qint64(6));
    run.appendMetrics({{7, 0, 4.0, qQNaN(), 1e-3, 100, 7.0}}, true); // appending goes on after the truncation
    QCOMPARE(RunDirectory::readMetrics(run.metricsPath()).rows.size(), std::size_t(7));
}

void TestRunDirectory::checkpointEpochsAreListedInOrder()
{
    QTemporaryDir dir;
    RunDirectory run = RunDirectory::create(dir.filePath(QStringLiteral("run")), sampleSettings());
    for (qint64 epoch : {10, 2, 1})
        textgen::testing::writeFile(run.checkpointsPath(), QFileInfo(run.epochCheckpointPath(epoch)).fileName(), "x");
    textgen::testing::writeFile(run.checkpointsPath(), QStringLiteral("latest.pt"), "x");
    textgen::testing::writeFile(run.checkpointsPath(), QStringLiteral("epoch-0003.pt.tmp-1-0"), "x");
    QCOMPARE(run.checkpointEpochs(), (QList<qint64>{1, 2, 10}));
    QVERIFY(run.epochCheckpointPath(2).endsWith(QLatin1String("checkpoints/epoch-0002.pt")));
}

void TestRunDirectory::epochSampleFilesAreListedByEpochNumber()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("samples")));
    for (const char* name :
         {"epoch-0002.txt", "epoch-10000.txt", "epoch-0001.txt", "epoch-0003.txt.tmp-42-1", "notes.txt"}) {
        QFile file(dir.filePath(QStringLiteral("samples/") + QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString samples = dir.filePath(QStringLiteral("samples/"));
    QCOMPARE(RunDirectory::epochSampleFiles(dir.path()),
             (QStringList{samples + "epoch-0001.txt", samples + "epoch-0002.txt", samples + "epoch-10000.txt"}));
}

void TestRunDirectory::publishedFileReplacesTheTargetWhole()
{
    QTemporaryDir dir;
    textgen::testing::writeFile(dir.path(), QStringLiteral("a"), "new content");
    textgen::testing::writeFile(dir.path(), QStringLiteral("latest"), "old");
    publishFile(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("latest")));
    QFile latest(dir.filePath(QStringLiteral("latest")));
    QVERIFY(latest.open(QIODevice::ReadOnly));
    QCOMPARE(latest.readAll(), QByteArray("new content"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary left behind
}

QTEST_GUILESS_MAIN(TestRunDirectory)
#include "tst_run_directory.moc"
