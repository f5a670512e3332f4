// The training session: corpus -> vocabulary -> dataset -> trainer -> run folder.
#include "training_session.h"

#include <QDir>

#include <cmath>

#include "generator.h"
#include "run_model.h"

namespace textgen {

namespace {

void announce(const SessionEvents& events, SessionStage stage)
{
    if (events.stage)
        events.stage(stage);
}

} // namespace

QString stageName(SessionStage stage)
{
    switch (stage) {
    case SessionStage::ReadingCorpus: return QStringLiteral("reading the corpus");
    case SessionStage::BuildingVocabulary: return QStringLiteral("building the vocabulary");
    case SessionStage::LoadingCheckpoint: return QStringLiteral("loading the latest checkpoint");
    case SessionStage::EncodingCorpus: return QStringLiteral("encoding the corpus");
    case SessionStage::BuildingModel: return QStringLiteral("building the model");
    }
    return QString();
}

Corpus readRunCorpus(const QString& path, CorpusFormat format, const SessionEvents& events)
{
    announce(events, SessionStage::ReadingCorpus);
    CorpusOptions options;
    options.format = format;
    options.progress = events.corpusProgress;
    return readCorpus(path.toStdString(), options);
}

TrainingSession::TrainingSession(RunDirectory run, Vocabulary vocabulary, SessionEvents events,
                                 std::shared_ptr<ProcessGroup> group) :
    run_(std::move(run)),
    vocabulary_(std::move(vocabulary)), events_(std::move(events)), group_(std::move(group)),
    writes_(isRankZero(group_.get()))
{ }

namespace {

// The job's size goes into run.json; a global batch it does not split evenly is refused before anything is
// written.
void recordWorld(RunSettings& settings, const ProcessGroup* group)
{
    settings.worldSize = group ? group->size() : 1;
    settings.backend = group && group->size() > 1 ? QString::fromStdString(group->backend()) : QString();
    checkBatchSplits(settings.training.batchSize, settings.worldSize);
}

// The model's sizes, before the corpus is read: the vocabulary's real size is known only after it.
void checkSizes(const RunSettings& settings, const QString& runPath)
{
    ModelConfig sizes = settings.model;
    sizes.vocabSize = 15000;
    if (checkConfig(sizes).code != ConfigProblem::Code::None)
        throw RunError(Problem::impossibleModel(runPath, sizes));
}

// What a new run's run.json says before its first step.
void stampNewRun(RunSettings& settings, const QString& runPath)
{
    settings.dataset.sequenceLength = settings.model.sequenceLength;
    settings.training.device = settings.device.isEmpty() ? settings.training.device : settings.device.toStdString();
    settings.libtorchVersion = libtorchVersion();
    settings.status = RunStatus::Created;
    if (settings.name.isEmpty())
        settings.name = QDir(runPath).dirName();
}

} // namespace

std::unique_ptr<TrainingSession> TrainingSession::create(const QString& runPath, RunSettings settings,
                                                         const SessionEvents& events,
                                                         std::shared_ptr<ProcessGroup> group)
{
    const bool writes = isRankZero(group.get());
    if (writes && QDir(runPath).exists(QStringLiteral("run.json")))
        throw RunError({Problem::Code::RunExists, {runPath}});
    recordWorld(settings, group.get());
    checkSizes(settings, runPath);
    const Corpus corpus = readRunCorpus(settings.corpusPath, settings.corpusFormat, events);
    settings.corpus = fingerprintOf(corpus);
    settings.corpusFormat = corpus.report.format;

    announce(events, SessionStage::BuildingVocabulary);
    Vocabulary vocabulary
        = Vocabulary::adapt(corpus.documents, {settings.tokenizer, static_cast<std::size_t>(settings.maxTokens)});
    settings.model.vocabSize = static_cast<std::int64_t>(vocabulary.size());
    stampNewRun(settings, runPath);

    std::unique_ptr<TrainingSession> session(new TrainingSession(writes ? RunDirectory::create(runPath, settings)
                                                                        : RunDirectory::detached(runPath, settings),
                                                                 std::move(vocabulary), events, std::move(group)));
    if (writes) {
        session->lock_ = std::make_unique<RunLock>(session->run_.path());
        try {
            session->vocabulary_.save(session->run_.vocabularyPath().toStdString());
        } catch (const std::exception& error) {
            throw RunError(Problem::from(error));
        }
    }
    session->buildTrainer(corpus.documents);
    return session;
}

void TrainingSession::prepare(const QString& runPath, RunSettings settings)
{
    if (QDir(runPath).exists(QStringLiteral("run.json")))
        throw RunError({Problem::Code::RunExists, {runPath}});
    checkSizes(settings, runPath);
    settings.corpus = CorpusFingerprint(); // unknown until the corpus is read
    stampNewRun(settings, runPath);
    RunDirectory::create(runPath, settings);
}

std::unique_ptr<TrainingSession> TrainingSession::resume(const QString& runPath, const ResumeOverrides& overrides,
                                                         const SessionEvents& events,
                                                         std::shared_ptr<ProcessGroup> group)
{
    const bool writes = isRankZero(group.get());
    RunDirectory run = RunDirectory::open(runPath);
    std::unique_ptr<RunLock> lock;
    if (writes) {
        lock = std::make_unique<RunLock>(run.path());
        run.removeUnfinishedWrites(); // a process killed while writing a checkpoint left half of it
    }
    RunSettings& settings = run.settings();
    recordWorld(settings, group.get());
    const Corpus corpus = readRunCorpus(settings.corpusPath, settings.corpusFormat, events);
    const CorpusFingerprint found = fingerprintOf(corpus);
    const bool neverStarted = !QFile::exists(run.vocabularyPath()) && run.checkpointEpochs().isEmpty()
        && !QFile::exists(run.latestCheckpointPath());
    // Prepared (settings only): its corpus is read for the first time. What this process read in run.json
    // says so, not the folder: rank 0 of the same job may have written the vocabulary since, and a first start
    // killed before it recorded the corpus left one behind.
    const bool prepared = settings.corpus.hash.isEmpty();
    if (prepared) {
        settings.corpus = found;
        settings.corpusFormat = corpus.report.format;
    } else if (!(found == settings.corpus))
        throw RunError(
            {Problem::Code::CorpusChanged,
             {settings.corpusPath, QString::number(settings.corpus.documents), QString::number(settings.corpus.bytes),
              QString::number(found.documents), QString::number(found.bytes)}});
    Vocabulary vocabulary = [&] {
        // A run created with its settings only (prepared, a duplicate, or one killed while reading its corpus)
        // builds its vocabulary now; every rank builds the same one from the same corpus.
        if (neverStarted || prepared) {
            announce(events, SessionStage::BuildingVocabulary);
            Vocabulary built = Vocabulary::adapt(corpus.documents,
                                                 {settings.tokenizer, static_cast<std::size_t>(settings.maxTokens)});
            settings.model.vocabSize = static_cast<std::int64_t>(built.size());
            if (writes)
                built.save(run.vocabularyPath().toStdString());
            return built;
        }
        try {
            return Vocabulary::load(run.vocabularyPath().toStdString(), settings.tokenizer);
        } catch (const std::exception& error) {
            throw RunError(Problem::from(error));
        }
    }();
    if (static_cast<std::int64_t>(vocabulary.size()) != settings.model.vocabSize)
        throw RunError(
            {Problem::Code::VocabularyAltered,
             {run.vocabularyPath(), QString::number(vocabulary.size()), QString::number(settings.model.vocabSize)}});
    if (overrides.epochs)
        settings.training.epochs = *overrides.epochs;
    if (overrides.maxSteps)
        settings.training.maxSteps = *overrides.maxSteps;
    if (overrides.device) {
        settings.training.device = *overrides.device;
        settings.device = QString::fromStdString(*overrides.device);
    }
    if (overrides.threads)
        settings.training.threads = *overrides.threads;

    std::unique_ptr<TrainingSession> session(
        new TrainingSession(std::move(run), std::move(vocabulary), events, std::move(group)));
    session->lock_ = std::move(lock);
    session->buildTrainer(corpus.documents);
    RunDirectory& folder = session->run_;
    const QString latest = folder.latestCheckpointPath();
    qint64 resumeStep = 0;
    if (QFile::exists(latest)) {
        announce(events, SessionStage::LoadingCheckpoint);
        resumeStep = session->trainer_->loadCheckpoint(latest.toStdString()).step;
    }
    if (writes)
        folder.truncateMetricsAfter(resumeStep);
    const MetricsFile metrics = RunDirectory::readMetrics(folder.metricsPath());
    session->elapsedOffset_ = metrics.rows.empty() ? 0.0 : metrics.rows.back().elapsedSeconds;
    folder.settings().step = resumeStep;
    folder.settings().epoch = session->trainer_->epoch();
    return session;
}

void TrainingSession::buildTrainer(const std::vector<std::string>& documents)
{
    RunSettings& settings = run_.settings();
    announce(events_, SessionStage::EncodingCorpus);
    data_ = buildLmDataset(documents, vocabulary_, settings.dataset);
    announce(events_, SessionStage::BuildingModel);
    try {
        trainer_ = std::make_unique<Trainer>(settings.model, settings.training, data_, vocabulary_.fingerprint(),
                                             std::string(tokenizerName(settings.tokenizer)));
    } catch (const std::invalid_argument& error) {
        throw RunError(Problem::from(error));
    }
    trainer_->joinGroup(group_);
    settings.parameters = trainer_->model().parameterCount();
    settings.device = QString::fromStdString(trainer_->device().str());
    if (writes_)
        run_.saveSettings();
}

void TrainingSession::saveLatest(double validationLoss)
{
    trainer_->saveCheckpoint(run_.latestCheckpointPath().toStdString(), run_.path().toStdString(), validationLoss);
}

void TrainingSession::writeEpochSamples(std::int64_t epoch)
{
    const EpochSampling& sampling = run_.settings().epochSamples;
    if (!sampling.enabled || epoch % sampling.everyEpochs != 0)
        return;
    const QString path = run_.epochSamplesPath(epoch);
    Problem error;
    try {
        const Generator generator(trainer_->modelPointer(), vocabulary_, trainer_->device());
        GenerationRequest request;
        request.prompt = sampling.prompt.toStdString();
        request.length = sampling.length;
        request.topCandidates = 0;
        SamplerSettings sampler;
        sampler.seed = sampling.seed; // the same draws at every temperature and every epoch
        request.columns = temperatureColumns(sampling.temperatures, sampler);
        const GenerationResult result = generator.generate(request);
        SampleSet set = sampleSetHeader(run_, epoch, trainer_->globalStep(), run_.epochCheckpointPath(epoch),
                                        sampling.prompt, sampling.length);
        for (const GeneratedColumn& column : result.columns)
            set.samples.push_back({column.sampler, {}, QString::fromStdString(column.text)});
        QDir().mkpath(run_.samplesPath());
        writeSampleSet(path, set);
    } catch (const std::exception& failure) {
        error = Problem::from(failure);
    }
    if (events_.epochSamples)
        events_.epochSamples(error.isNone() ? path : QString(), error);
}

void TrainingSession::fail(const Problem& reason)
{
    if (!writes_)
        return;
    RunSettings& settings = run_.settings();
    settings.status = RunStatus::Failed;
    settings.statusReason = reason;
    try {
        run_.flushMetrics();
        run_.saveSettings();
    } catch (const std::exception&) {
        // The disk that failed the run may refuse this too; the reason still reaches the caller.
    }
}

void TrainingSession::train()
{
    RunSettings& settings = run_.settings();
    settings.status = RunStatus::Running;
    settings.statusReason = {};
    if (writes_)
        run_.saveSettings();

    QElapsedTimer clock;
    clock.start();
    double secondsPerStep = 0.0;
    qint64 lastStepAt = 0;
    qint64 savedStep = trainer_->globalStep();
    TrainingCallbacks callbacks;
    callbacks.shouldStop = events_.shouldStop;
    if (group_ && group_->size() > 1) {
        // Every rank stops at the same step: when any was asked to (Ctrl+C reaches them all, not at once).
        callbacks.shouldStop = [this] {
            const bool asked = events_.shouldStop && events_.shouldStop();
            std::vector<torch::Tensor> flag{torch::tensor({asked ? 1.0 : 0.0}, torch::kDouble)};
            group_->sum(flag);
            return flag[0][0].item<double>() > 0.0;
        };
    }
    callbacks.onStep = [&](const TrainingProgress& report) {
        const qint64 now = clock.nsecsElapsed();
        // The trainer's own time for the step: on CUDA the steps arrive in bursts, and the time between two
        // reports is then nothing, or a whole burst's.
        const double seconds = report.seconds > 0.0 ? report.seconds : static_cast<double>(now - lastStepAt) / 1e9;
        lastStepAt = now;
        secondsPerStep = secondsPerStep == 0.0 ? seconds : 0.9 * secondsPerStep + 0.1 * seconds;
        TrainingProgress progress = report;
        progress.etaSeconds
            = static_cast<double>(std::max<std::int64_t>(0, progress.totalSteps - report.step)) * secondsPerStep;
        progress.elapsedSeconds = elapsedOffset_ + static_cast<double>(now) / 1e9;
        MetricRow row;
        row.step = report.step;
        row.epoch = report.epoch;
        row.trainLoss = report.trainLoss;
        row.learningRate = report.learningRate;
        row.tokensPerSecond = report.tokensPerSecond;
        row.elapsedSeconds = progress.elapsedSeconds;
        if (writes_)
            run_.appendMetrics({row});
        if (events_.step)
            events_.step(progress);
    };
    callbacks.onEpoch = [&](const EpochReport& report) {
        if (!writes_) {
            if (events_.epoch)
                events_.epoch(report);
            return;
        }
        MetricRow row;
        row.step = report.step;
        row.epoch = report.epoch;
        row.validationLoss = report.validationLoss;
        row.elapsedSeconds = elapsedOffset_ + static_cast<double>(clock.nsecsElapsed()) / 1e9;
        run_.appendMetrics({row}, /*flush=*/true);
        const QString epochPath = run_.epochCheckpointPath(report.epoch + 1);
        trainer_->saveCheckpoint(epochPath.toStdString(), run_.path().toStdString(), report.validationLoss);
        publishFile(epochPath, run_.latestCheckpointPath());
        savedStep = report.step;
        settings.step = report.step;
        settings.epoch = report.epoch + 1;
        if (std::isfinite(report.validationLoss)
            && (!std::isfinite(settings.bestValidationLoss) || report.validationLoss < settings.bestValidationLoss))
            settings.bestValidationLoss = report.validationLoss;
        run_.saveSettings();
        if (events_.epoch)
            events_.epoch(report);
        writeEpochSamples(report.epoch + 1);
    };

    try {
        trainLoop(*trainer_, callbacks);
        stoppedEarly_ = !trainer_->finished();
        if (!writes_)
            return;
        run_.flushMetrics();
        if (trainer_->globalStep() != savedStep)
            saveLatest(std::nan(""));
        settings.step = trainer_->globalStep();
        settings.epoch = trainer_->epoch();
        settings.status = stoppedEarly_ ? RunStatus::Stopped : RunStatus::Finished;
        settings.statusReason
            = stoppedEarly_ ? Problem(Problem::Code::StoppedAtStep, {QString::number(settings.step)}) : Problem();
        run_.saveSettings();
    } catch (const std::exception& error) {
        fail(Problem::from(error));
        throw;
    }
}

} // namespace textgen
