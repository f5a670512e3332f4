// The trainer: every preset learns, the curve is deterministic and survives a checkpoint and resume, bad
// checkpoints are refused before any tensor is touched, a diverging loss stops training with a clear error,
// warm steps take no fresh memory from the system, and a short run on the real IMDB sample beats the unigram
// baseline.
#include "trainer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <optional>
#include <fstream>

#include "corpus.h"
#include "model_fixtures.h"
#include "testdata.h"
#include "train_benchmark.h" // randomTokenDataset, pageFaults

using namespace textgen;
using namespace textgen::testing;

namespace {

std::vector<double> trainLosses(Trainer& trainer)
{
    std::vector<double> losses;
    TrainingCallbacks callbacks;
    callbacks.onStep = [&](const TrainingProgress& report) { losses.push_back(report.trainLoss); };
    trainLoop(trainer, callbacks);
    return losses;
}

} // namespace

class TestTrainer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPresetOverfitsATinyCorpus_data() { addPresetRows(); }
    void everyPresetOverfitsATinyCorpus();
    void sameSeedGivesTheSameCurveToTheLastDigit();
    void learningRateWarmsUpThenDecays();
    void progressReportsStepEpochFractionAndRate();
    void checkpointRoundTripRestoresWeightsAndPosition();
    void resumingAtAnotherBatchSizeStartsAtTheNextUntrainedRow();
    void resumingContinuesTheSameCurve_data() { addPresetRows(); }
    void resumingContinuesTheSameCurve();
    void mismatchedCheckpointIsRefusedNamingItsRun_data();
    void mismatchedCheckpointIsRefusedNamingItsRun();
    void aModelOfTheSameSizesTakesTheCheckpointsWeights();
    void damagedCheckpointIsRefused_data();
    void damagedCheckpointIsRefused();
    void hugeLearningRateStopsWithAClearError();
    void lossesReadInBurstsAreTheLossesReadEveryStep();
    void aLossThatIsNotFiniteInABurstNamesItsOwnStep();
    void bf16AutocastTrainsCloseToFloat32();
    void aCudaStreamSavedByAnotherLibTorchKeepsItsSeedAndOffset_data();
    void aCudaStreamSavedByAnotherLibTorchKeepsItsSeedAndOffset();
    void unknownDeviceIsRefused();
    void warmStepsReuseTheMemoryTheyFree();
    void imdbValidationLossBeatsTheUnigramEntropy();

private:
    Vocabulary vocabulary_ = numberedVocabulary(24);
    LmDataset cyclic_;
    QTemporaryDir dir_;
};

void TestTrainer::initTestCase()
{
    torch::set_num_threads(2);
    cyclic_ = buildLmDataset(cyclicCorpus(), vocabulary_, {12, CutMode::Stream, 0.0});
    QVERIFY(cyclic_.train.size() > 30);
}

void TestTrainer::everyPresetOverfitsATinyCorpus()
{
    QFETCH(Preset, preset);
    TrainingOptions options = quickOptions(preset, 1000);
    options.maxSteps = 400;
    options.learningRate = preset == Preset::Seed ? 3e-3 : 1e-2;
    ModelConfig config = tinyConfig(preset, 24, 12);
    config.dropout = 0.0;
    Trainer trainer(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    double loss = 100.0;
    while (!trainer.finished() && loss >= 0.1) {
        loss = trainer.step();
        if (trainer.epochComplete())
            trainer.beginNextEpoch();
    }
    QVERIFY2(loss < 0.1, qPrintable(QStringLiteral("loss %1 after %2 steps").arg(loss).arg(trainer.globalStep())));
}

void TestTrainer::sameSeedGivesTheSameCurveToTheLastDigit()
{
    TrainingOptions options = quickOptions(Preset::Gpt, 1);
    const ModelConfig config = tinyConfig(Preset::Gpt, 24, 12); // dropout 0.1: the RNG matters too
    Trainer first(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    Trainer second(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    const std::vector<double> a = trainLosses(first);
    QCOMPARE(trainLosses(second), a);
    options.seed = 8;
    Trainer other(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    QVERIFY(trainLosses(other) != a);
}

void TestTrainer::learningRateWarmsUpThenDecays()
{
    TrainingOptions options = quickOptions(Preset::Gpt, 4);
    options.learningRate = 1.0;
    options.warmupSteps = 10;
    Trainer trainer(tinyConfig(Preset::Gpt, 24, 12), options, cyclic_, vocabulary_.fingerprint(), "word");
    const std::int64_t total = trainer.totalSteps();
    QCOMPARE(total, 4 * trainer.batchesPerEpoch());
    QCOMPARE(trainer.learningRate(0), 0.1);
    QCOMPARE(trainer.learningRate(9), 1.0);
    QCOMPARE(trainer.learningRate(10), 1.0);
    QVERIFY(std::abs(trainer.learningRate(10 + (total - 10) / 2) - 0.55) < 0.02); // halfway down the cosine
    QCOMPARE(trainer.learningRate(total), 0.1);

    Trainer seed(tinyConfig(Preset::Seed, 24, 12), quickOptions(Preset::Seed), cyclic_, vocabulary_.fingerprint(),
                 "word");
    QCOMPARE(seed.learningRate(0), 1e-3); // Keras' RMSprop: constant
    QCOMPARE(seed.learningRate(1000), 1e-3);
}

void TestTrainer::progressReportsStepEpochFractionAndRate()
{
    TrainingOptions options = quickOptions(Preset::Lstm, 2);
    Trainer trainer(tinyConfig(Preset::Lstm, 24, 12), options, cyclic_, vocabulary_.fingerprint(), "word");
    std::vector<TrainingProgress> steps;
    std::vector<EpochReport> epochs;
    TrainingCallbacks callbacks;
    callbacks.onStep = [&](const TrainingProgress& report) { steps.push_back(report); };
    callbacks.onEpoch = [&](const EpochReport& report) { epochs.push_back(report); };
    trainLoop(trainer, callbacks);
    const auto perEpoch = static_cast<std::size_t>(trainer.batchesPerEpoch());
    QCOMPARE(steps.size(), 2 * perEpoch);
    QCOMPARE(steps.front().step, std::int64_t(1));
    QCOMPARE(steps[perEpoch - 1].epochFraction, 1.0);
    QCOMPARE(steps[perEpoch].epoch, std::int64_t(1));
    QCOMPARE(epochs.size(), std::size_t(2));
    QCOMPARE(epochs[1].step, std::int64_t(2 * perEpoch));
    QVERIFY(std::isnan(epochs[0].validationLoss)); // this dataset has no validation split
    for (const TrainingProgress& report : steps)
        QVERIFY(report.tokensPerSecond > 0 && report.learningRate > 0 && std::isfinite(report.trainLoss));
}

void TestTrainer::checkpointRoundTripRestoresWeightsAndPosition()
{
    TrainingOptions options = quickOptions(Preset::Seed, 3);
    options.maxSteps = 5;
    const ModelConfig config = tinyConfig(Preset::Seed, 24, 12);
    Trainer trainer(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    trainLosses(trainer);
    const std::string path = str(dir_.filePath(QStringLiteral("roundtrip.pt")));
    trainer.saveCheckpoint(path, "runs/roundtrip", 2.5);

    options.seed = 99; // a different initialisation, overwritten by the checkpoint
    Trainer loaded(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    const CheckpointHeader header = loaded.loadCheckpoint(path);
    QCOMPARE(header.step, std::int64_t(5));
    QCOMPARE(header.validationLoss, 2.5);
    QCOMPARE(header.run, std::string("runs/roundtrip"));
    QCOMPARE(loaded.globalStep(), std::int64_t(5));
    QCOMPARE(loaded.batchInEpoch(), trainer.batchInEpoch());
    const auto a = trainer.model().named_parameters();
    const auto b = loaded.model().named_parameters();
    QCOMPARE(a.size(), b.size());
    for (const auto& item : a)
        QVERIFY2(torch::equal(item.value(), b[item.key()]), item.key().c_str());
    QCOMPARE(readCheckpointHeader(path).step, std::int64_t(5));
}

void TestTrainer::resumingContinuesTheSameCurve()
{
    QFETCH(Preset, preset);
    const ModelConfig config = tinyConfig(preset, 24, 12);
    const std::vector<double> straight = [&] {
        Trainer trainer(config, quickOptions(preset, 2), cyclic_, vocabulary_.fingerprint(), "word");
        return trainLosses(trainer);
    }();

    const std::string path = str(dir_.filePath(QStringLiteral("resume-%1.pt").arg(int(preset))));
    std::vector<double> resumed;
    {
        Trainer firstHalf(config, quickOptions(preset, 1), cyclic_, vocabulary_.fingerprint(), "word");
        resumed = trainLosses(firstHalf);
        firstHalf.saveCheckpoint(path, "run", std::nan(""));
    }
    torch::manual_seed(12345); // whatever happened to the global generator, the checkpoint holds the run's own
    Trainer secondHalf(config, quickOptions(preset, 2), cyclic_, vocabulary_.fingerprint(), "word");
    secondHalf.loadCheckpoint(path);
    const std::vector<double> rest = trainLosses(secondHalf);
    resumed.insert(resumed.end(), rest.begin(), rest.end());
    QCOMPARE(resumed, straight);
}

void TestTrainer::resumingAtAnotherBatchSizeStartsAtTheNextUntrainedRow()
{
    TrainingOptions options = quickOptions(Preset::Seed, 3);
    options.batchSize = 4;
    const ModelConfig config = tinyConfig(Preset::Seed, 24, 12);
    Trainer trainer(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    for (int i = 0; i < 3; ++i)
        trainer.step(); // rows 0-11 of the epoch's order
    const std::string path = str(dir_.filePath(QStringLiteral("batch4.pt")));
    trainer.saveCheckpoint(path, "runs/batch4", 2.0);

    options.batchSize = 20; // the epoch's first 20 rows, from the start: rows 12-19 are what comes next
    Trainer fresh(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    const torch::Tensor next = fresh.nextBatch().inputs.slice(0, 12, 20);

    options.batchSize = 8;
    Trainer resumed(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    resumed.loadCheckpoint(path);
    QCOMPARE(resumed.rowsInEpoch(), std::int64_t(12)); // not 3 batches of 8
    QVERIFY(torch::equal(resumed.nextBatch().inputs, next));

    // A checkpoint written before the field counted batches: they are taken as batches of the new size.
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const qsizetype line = bytes.indexOf("rows_in_epoch ");
    QVERIFY(line > 0);
    bytes.remove(line, bytes.indexOf('\n', line) - line + 1);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    Trainer older(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    older.loadCheckpoint(path);
    QCOMPARE(older.rowsInEpoch(), std::int64_t(24));
}

void TestTrainer::mismatchedCheckpointIsRefusedNamingItsRun_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("other vocabulary size") << 0 << "was written by a model with vocabulary 24, this run has 30";
    QTest::newRow("same size, other tokens") << 1 << "was written by a model with vocabulary 24 (other tokens)";
    QTest::newRow("other preset") << 2 << "holds a seed model, this run is gpt";
    QTest::newRow("other sizes") << 3 << "holds a model of other sizes";
}

void TestTrainer::mismatchedCheckpointIsRefusedNamingItsRun()
{
    QFETCH(int, change);
    QFETCH(QString, message);
    const ModelConfig config = tinyConfig(Preset::Seed, 24, 12);
    const std::string path = str(dir_.filePath(QStringLiteral("theirs.pt")));
    {
        TrainingOptions options = quickOptions(Preset::Seed);
        options.maxSteps = 1;
        Trainer theirs(config, options, cyclic_, vocabulary_.fingerprint(), "word");
        trainLosses(theirs);
        theirs.saveCheckpoint(path, "runs/their-run", 1.0);
    }
    ModelConfig mine = config;
    std::uint64_t fingerprint = vocabulary_.fingerprint();
    if (change == 0)
        mine.vocabSize = 30;
    if (change == 1)
        fingerprint = numberedVocabulary(25).fingerprint();
    if (change == 2)
        mine = tinyConfig(Preset::Gpt, 24, 12);
    if (change == 3)
        mine.embed = 48;
    Trainer trainer(mine, quickOptions(mine.preset), cyclic_, fingerprint, "word");
    const torch::Tensor before = trainer.model().parameters().front().clone();
    try {
        trainer.loadCheckpoint(path);
        QFAIL("a mismatched checkpoint was loaded");
    } catch (const CheckpointError& error) {
        const QString text = QString::fromUtf8(error.what());
        QVERIFY2(text.contains(message), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("It belongs to the run runs/their-run")), qPrintable(text));
    }
    QVERIFY(torch::equal(before, trainer.model().parameters().front())); // untouched
    QCOMPARE(trainer.globalStep(), std::int64_t(0));
}

void TestTrainer::aModelOfTheSameSizesTakesTheCheckpointsWeights()
{
    const ModelConfig config = tinyConfig(Preset::Seed, 24, 12);
    const std::string first = str(dir_.filePath(QStringLiteral("reuse-1.pt")));
    const std::string second = str(dir_.filePath(QStringLiteral("reuse-2.pt")));
    {
        TrainingOptions options = quickOptions(Preset::Seed);
        options.maxSteps = 3;
        Trainer trainer(config, options, cyclic_, vocabulary_.fingerprint(), "word");
        trainer.step();
        trainer.saveCheckpoint(first, "runs/r", 1.0);
        trainer.step();
        trainer.step();
        trainer.saveCheckpoint(second, "runs/r", 1.0);
    }
    const torch::Device cpu(torch::kCPU);
    const auto fresh = loadModel(second, config, vocabulary_.fingerprint(), cpu);
    const auto reused = loadModel(first, config, vocabulary_.fingerprint(), cpu);
    const auto again = loadModel(second, config, vocabulary_.fingerprint(), cpu, nullptr, reused);
    QCOMPARE(again.get(), reused.get()); // the same model, its weights replaced
    const auto a = fresh->parameters(), b = again->parameters();
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        QVERIFY(torch::equal(a[i], b[i]));
    // A model of other sizes is not reused.
    const auto other = loadModel(first, tinyConfig(Preset::Seed, 24, 12), vocabulary_.fingerprint(), cpu);
    ModelConfig wider = config;
    wider.embed = 48;
    const auto notReused = makeModel(wider);
    QVERIFY(loadModel(first, config, vocabulary_.fingerprint(), cpu, nullptr, notReused).get() != notReused.get());
    QVERIFY(other);
}

void TestTrainer::damagedCheckpointIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated in the tensors") << "truncate-archive"
                                              << "truncated or damaged";
    QTest::newRow("truncated in the header") << "truncate-header"
                                             << "the header is truncated or damaged";
    QTest::newRow("a flipped byte") << "flip"
                                    << "damaged: its tensors do not match the checksum";
    QTest::newRow("not a checkpoint") << "text"
                                      << "not a textgen checkpoint";
    QTest::newRow("empty file") << "empty"
                                << "not a textgen checkpoint";
    QTest::newRow("missing file") << "missing"
                                  << "cannot open checkpoint";
    QTest::newRow("field of the wrong type") << "type"
                                             << "header field \"step\" is not a whole number";
}

void TestTrainer::damagedCheckpointIsRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    const ModelConfig config = tinyConfig(Preset::Lstm, 24, 12);
    const std::string path = str(dir_.filePath(QStringLiteral("damaged-%1.pt").arg(damage)));
    Trainer trainer(config, quickOptions(Preset::Lstm), cyclic_, vocabulary_.fingerprint(), "word");
    trainer.saveCheckpoint(path, "run", 1.0);
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    const std::size_t headerEnd = bytes.find("\nend\n") + 5;
    if (damage == QLatin1String("truncate-archive"))
        bytes.resize(bytes.size() - 100);
    else if (damage == QLatin1String("truncate-header"))
        bytes.resize(headerEnd - 20);
    else if (damage == QLatin1String("flip"))
        bytes[headerEnd + bytes.size() / 2 - headerEnd / 2] ^= 0x40;
    else if (damage == QLatin1String("text"))
        bytes = "hello, I am a text file\n";
    else if (damage == QLatin1String("empty"))
        bytes.clear();
    else if (damage == QLatin1String("type"))
        bytes.replace(bytes.find("\nstep 0\n"), 8, "\nstep x\n");
    if (damage == QLatin1String("missing"))
        QFile::remove(QString::fromStdString(path));
    else
        std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    try {
        trainer.loadCheckpoint(path);
        QFAIL("a damaged checkpoint was loaded");
    } catch (const CheckpointError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(message), error.what());
    }
}

void TestTrainer::hugeLearningRateStopsWithAClearError()
{
    TrainingOptions options = quickOptions(Preset::Seed, 50);
    options.learningRate = 1e12;
    Trainer trainer(tinyConfig(Preset::Seed, 24, 12), options, cyclic_, vocabulary_.fingerprint(), "word");
    try {
        trainLosses(trainer);
        QFAIL("training went on with a learning rate of 1e12");
    } catch (const TrainingError& error) {
        const QString text = QString::fromUtf8(error.what());
        QVERIFY2(text.contains(QLatin1String("NaN")) || text.contains(QLatin1String("infinite"))
                     || text.contains(QLatin1String("not finite")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("lower the learning rate")), qPrintable(text));
    }
}

void TestTrainer::lossesReadInBurstsAreTheLossesReadEveryStep()
{
    // As on CUDA: the losses stay on the device and are read 4 at a time (an epoch's end cuts a burst short),
    // yet every step is reported, in order, with its own loss, epoch and fraction.
    const ModelConfig config = tinyConfig(Preset::Gpt, 24, 12);
    TrainingOptions options = quickOptions(Preset::Gpt, 3);
    options.batchSize = 4;
    std::vector<TrainingProgress> everyStep, inBursts;
    std::vector<std::size_t> burstSizes;
    for (const int every : {1, 4}) {
        options.progressEvery = every;
        Trainer trainer(config, options, cyclic_, vocabulary_.fingerprint(), "word");
        QCOMPARE(trainer.progressInterval(), every);
        std::vector<TrainingProgress>& into = every == 1 ? everyStep : inBursts;
        TrainingCallbacks callbacks;
        std::int64_t calledAtStep = -1;
        callbacks.onStep = [&](const TrainingProgress& progress) {
            if (every == 4 && trainer.globalStep() != calledAtStep) { // a new burst
                calledAtStep = trainer.globalStep();
                burstSizes.push_back(0);
            }
            if (every == 4)
                ++burstSizes.back();
            into.push_back(progress);
        };
        trainLoop(trainer, callbacks);
    }
    QCOMPARE(inBursts.size(), everyStep.size());
    for (std::size_t i = 0; i < everyStep.size(); ++i) {
        QCOMPARE(inBursts[i].step, everyStep[i].step);
        QCOMPARE(inBursts[i].epoch, everyStep[i].epoch);
        QCOMPARE(inBursts[i].epochFraction, everyStep[i].epochFraction);
        QCOMPARE(inBursts[i].trainLoss, everyStep[i].trainLoss); // the same computation, read later
        QVERIFY(inBursts[i].tokensPerSecond > 0.0);
        QVERIFY(inBursts[i].seconds > 0.0); // a burst's share, not the nothing between two of its reports
    }
    QVERIFY(burstSizes.size() < everyStep.size() / 2); // they did come in bursts
    QCOMPARE(*std::max_element(burstSizes.begin(), burstSizes.end()), std::size_t(4));
}

void TestTrainer::aLossThatIsNotFiniteInABurstNamesItsOwnStep()
{
    TrainingOptions options = quickOptions(Preset::Seed, 50);
    options.learningRate = 1e12;
    const ModelConfig config = tinyConfig(Preset::Seed, 24, 12);
    Trainer stepByStep(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    QString expected;
    try {
        trainLosses(stepByStep);
        QFAIL("training went on with a learning rate of 1e12");
    } catch (const TrainingError& error) {
        expected = QString::fromUtf8(error.what());
    }
    options.progressEvery = 16;
    Trainer bursts(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    std::vector<double> reported;
    TrainingCallbacks callbacks;
    callbacks.onStep = [&](const TrainingProgress& progress) { reported.push_back(progress.trainLoss); };
    try {
        trainLoop(bursts, callbacks);
        QFAIL("training went on with a learning rate of 1e12");
    } catch (const TrainingError& error) {
        // The same step and rate as when each loss is read at once, though the burst ran on past it.
        QCOMPARE(QString::fromUtf8(error.what()), expected);
    }
    for (const double loss : reported)
        QVERIFY(std::isfinite(loss));
}

void TestTrainer::bf16AutocastTrainsCloseToFloat32()
{
    const ModelConfig config = tinyConfig(Preset::Gpt, 24, 12);
    TrainingOptions options = quickOptions(Preset::Gpt, 3);
    Trainer exact(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    const std::vector<double> fp32 = trainLosses(exact);
    options.precision = Precision::Bf16;
    Trainer lower(config, options, cyclic_, vocabulary_.fingerprint(), "word");
    const std::vector<double> bf16 = trainLosses(lower);
    QCOMPARE(bf16.size(), fp32.size());
    bool differs = false;
    for (std::size_t i = 0; i < fp32.size(); ++i) {
        QVERIFY2(std::abs(bf16[i] - fp32[i]) <= 0.05 * fp32[i],
                 qPrintable(QStringLiteral("step %1: bf16 %2, fp32 %3").arg(i + 1).arg(bf16[i]).arg(fp32[i])));
        differs = differs || bf16[i] != fp32[i];
    }
    QVERIFY2(differs, "bf16 gave float32's losses to the bit: autocast was not on");
    // The weights stay float32 (the master copy): only the forward pass computes in bfloat16.
    for (const torch::Tensor& parameter : lower.model().parameters())
        QCOMPARE(parameter.scalar_type(), torch::kFloat);
    QCOMPARE(precisionFromName("bf16"), std::optional<Precision>(Precision::Bf16));
    QCOMPARE(precisionFromName("fp16"), std::optional<Precision>());
}

void TestTrainer::aCudaStreamSavedByAnotherLibTorchKeepsItsSeedAndOffset_data()
{
    QTest::addColumn<int>("saved");    // bytes in the checkpoint
    QTest::addColumn<int>("expected"); // bytes this LibTorch's generator holds
    QTest::addColumn<int>("result");   // bytes handed to it; 0: none (start from the seed)
    QTest::newRow("same LibTorch") << 16 << 16 << 16;
    QTest::newRow("1.x checkpoint, 2.x trainer") << 816 << 16 << 16;
    QTest::newRow("2.x checkpoint, 1.x trainer") << 16 << 816 << 816;
    QTest::newRow("a layout neither knows") << 100 << 16 << 0;
}

void TestTrainer::aCudaStreamSavedByAnotherLibTorchKeepsItsSeedAndOffset()
{
    QFETCH(int, saved);
    QFETCH(int, expected);
    QFETCH(int, result);
    // Seed and offset are the last 16 bytes in both layouts: 1..16 here, after `saved - 16` unused bytes.
    torch::Tensor state = torch::full({saved}, 99, torch::kByte);
    state.narrow(0, saved - 16, 16).copy_(torch::arange(1, 17, torch::kByte));
    const std::optional<torch::Tensor> converted = cudaStateOfSize(state, expected);
    if (result == 0) {
        QVERIFY(!converted);
        return;
    }
    QVERIFY(converted);
    QCOMPARE(converted->numel(), std::int64_t(result));
    QVERIFY(torch::equal(converted->narrow(0, result - 16, 16), torch::arange(1, 17, torch::kByte)));
}

void TestTrainer::unknownDeviceIsRefused()
{
    TrainingOptions options = quickOptions(Preset::Seed);
    options.device = "tpu";
    QVERIFY_THROWS_EXCEPTION(
        TrainingError, Trainer(tinyConfig(Preset::Seed, 24, 12), options, cyclic_, vocabulary_.fingerprint(), "word"));
    if (!torch::cuda::is_available()) {
        options.device = "cuda";
        QVERIFY_THROWS_EXCEPTION(
            TrainingError,
            Trainer(tinyConfig(Preset::Seed, 24, 12), options, cyclic_, vocabulary_.fingerprint(), "word"));
    }
}

void TestTrainer::warmStepsReuseTheMemoryTheyFree()
{
    // The chapter's model at batch 32 frees hundreds of megabytes of activations a step, past what glibc keeps
    // by itself: each step then took some 6,700 fresh pages from the system (4-6% of its time).
    const ModelConfig config = presetConfig(Preset::Seed);
    TrainingOptions options = trainingDefaults(Preset::Seed);
    options.batchSize = 32;
    options.epochs = 1;
    options.device = "cpu";
    constexpr int kWarm = 4, kMeasured = 4;
    const LmDataset data = randomTokenDataset(config, (kWarm + kMeasured) * 32, 7);
    Trainer trainer(config, options, data, 0, "word");
    for (int i = 0; i < kWarm; ++i) // the first steps take what the later ones reuse
        trainer.step();
    const long long before = pageFaults();
    for (int i = 0; i < kMeasured; ++i)
        trainer.step();
    const double perStep = static_cast<double>(pageFaults() - before) / kMeasured;
    qInfo("%.0f page faults a step", perStep);
    // The heap still grows while its free blocks settle: about 1,900 faults a step after three warm steps, 290
    // after four. Giving every step's memory back costs some 11,000.
    QVERIFY2(perStep < 4000.0, qPrintable(QStringLiteral("%1 page faults a step").arg(perStep)));
}

void TestTrainer::imdbValidationLossBeatsTheUnigramEntropy()
{
    const QString sample = imdbSamplePath();
    if (sample.isEmpty())
        QSKIP("the shared IMDB sample (../shared/data/imdb-sample) is not in this checkout");
    const Corpus corpus = readCorpus(sample.toStdString());
    const Vocabulary vocabulary = Vocabulary::adapt(corpus.documents, {TokenizerKind::Word, 5000});
    const LmDataset data = buildLmDataset(corpus.documents, vocabulary, {33, CutMode::Stream, 0.03});

    // The unigram entropy (nats) of the validation targets under the training split's token frequencies:
    // what a model that ignores context scores at best.
    std::vector<double> counts(vocabulary.size(), 1.0); // add-one, so no validation token has probability 0
    for (std::size_t i = 0; i < data.train.size(); ++i)
        for (std::int64_t t = 1; t < data.train.length(); ++t)
            counts[static_cast<std::size_t>(data.train.sequence(i)[t])] += 1.0;
    counts[0] = 0.0;
    double total = 0.0;
    for (double c : counts)
        total += c;
    double entropy = 0.0, scored = 0.0;
    for (std::size_t i = 0; i < data.validation.size(); ++i)
        for (std::int64_t t = 1; t < data.validation.length(); ++t)
            if (const std::int32_t id = data.validation.sequence(i)[t]; id != 0) {
                entropy -= std::log(counts[static_cast<std::size_t>(id)] / total);
                scored += 1.0;
            }
    entropy /= scored;

    const ModelConfig config = imdbSmallConfig();
    const TrainingOptions options = imdbSmallOptions();
    Trainer trainer(config, options, data, vocabulary.fingerprint(), "word");
    trainLosses(trainer);
    const double validation = trainer.evaluate();
    qInfo("IMDB: validation loss %.3f after 200 steps, unigram entropy %.3f nats", validation, entropy);
    QVERIFY2(validation < entropy, qPrintable(QStringLiteral("%1 >= %2").arg(validation).arg(entropy)));
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
