// `textgen train` (create or resume a run folder) and `textgen eval` (score a run on any corpus).
#include "cli_support.h"
#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "blas_probe.h"
#include "data_parallel.h"
#include "local_ranks.h"
#include "training_session.h"

namespace textgen::cli {

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted = true;
}

QString duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("?");
    const auto total = static_cast<qint64>(seconds + 0.5);
    return total >= 3600 ? QStringLiteral("%1:%2:%3")
                               .arg(total / 3600)
                               .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
                               .arg(total % 60, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

void addModelOptions(QCommandLineParser& parser)
{
    const auto option
        = [&](const char* name, const char* help, const char* value) { addValueOption(parser, name, help, value); };
    option("preset", "Model: seed (the chapter's), gpt or lstm. Default: seed.", "seed|gpt|lstm");
    option("tokenizer", "word (the chapter's) or char. Default: word.", "word|char");
    option("cut", "document (the chapter's: first tokens of each document) or stream. Default: document.",
           "document|stream");
    option("format", "How to read CORPUS: auto, files, fortune or paragraphs. Default: auto.",
           "auto|files|fortune|paragraphs");
    option("epochs", "Total epochs for the run. Default: 10.", "N");
    option("max-steps", "Total optimizer steps for the run (0: no limit).", "N");
    option("batch", "Batch size. Default: the preset's (seed: 256).", "B");
    option("lr", "Learning rate (the peak of the schedule for gpt and lstm).", "X");
    option("device", "auto (CUDA when present), cpu, cuda or cuda:N. Default: auto.", "auto|cpu|cuda|cuda:N");
    option("precision",
           "fp32; tf32 (CUDA's tensor cores for float32 products); or bf16 (the forward pass under bfloat16 autocast, "
           "float32 weights: CUDA, and CPUs with AVX512_BF16). Default: fp32.",
           "fp32|tf32|bf16");
    option("seed", "Random seed for weights, batch order and dropout. Default: 1337.", "S");
    option("threads", "CPU threads for LibTorch (0: its default). Default: every core.", "N");
    option("layers", "Decoder blocks or LSTM layers.", "N");
    option("embed", "Embedding width.", "N");
    option("heads", "Attention heads.", "N");
    option("ff", "Feed-forward width.", "N");
    option("seq-len", "Sequence length (the chapter's 100).", "N");
    option("vocab-size", "Vocabulary size, padding and [UNK] included (the chapter's 15000).", "N");
    option("dropout", "Dropout rate.", "X");
    option("validation", "Fraction of documents held out for validation. Default: 0.1.", "X");
    option("log-every", "When not on a terminal, print one line every N steps. Default: 50.", "N");
    option("nproc",
           "Train with N processes on this machine, each on its share of every batch (data-parallel over Gloo;\n"
           "--batch stays the whole batch). Under torchrun or SLURM leave it out: they start the processes.",
           "N");
    option("join-timeout", "Seconds the processes of a job wait for one another. Default: 300.", "S");
}

double realOption(const QCommandLineParser& parser, const QString& name, double minimum, double maximum)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value >= minimum && value <= maximum))
        throw UsageError(QStringLiteral("--%1 must be a number in [%2, %3], not '%4'")
                             .arg(name)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(parser.value(name)));
    return value;
}

RunSettings settingsFromOptions(const QCommandLineParser& parser, const QString& corpus)
{
    const auto isSet = [&](const char* name) { return parser.isSet(QLatin1String(name)); };
    const auto integer
        = [&](const char* name, long long minimum) { return integerOption(parser, QLatin1String(name), minimum); };
    const Preset preset = isSet("preset") ? presetOption(parser, QStringLiteral("preset")) : kDefaultPreset;
    RunSettings s;
    s.corpusPath = QDir(corpus).absolutePath();
    s.corpusFormat = isSet("format") ? corpusFormatOption(parser, QStringLiteral("format")) : CorpusFormat::Auto;
    s.tokenizer = isSet("tokenizer") ? tokenizerOption(parser, QStringLiteral("tokenizer")) : TokenizerKind::Word;
    if (isSet("cut")) {
        const auto cut = cutModeFromName(parser.value(QStringLiteral("cut")).toStdString());
        if (!cut)
            throw UsageError(
                QStringLiteral("--cut must be document or stream, not '%1'").arg(parser.value(QStringLiteral("cut"))));
        s.dataset.cut = *cut;
    }
    s.model = presetConfig(preset);
    if (isSet("layers"))
        s.model.layers = integer("layers", 1);
    if (isSet("embed"))
        s.model.embed = integer("embed", 1);
    if (isSet("heads"))
        s.model.heads = integer("heads", 1);
    if (isSet("ff"))
        s.model.feedForward = integer("ff", 1);
    if (isSet("seq-len"))
        s.model.sequenceLength = integer("seq-len", 2);
    if (isSet("dropout"))
        s.model.dropout = realOption(parser, QStringLiteral("dropout"), 0.0, 0.99);
    s.maxTokens = isSet("vocab-size") ? integer("vocab-size", 3) : s.model.vocabSize;
    s.dataset.sequenceLength = s.model.sequenceLength;
    if (isSet("validation"))
        s.dataset.validationFraction = realOption(parser, QStringLiteral("validation"), 0.0, 0.9);
    s.training = trainingDefaults(preset);
    s.training.threads = everyCore();
    if (isSet("epochs"))
        s.training.epochs = integer("epochs", 1);
    if (isSet("max-steps"))
        s.training.maxSteps = integer("max-steps", 0);
    if (isSet("batch"))
        s.training.batchSize = integer("batch", 1);
    if (isSet("lr"))
        s.training.learningRate = realOption(parser, QStringLiteral("lr"), 1e-12, 1e6);
    if (isSet("seed"))
        s.training.seed = static_cast<std::uint64_t>(integer("seed", 0));
    if (isSet("threads"))
        s.training.threads = static_cast<int>(integer("threads", 0));
    if (isSet("device"))
        s.training.device = parser.value(QStringLiteral("device")).toStdString();
    if (isSet("precision")) {
        const auto precision = precisionFromName(parser.value(QStringLiteral("precision")).toStdString());
        if (!precision)
            throw UsageError(QStringLiteral("--precision must be fp32, tf32 or bf16, not '%1'")
                                 .arg(parser.value(QStringLiteral("precision"))));
        s.training.precision = *precision;
    }
    return s;
}

// The options that are part of a run, each with how a run's settings spell its value. On --resume an option
// may repeat the run's value (the previous command line, with --resume added); a different one is refused.
struct RunOption {
    const char* name;
    const char* what; // as the refusal names it
    QString (*value)(const RunSettings& settings);
};

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

const RunOption kRunOptions[] = {
    {"preset", "preset", [](const RunSettings& s) { return QString::fromUtf8(presetName(s.model.preset).data()); }},
    {"tokenizer", "tokenizer",
     [](const RunSettings& s) { return QString::fromUtf8(tokenizerName(s.tokenizer).data()); }},
    {"cut", "cut", [](const RunSettings& s) { return QString::fromUtf8(cutModeName(s.dataset.cut).data()); }},
    {"format", "corpus format",
     [](const RunSettings& s) { return QString::fromUtf8(corpusFormatName(s.corpusFormat).data()); }},
    {"batch", "batch", [](const RunSettings& s) { return QString::number(s.training.batchSize); }},
    {"lr", "learning rate", [](const RunSettings& s) { return numberText(s.training.learningRate); }},
    {"precision", "precision",
     [](const RunSettings& s) { return QString::fromLatin1(precisionName(s.training.precision)); }},
    {"seed", "seed", [](const RunSettings& s) { return QString::number(s.training.seed); }},
    {"layers", "layers", [](const RunSettings& s) { return QString::number(s.model.layers); }},
    {"embed", "embedding width", [](const RunSettings& s) { return QString::number(s.model.embed); }},
    {"heads", "heads", [](const RunSettings& s) { return QString::number(s.model.heads); }},
    {"ff", "feed-forward width", [](const RunSettings& s) { return QString::number(s.model.feedForward); }},
    {"seq-len", "sequence length", [](const RunSettings& s) { return QString::number(s.model.sequenceLength); }},
    {"vocab-size", "vocabulary size", [](const RunSettings& s) { return QString::number(s.maxTokens); }},
    {"dropout", "dropout", [](const RunSettings& s) { return numberText(s.model.dropout); }},
    {"validation", "validation fraction",
     [](const RunSettings& s) { return numberText(s.dataset.validationFraction); }},
};

// What every rank of a job must share, one "name=value" per line: the build, the run, and every option that is
// part of the run, as this rank read them.
std::string agreementText(const QCommandLineParser& parser, const RunSettings& asked, bool resume)
{
    QStringList lines{QStringLiteral("textgen=") + QCoreApplication::applicationVersion(),
                      QStringLiteral("libtorch=") + libtorchVersion(),
                      QStringLiteral("--run=") + QDir(parser.value(QStringLiteral("run"))).absolutePath(),
                      QStringLiteral("--resume=") + (resume ? QStringLiteral("yes") : QStringLiteral("no")),
                      QStringLiteral("CORPUS=") + asked.corpusPath};
    for (const RunOption& option : kRunOptions)
        lines << QStringLiteral("--%1=%2").arg(QLatin1String(option.name), option.value(asked));
    for (const char* name : {"epochs", "max-steps", "device"})
        lines << QStringLiteral("--%1=%2").arg(QLatin1String(name), parser.value(QLatin1String(name)));
    return lines.join(QLatin1Char('\n')).toStdString();
}

// On a machine with GPUs, each rank of a job takes its own: "auto" and any "cuda" become cuda:LOCAL_RANK.
std::string rankDevice(const std::string& device, const std::optional<WorldInfo>& world)
{
    const bool cuda = device == "auto" || device.rfind("cuda", 0) == 0;
    if (!world || world->size == 1 || !cuda || !torch::cuda::is_available())
        return device;
    return "cuda:" + std::to_string(world->localRank % std::max<int>(1, static_cast<int>(torch::cuda::device_count())));
}

// The command line without --nproc and its value: what each local rank runs.
QStringList withoutProcessCount(QStringList arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--nproc")) {
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
            --i;
        } else if (arguments.at(i).startsWith(QLatin1String("--nproc="))) {
            arguments.remove(i--);
        }
    }
    return arguments;
}

// Throws UsageError for the first option (or CORPUS) that differs from the run's own value, naming both.
void checkOptionsMatchRun(const QCommandLineParser& parser, const QString& corpus, const RunSettings& run)
{
    // The same folder by another spelling (relative, through a link) is the same corpus.
    const auto canonical = [](const QString& path) {
        const QString resolved = QFileInfo(path).canonicalFilePath();
        return resolved.isEmpty() ? QDir(path).absolutePath() : resolved;
    };
    if (!corpus.isEmpty() && canonical(corpus) != canonical(run.corpusPath))
        throw UsageError(QStringLiteral("CORPUS %1 differs from the run's corpus %2: start a new run to change it")
                             .arg(QDir(corpus).absolutePath(), run.corpusPath));
    // The options as a new run would read them: the same parsing and checks, so "1e-3" equals 0.001.
    const RunSettings asked = settingsFromOptions(parser, corpus.isEmpty() ? run.corpusPath : corpus);
    for (const RunOption& option : kRunOptions) {
        if (!parser.isSet(QLatin1String(option.name)))
            continue;
        const QString askedValue = option.value(asked), runValue = option.value(run);
        if (askedValue != runValue)
            throw UsageError(QStringLiteral("--%1 %2 differs from the run's %3 %4: start a new run to change it")
                                 .arg(QLatin1String(option.name), parser.value(QLatin1String(option.name)),
                                      QLatin1String(option.what), runValue));
    }
}

} // namespace

int trainCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Trains a language model on CORPUS into the run folder DIR (run.json, vocab.txt, metrics.csv,\n"
                       "checkpoints/), or resumes the run in DIR. --epochs and --max-steps are the run's totals."));
    parser.addPositionalArgument(QStringLiteral("CORPUS"),
                                 QStringLiteral("The corpus (not needed with --resume; if given, the run's)."));
    parser.addOption({QStringLiteral("run"), QStringLiteral("The run folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("resume"),
                      QStringLiteral("Continue the run in DIR from its latest checkpoint. Options that are part\n"
                                     "of the run may repeat its values; --epochs, --max-steps, --device and\n"
                                     "--threads may change.")});
    addModelOptions(parser);
    if (!parseArguments(parser, arguments, -1, {}))
        return 0;
    if (!parser.isSet(QStringLiteral("run")))
        throw UsageError(QStringLiteral("--run DIR is required"));
    const bool resume = parser.isSet(QStringLiteral("resume"));
    const QStringList positional = parser.positionalArguments();
    if (!resume && positional.size() != 1)
        throw UsageError(positional.isEmpty() ? QStringLiteral("missing CORPUS")
                                              : QStringLiteral("unexpected argument '%1'").arg(positional.at(1)));
    if (resume && positional.size() > 1)
        throw UsageError(QStringLiteral("unexpected argument '%1'").arg(positional.at(1)));
    const int logEvery = parser.isSet(QStringLiteral("log-every"))
        ? static_cast<int>(integerOption(parser, QStringLiteral("log-every"), 1))
        : 50;

    // A data-parallel job: started here (--nproc), or by torchrun or SLURM, which put this rank in the
    // environment.
    const std::optional<WorldInfo> world = worldFromEnvironment([](const char* name) { return std::getenv(name); });
    const int processes = parser.isSet(QStringLiteral("nproc"))
        ? static_cast<int>(integerOption(parser, QStringLiteral("nproc"), 1))
        : 1;
    if (processes > 1) {
        if (world)
            throw UsageError(QStringLiteral("--nproc starts its own processes: leave it out under torchrun or SLURM, "
                                            "which started this one"));
        return runLocalRanks(withoutProcessCount(arguments).mid(1), processes, std::max(1, everyCore() / processes));
    }
    const QString runPath = parser.value(QStringLiteral("run"));
    std::optional<RunSettings> existing; // the run's settings when resuming, read once
    const auto runSettings = [&]() -> const RunSettings& {
        if (!existing)
            existing = RunDirectory::open(runPath).settings();
        return *existing;
    };
    // A rank's failure, named by its rank: the launcher shows every rank's errors together.
    const auto rankError = [&](const std::exception& error) {
        return std::runtime_error(QStringLiteral("rank %1 of %2: %3")
                                      .arg(world->rank)
                                      .arg(world->size)
                                      .arg(QString::fromUtf8(error.what()))
                                      .toStdString());
    };
    std::shared_ptr<ProcessGroup> group;
    if (world && world->size > 1) {
        // The launcher passes a stop on at any moment: a rank asked while the job still gathers stops at its
        // first step, with a checkpoint, instead of dying of the signal.
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
        const auto seconds = parser.isSet(QStringLiteral("join-timeout"))
            ? integerOption(parser, QStringLiteral("join-timeout"), 1)
            : 300;
        const RunSettings asked
            = settingsFromOptions(parser, resume ? positional.value(0, runSettings().corpusPath) : positional.at(0));
        try {
            group = ProcessGroup::join(*world, agreementText(parser, asked, resume), std::chrono::seconds(seconds));
        } catch (const std::exception& error) {
            throw rankError(error);
        }
    }
    // The ranks other than 0 train in silence; rank 0 speaks for the job, and alone writes the run.
    const bool speaks = isRankZero(group.get());

    const bool terminal = speaks && isTerminal(STDERR_FILENO);
    SessionEvents events;
    events.stage = [terminal, speaks](SessionStage stage) {
        if (!speaks)
            return;
        const QString what = stageName(stage);
        if (terminal)
            std::fprintf(stderr, "\r\033[K%s...", qPrintable(what));
        else
            std::fprintf(stderr, "%s...\n", qPrintable(what));
    };
    // The fault hook of tst_data_parallel: TEXTGEN_KILL_RANK=<rank> and TEXTGEN_KILL_AT_STEP=<step> kill that
    // rank with SIGKILL once it has taken that step, as a crash or the out-of-memory killer would.
    const char* killRank = std::getenv("TEXTGEN_KILL_RANK");
    const char* killStep = std::getenv("TEXTGEN_KILL_AT_STEP");
    const int rank = group ? group->rank() : 0;
    events.step = [&, killRank, killStep, rank](const TrainingProgress& p) {
        if (killRank && killStep && rank == std::atoi(killRank) && p.step == std::atoll(killStep))
            std::raise(SIGKILL);
        if (!speaks)
            return;
        if (terminal) {
            const int width = 24;
            const int filled = static_cast<int>(p.epochFraction * width + 0.5);
            std::fprintf(
                stderr, "\r\033[Kepoch %lld [%s%s] %3.0f%%  step %lld  loss %.4f  %.0f tok/s  ETA %s",
                static_cast<long long>(p.epoch + 1), std::string(static_cast<std::size_t>(filled), '#').c_str(),
                std::string(static_cast<std::size_t>(width - filled), '-').c_str(), p.epochFraction * 100.0,
                static_cast<long long>(p.step), p.trainLoss, p.tokensPerSecond, qPrintable(duration(p.etaSeconds)));
        } else if (p.step % logEvery == 0) {
            std::printf("step %lld epoch %lld (%.0f%%) loss %.4f lr %.3g %.0f tok/s eta %s\n",
                        static_cast<long long>(p.step), static_cast<long long>(p.epoch + 1), p.epochFraction * 100.0,
                        p.trainLoss, p.learningRate, p.tokensPerSecond, qPrintable(duration(p.etaSeconds)));
            std::fflush(stdout);
        }
    };
    events.epoch = [&](const EpochReport& e) {
        if (!speaks)
            return;
        if (terminal)
            std::fputs("\n", stderr);
        std::printf("epoch %lld done at step %lld: validation loss %.4f (perplexity %.1f)\n",
                    static_cast<long long>(e.epoch + 1), static_cast<long long>(e.step), e.validationLoss,
                    std::exp(e.validationLoss));
        std::fflush(stdout);
    };
    events.epochSamples = [](const QString& path, const Problem& error) {
        if (error.isNone())
            std::printf("samples of this epoch: %s\n", qPrintable(path));
        else
            std::printf("no samples this epoch: %s\n", qPrintable(error.english()));
        std::fflush(stdout);
    };
    events.shouldStop = [] { return interrupted.load(); };
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    if (const std::string warning = blasWarning(); !warning.empty())
        std::fprintf(stderr, "warning: %s\n", warning.c_str());

    std::unique_ptr<TrainingSession> session;
    if (resume) {
        checkOptionsMatchRun(parser, positional.value(0), runSettings());
        ResumeOverrides overrides;
        if (parser.isSet(QStringLiteral("epochs")))
            overrides.epochs = integerOption(parser, QStringLiteral("epochs"), 1);
        if (parser.isSet(QStringLiteral("max-steps")))
            overrides.maxSteps = integerOption(parser, QStringLiteral("max-steps"), 0);
        if (parser.isSet(QStringLiteral("device")))
            overrides.device = parser.value(QStringLiteral("device")).toStdString();
        if (group) {
            const std::string device = overrides.device.value_or(runSettings().training.device);
            if (const std::string own = rankDevice(device, world); own != device)
                overrides.device = own;
        }
        if (parser.isSet(QStringLiteral("threads")))
            overrides.threads = static_cast<int>(integerOption(parser, QStringLiteral("threads"), 0));
        session = TrainingSession::resume(runPath, overrides, events, group);
    } else {
        RunSettings settings = settingsFromOptions(parser, positional.at(0));
        settings.training.device = rankDevice(settings.training.device, world);
        session = TrainingSession::create(runPath, settings, events, group);
    }
    if (!speaks) {
        try {
            session->train();
        } catch (const std::exception& error) {
            throw rankError(error);
        }
        return session->stoppedEarly() ? 130 : 0;
    }
    const RunSettings& settings = session->run().settings();
    if (terminal)
        std::fputs("\r\033[K", stderr);
    const QString where = settings.worldSize > 1
        ? QStringLiteral("%1 x %2 (%3)").arg(settings.worldSize).arg(settings.device, settings.backend)
        : settings.device;
    std::printf("run %s: %s, %lld parameters, %s, %lld training sequences, %lld batches per epoch\n",
                qPrintable(session->run().path()), describeConfig(settings.model).c_str(),
                static_cast<long long>(settings.parameters), qPrintable(where),
                static_cast<long long>(session->trainer().batchesPerEpoch() * settings.training.batchSize),
                static_cast<long long>(session->trainer().batchesPerEpoch()));
    std::fflush(stdout);
    session->train();
    if (terminal)
        std::fputs("\n", stderr);

    const RunSettings& done = session->run().settings();
    const MetricsFile metrics = RunDirectory::readMetrics(session->run().metricsPath());
    double trainLoss = qQNaN(), validationLoss = qQNaN(), elapsed = 0.0;
    for (const MetricRow& row : metrics.rows) {
        if (std::isfinite(row.trainLoss))
            trainLoss = row.trainLoss;
        if (std::isfinite(row.validationLoss))
            validationLoss = row.validationLoss;
        elapsed = row.elapsedSeconds;
    }
    JsonLine line;
    line.add("run", session->run().path().toStdString())
        .add("status", runStatusName(done.status).toStdString())
        .add("steps", static_cast<long long>(done.step))
        .add("epochs", static_cast<long long>(done.epoch))
        .add("train_loss", trainLoss, 4)
        .add("val_loss", validationLoss, 4)
        .add("best_val_loss", done.bestValidationLoss, 4)
        .add("parameters", static_cast<long long>(done.parameters))
        .add("device", done.device.toStdString())
        .add("world_size", static_cast<long long>(done.worldSize))
        .add("elapsed_s", elapsed, 1);
    if (group)
        line.add("communication_s", group->communicationSeconds(), 2);
    std::puts(line.str().c_str());
    return session->stoppedEarly() ? 130 : 0;
}

int evalCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scores a run's checkpoint on every document of CORPUS, with the run's own vocabulary and cutting mode.\n"
        "Prints {\"tokens\", \"loss\", \"perplexity\"} on one line."));
    parser.addPositionalArgument(QStringLiteral("RUN"), QStringLiteral("The run folder."));
    parser.addPositionalArgument(QStringLiteral("CORPUS"), QStringLiteral("The corpus to score."));
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("latest, or an epoch number. Default: latest."),
                      QStringLiteral("latest|N"), QStringLiteral("latest")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("auto, cpu, cuda or cuda:N."),
                      QStringLiteral("auto|cpu|cuda|cuda:N"), QStringLiteral("auto")});
    parser.addOption(
        {QStringLiteral("batch"), QStringLiteral("Batch size."), QStringLiteral("B"), QStringLiteral("64")});
    if (!parseArguments(parser, arguments, 2, QStringLiteral("RUN and CORPUS")))
        return 0;
    const RunDirectory run = RunDirectory::open(parser.positionalArguments().at(0));
    const RunSettings& settings = run.settings();
    QString checkpoint = run.latestCheckpointPath();
    if (parser.value(QStringLiteral("checkpoint")) != QLatin1String("latest"))
        checkpoint = run.epochCheckpointPath(integerOption(parser, QStringLiteral("checkpoint"), 1));
    const Vocabulary vocabulary = Vocabulary::load(run.vocabularyPath().toStdString(), settings.tokenizer);
    const Corpus corpus = readCorpusReporting(parser.positionalArguments().at(1), CorpusFormat::Auto);
    DatasetOptions dataset = settings.dataset;
    dataset.validationFraction = 0.0; // every document is scored
    const LmDataset data = buildLmDataset(corpus.documents, vocabulary, dataset);
    const torch::Device device = resolveDevice(parser.value(QStringLiteral("device")).toStdString());
    const auto model = loadModel(checkpoint.toStdString(), settings.model, vocabulary.fingerprint(), device);
    torch::set_num_threads(everyCore()); // LibTorch's default is one thread
    const Evaluation result
        = evaluateModel(*model, data.train, integerOption(parser, QStringLiteral("batch"), 1), device);
    JsonLine line;
    line.add("tokens", static_cast<long long>(result.tokens))
        .add("loss", result.loss, 4)
        .add("perplexity", std::exp(result.loss), 2);
    std::puts(line.str().c_str());
    return 0;
}

} // namespace textgen::cli
