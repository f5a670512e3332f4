// `textgen bench ...`: measurements printed as one JSON line. Benchmarks measure; tests assert.
#include "cli_support.h"
#include "commands.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <utility>
#include <vector>

#include <unistd.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include "decode_floor.h"
#include "generator.h"
#include "inspection.h"
#include "training_controller.h"
#include "train_benchmark.h"
#include "vocabulary.h"

namespace textgen::cli {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// A preset's model with random weights (seeded) and a vocabulary of its size: generation costs the same
// whatever the weights.
struct RandomModel {
    ModelConfig config;
    Vocabulary vocabulary;
    std::shared_ptr<LanguageModel> model;
};

RandomModel randomModel(Preset preset)
{
    const ModelConfig config = presetConfig(preset);
    torch::manual_seed(1);
    return {config, numberedVocabulary(config.vocabSize), makeModel(config)};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The median of `repeats` timings of `work`, in seconds.
template <typename Work> double medianSeconds(int repeats, Work&& work)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        work();
        times.push_back(secondsSince(start));
    }
    return median(std::move(times));
}

int benchVectorize(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times reading a corpus, adapting a vocabulary on it and encoding it (medians of --repeats runs).\n"
        "Prints {\"documents\", \"MB\", \"read_MBps\", \"adapt_MBps\", \"encode_MBps\" (every core), \"threads\",\n"
        "\"adapt_1_thread_MBps\", \"encode_1_thread_MBps\", ...} on one line."));
    parser.addPositionalArgument(QStringLiteral("CORPUS"), QStringLiteral("The corpus to vectorize."));
    parser.addOption({QStringLiteral("tokenizer"), QStringLiteral("word or char."), QStringLiteral("word|char"),
                      QStringLiteral("word")});
    parser.addOption({QStringLiteral("max-tokens"), QStringLiteral("Vocabulary size."), QStringLiteral("N"),
                      QStringLiteral("15000")});
    parser.addOption({QStringLiteral("repeats"), QStringLiteral("Timed repetitions of adapt and encode."),
                      QStringLiteral("N"), QStringLiteral("3")});
    if (!parseArguments(parser, arguments, 1, QStringLiteral("CORPUS")))
        return 0;
    VocabularyOptions options;
    options.tokenizer = tokenizerOption(parser, QStringLiteral("tokenizer"));
    options.maxTokens = static_cast<std::size_t>(integerOption(parser, QStringLiteral("max-tokens"), 0));
    const int repeats = static_cast<int>(integerOption(parser, QStringLiteral("repeats"), 1));

    const auto readStart = Clock::now();
    const Corpus corpus = readCorpusReporting(parser.positionalArguments().at(0), CorpusFormat::Auto);
    const double readSeconds = secondsSince(readStart);
    const double megabytes = static_cast<double>(corpus.report.bytes) / 1e6;

    // Every core (what the studio and `textgen train` do), then one thread (what a plain Python loop does).
    std::size_t vocabularySize = 0;
    std::size_t tokens = 0;
    const auto timeBoth = [&](int threads, double& adaptSeconds, double& encodeSeconds) {
        VocabularyOptions counting = options;
        counting.threads = threads;
        adaptSeconds
            = medianSeconds(repeats, [&] { vocabularySize = Vocabulary::adapt(corpus.documents, counting).size(); });
        const Vocabulary vocabulary = Vocabulary::adapt(corpus.documents, counting);
        encodeSeconds = medianSeconds(repeats, [&] {
            std::size_t unknown = 0;
            tokens = 0;
            for (const std::vector<std::int32_t>& ids : vocabulary.encodeAll(corpus.documents, unknown, threads))
                tokens += ids.size();
        });
    };
    const int threads = everyCore();
    double adaptSeconds = 0, encodeSeconds = 0, adaptOneSeconds = 0, encodeOneSeconds = 0;
    timeBoth(threads, adaptSeconds, encodeSeconds);
    timeBoth(1, adaptOneSeconds, encodeOneSeconds);

    JsonLine line;
    line.add("documents", static_cast<long long>(corpus.documents.size()))
        .add("MB", megabytes, 6)
        .add("read_MBps", megabytes / readSeconds, 1)
        .add("adapt_MBps", megabytes / adaptSeconds, 1)
        .add("encode_MBps", megabytes / encodeSeconds, 1)
        .add("threads", static_cast<long long>(threads))
        .add("adapt_1_thread_MBps", megabytes / adaptOneSeconds, 1)
        .add("encode_1_thread_MBps", megabytes / encodeOneSeconds, 1)
        .add("tokens", static_cast<long long>(tokens))
        .add("vocabulary", static_cast<long long>(vocabularySize));
    std::puts(line.str().c_str());
    return 0;
}

int benchTrain(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trains a preset on random tokens (no corpus needed) and prints one JSON line: ms_per_step (median after\n"
        "warm-up), tokens_per_s, peak_rss_mb, faults_per_step (pages taken from the system), and sgemm_floor_ms:\n"
        "the step's weight products (forward, input and weight gradients) timed alone as BLAS products in the\n"
        "same run, with to_floor, the step's ratio to it."));
    const auto option = [&](const char* name, const char* help, const char* value, const char* fallback) {
        addValueOption(parser, name, help, value, fallback);
    };
    option("preset", "seed, gpt or lstm.", "seed|gpt|lstm", "seed");
    option("batch", "Batch size.", "B", "32");
    option("steps", "Timed steps.", "N", "10");
    option("warmup", "Untimed steps first.", "N", "2");
    option("device", "auto, cpu, cuda or cuda:N.", "auto|cpu|cuda|cuda:N", "auto");
    option("threads", "CPU threads for LibTorch (0: every core).", "N", "0");
    parser.addOption(
        {QStringLiteral("corpus"),
         QStringLiteral("Train on this corpus (document cutting, as the chapter) instead of random tokens."),
         QStringLiteral("PATH")});
    if (!parseArguments(parser, arguments, 0, {}))
        return 0;
    const Preset preset = presetOption(parser, QStringLiteral("preset"));
    const std::int64_t batch = integerOption(parser, QStringLiteral("batch"), 1);
    const std::int64_t steps = integerOption(parser, QStringLiteral("steps"), 1);
    const std::int64_t warmup = integerOption(parser, QStringLiteral("warmup"), 0);
    const int threads = threadsOption(parser, QStringLiteral("threads"));

    const ModelConfig config = presetConfig(preset);
    TrainingOptions options = trainingDefaults(preset);
    options.batchSize = batch;
    options.epochs = 1;
    options.device = parser.value(QStringLiteral("device")).toStdString();
    options.threads = threads;
    LmDataset data;
    ModelConfig model = config;
    if (parser.isSet(QStringLiteral("corpus"))) {
        // A real corpus: short documents leave padding, which the step skips in the output layer.
        const Corpus corpus = readCorpusReporting(parser.value(QStringLiteral("corpus")), CorpusFormat::Auto);
        const Vocabulary vocabulary = Vocabulary::adapt(corpus.documents, {});
        model.vocabSize = static_cast<std::int64_t>(vocabulary.size());
        data = buildLmDataset(corpus.documents, vocabulary, {model.sequenceLength, CutMode::Document, 0.0});
    } else {
        data = randomTokenDataset(config, static_cast<std::size_t>(batch * (steps + warmup)), options.seed);
    }
    const TrainBenchmark result
        = benchmarkTraining(model, options, data, static_cast<int>(warmup), static_cast<int>(steps));
    // After the step's peak memory is read: the floor's own gradients are large.
    const double floor = sgemmFloorMilliseconds(model, batch * (model.sequenceLength - 1), options.device);
    JsonLine line;
    line.add("preset", std::string(presetName(preset)))
        .add("batch", static_cast<long long>(batch))
        .add("device", result.device)
        .add("threads", static_cast<long long>(threads))
        .add("parameters", static_cast<long long>(result.parameters))
        .add("ms_per_step", result.millisecondsPerStep, 1)
        .add("tokens_per_s", result.tokensPerSecond, 0)
        .add("peak_rss_mb", result.peakResidentMegabytes, 0)
        .add("faults_per_step", result.pageFaultsPerStep, 0)
        .add("sgemm_floor_ms", floor, 1)
        .add("to_floor", result.millisecondsPerStep / floor, 2);
    std::puts(line.str().c_str());
    return 0;
}

int benchGenerate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times generating side-by-side columns with the cache, batched (cached_ms, median), against the chapter's\n"
        "method in the same run (recompute_ms: the whole model re-run for every token, one column at a time),\n"
        "and against the memory floor (floor_ms: every weight a step reads and the cache of keys and values at the\n"
        "generation's mean length, streamed once per token, measured between the timed generations;\n"
        "to_floor = cached_ms / floor_ms).\n"
        "Random weights: the cost does not depend on them."));
    const auto option = [&](const char* name, const char* help, const char* value, const char* fallback) {
        addValueOption(parser, name, help, value, fallback);
    };
    option("preset", "seed, gpt or lstm.", "seed|gpt|lstm", "seed");
    option("columns", "Columns generated together.", "K", "5");
    option("length", "Tokens per column.", "N", "50");
    option("repeats", "Timed repetitions of the cached path.", "N", "10");
    option("threads", "CPU threads for LibTorch (0: every core).", "N", "0");
    option("device", "auto, cpu, cuda or cuda:N.", "auto|cpu|cuda|cuda:N", "cpu");
    if (!parseArguments(parser, arguments, 0, {}))
        return 0;
    const Preset preset = presetOption(parser, QStringLiteral("preset"));
    const auto columns = static_cast<int>(integerOption(parser, QStringLiteral("columns"), 1));
    const auto length = static_cast<int>(integerOption(parser, QStringLiteral("length"), 1));
    const auto repeats = static_cast<int>(integerOption(parser, QStringLiteral("repeats"), 1));
    const int threads = threadsOption(parser, QStringLiteral("threads"));
    torch::set_num_threads(threads);
    const torch::Device device = resolveDevice(parser.value(QStringLiteral("device")).toStdString());

    const RandomModel random = randomModel(preset);
    const Vocabulary& vocabulary = random.vocabulary;
    const std::shared_ptr<LanguageModel>& model = random.model;
    model->to(device);
    const Generator generator(model, vocabulary, device);
    GenerationRequest request;
    request.prompt = "w10 w20 w30";
    request.length = length;
    std::vector<double> temperatures; // the chapter's, as many times over as the columns need
    for (int c = 0; c < columns; ++c)
        temperatures.push_back(kChapterTemperatures[static_cast<std::size_t>(c) % kChapterTemperatures.size()]);
    SamplerSettings sampler;
    sampler.seed = 42;
    request.columns = temperatureColumns(temperatures, sampler);
    const auto promptWords = static_cast<std::int64_t>(generator.generate(request).promptIds.size()); // warm-up
    // The cache is part of what a step must read: at the chapter's sizes 8 KB per position and column, 1.1 MB a
    // step over 5 x 50 words, next to 23.8 MB of weights. (On a GPU the floor reads the CPU's memory: no floor.)
    const std::int64_t cacheBytes = device.is_cpu() ? cacheBytesPerStep(*model, promptWords, columns, length) : 0;
    // The prompt's pass and the length - 1 steps after it each read every weight once: no faster than they stream.
    // Each generation is followed by a measure of the floor, so that both medians see the same machine: the
    // weights stream from an L3 that other tenants share, and the floor moved 70-140 GB/s within a minute on a
    // Zen 5 EPYC. The floor reads the parameters, the decoder its packed copy of them: an untimed generation
    // brings that copy back into the cache first, as the last word left it.
    std::vector<double> cachedMs, floorMsPerStep;
    DecodeFloor floor;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        generator.generate(request);
        cachedMs.push_back(secondsSince(start) * 1e3);
        floor = measureDecodeFloor(*model, 5, cacheBytes);
        floorMsPerStep.push_back(floor.millisecondsPerStep);
        generator.generate(request);
    }
    const double cached = median(cachedMs);
    const double floorMs = median(floorMsPerStep) * length;
    const double recompute = medianSeconds(1, [&] { generator.generateByRecomputation(request); }) * 1e3;
    JsonLine line;
    line.add("preset", std::string(presetName(preset)))
        .add("columns", static_cast<long long>(columns))
        .add("length", static_cast<long long>(length))
        .add("threads", static_cast<long long>(threads))
        .add("device", device.str())
        .add("cached_ms", cached, 1)
        .add("recompute_ms", recompute, 1)
        .add("speedup", recompute / cached, 1)
        .add("floor_mb_per_step", static_cast<double>(floor.bytesPerStep) / 1e6, 2)
        .add("floor_cache_mb_per_step", static_cast<double>(floor.cacheBytes) / 1e6, 2)
        .add("floor_gbps", static_cast<double>(floor.bytesPerStep) * length / floorMs / 1e6, 1)
        .add("floor_ms", floorMs, 1)
        .add("to_floor", cached / floorMs, 2);
    std::puts(line.str().c_str());
    return 0;
}

int benchLatency(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures how late a 5 ms timer of the UI thread fires while the training thread trains (what makes a\n"
        "window stutter). Prints p50_ms, p99_ms and max_ms of the lateness, and the steps trained meanwhile."));
    const auto option = [&](const char* name, const char* help, const char* value, const char* fallback) {
        addValueOption(parser, name, help, value, fallback);
    };
    option("corpus", "The corpus to train on.", "PATH", kDefaultCorpusPath.data());
    option("preset", "seed, gpt or lstm.", "seed|gpt|lstm", "seed");
    option("batch", "Batch size.", "B", "32");
    option("threads", "CPU threads of the training thread (0: every core).", "N", "0");
    option("seconds", "How long to measure once training runs.", "S", "20");
    if (!parseArguments(parser, arguments, 0, {}))
        return 0;
    const Preset preset = presetOption(parser, QStringLiteral("preset"));
    QTemporaryDir scratch;
    RunSettings settings;
    settings.corpusPath = parser.value(QStringLiteral("corpus"));
    settings.model = presetConfig(preset);
    settings.dataset.sequenceLength = settings.model.sequenceLength;
    settings.training = trainingDefaults(preset);
    settings.training.batchSize = integerOption(parser, QStringLiteral("batch"), 1);
    settings.training.device = "cpu";
    settings.training.threads = threadsOption(parser, QStringLiteral("threads"));
    settings.epochSamples.enabled = false;
    const qint64 seconds = integerOption(parser, QStringLiteral("seconds"), 1);

    TrainingController controller;
    QEventLoop loop;
    std::vector<double> lateness;
    qint64 steps = 0;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    qint64 expected = 0;
    QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max<double>(0.0, static_cast<double>(now - expected) / 1e6));
        expected = now + 5000000;
        if (now > seconds * 1000000000LL)
            controller.stop();
    });
    QObject::connect(&controller, &TrainingController::progress, &loop, [&](const QList<TrainingProgress>& points) {
        if (!probe.isActive()) {
            clock.start();
            expected = 5000000;
            probe.start();
        }
        steps += points.size();
    });
    Problem failure;
    QObject::connect(&controller, &TrainingController::failed, &loop, [&](const Problem& reason) { failure = reason; });
    QObject::connect(&controller, &TrainingController::trainingChanged, &loop, [&](bool training) {
        if (!training)
            loop.quit();
    });
    Problem refusal;
    if (!controller.start({scratch.filePath(QStringLiteral("run")), settings, {}}, &refusal))
        throw RunError(refusal);
    loop.exec();
    if (!failure.isNone())
        throw RunError(failure);
    std::sort(lateness.begin(), lateness.end());
    const auto percentile = [&](double q) {
        return lateness.empty()
            ? 0.0
            : lateness[std::min(lateness.size() - 1,
                                static_cast<std::size_t>(q * static_cast<double>(lateness.size())))];
    };
    JsonLine line;
    line.add("preset", std::string(presetName(preset)))
        .add("batch", static_cast<long long>(settings.training.batchSize))
        .add("threads", static_cast<long long>(settings.training.threads))
        .add("samples", static_cast<long long>(lateness.size()))
        .add("steps", static_cast<long long>(steps))
        .add("p50_ms", percentile(0.5), 2)
        .add("p99_ms", percentile(0.99), 2)
        .add("max_ms", lateness.empty() ? 0.0 : lateness.back(), 2);
    std::puts(line.str().c_str());
    return 0;
}

} // namespace

int benchInstrument(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the studio's views of one step and of training: the entropy curve at 100 temperatures\n"
        "(entropy_ms), 1,000 draws through the chain (draws_ms), a column of --length words with its logits\n"
        "kept and with its attention weights kept too (column_ms, column_with_attention_ms), all medians, and\n"
        "the checkpoint scrubber\n"
        "(scrub_ms): --checkpoints checkpoints written to disk, each loaded and continued for --length words, in\n"
        "the same run. Random weights: the cost does not depend on them."));
    const auto option = [&](const char* name, const char* help, const char* value, const char* fallback) {
        addValueOption(parser, name, help, value, fallback);
    };
    option("preset", "seed, gpt or lstm.", "seed|gpt|lstm", "seed");
    option("checkpoints", "Checkpoints the scrubber loads.", "N", "10");
    option("length", "Words per scrubber column.", "N", "50");
    option("threads", "CPU threads for LibTorch (0: every core).", "N", "0");
    if (!parseArguments(parser, arguments, 0, {}))
        return 0;
    const Preset preset = presetOption(parser, QStringLiteral("preset"));
    const auto checkpoints = static_cast<int>(integerOption(parser, QStringLiteral("checkpoints"), 1));
    const auto length = static_cast<int>(integerOption(parser, QStringLiteral("length"), 1));
    const int threads = threadsOption(parser, QStringLiteral("threads"));
    torch::set_num_threads(threads);

    const RandomModel random = randomModel(preset);
    const ModelConfig& config = random.config;
    const Vocabulary& vocabulary = random.vocabulary;
    const std::shared_ptr<LanguageModel>& model = random.model;
    const Generator generator(model, vocabulary);
    GenerationRequest request;
    request.prompt = "w10 w20 w30";
    request.length = length;
    SamplerSettings sampler;
    sampler.temperature = 0.7;
    sampler.seed = 42;
    request.columns = {ColumnRequest{sampler, {}}};
    request.keepLogitsOfColumn = 0;
    const GenerationResult result = generator.generate(request);
    const std::vector<float>& logits = result.columns.front().logits.front();
    const std::vector<double> grid = temperatureGrid(0.0, 2.0, 100);
    const double entropyMs = medianSeconds(21, [&] { entropyCurve(logits.data(), logits.size(), grid); }) * 1e3;
    const double drawsMs
        = medianSeconds(21, [&] { drawRepeatedly(logits.data(), logits.size(), sampler, result.promptIds, 1000, 7); })
        * 1e3;
    // What the studio asks of every regeneration: the watched column's logits, and its attention weights too.
    const double watchedMs = medianSeconds(7, [&] { generator.generate(request); }) * 1e3;
    GenerationRequest attending = request;
    attending.keepAttention = true;
    const double attentionMs = medianSeconds(7, [&] { generator.generate(attending); }) * 1e3;

    // The scrubber: every checkpoint's weights read from disk, then the same column continued from them.
    QTemporaryDir dir;
    std::vector<std::string> paths;
    for (int i = 0; i < checkpoints; ++i) {
        paths.push_back(dir.filePath(QStringLiteral("epoch-%1.pt").arg(i + 1)).toStdString());
        torch::serialize::OutputArchive archive;
        model->save(archive);
        archive.save_to(paths.back());
    }
    request.keepLogitsOfColumn = -1;
    request.topCandidates = 20;
    // One model, its weights replaced from each file in turn (as the studio's service does between checkpoints).
    double loadMs = 0.0;
    const auto start = Clock::now();
    auto scrubbed = makeModel(config);
    for (const std::string& path : paths) {
        const auto loading = Clock::now();
        torch::serialize::InputArchive archive;
        archive.load_from(path);
        scrubbed->load(archive);
        loadMs += secondsSince(loading) * 1e3;
        Generator(scrubbed, vocabulary).generate(request);
    }
    const double scrubMs = secondsSince(start) * 1e3;
    JsonLine line;
    line.add("preset", std::string(presetName(preset)))
        .add("threads", static_cast<long long>(threads))
        .add("vocabulary", static_cast<long long>(config.vocabSize))
        .add("entropy_temperatures", static_cast<long long>(grid.size()))
        .add("entropy_ms", entropyMs, 2)
        .add("draws", 1000LL)
        .add("draws_ms", drawsMs, 2)
        .add("column_ms", watchedMs, 1)
        .add("column_with_attention_ms", attentionMs, 1)
        .add("attention_overhead", attentionMs / watchedMs, 2)
        .add("scrub_checkpoints", static_cast<long long>(checkpoints))
        .add("scrub_length", static_cast<long long>(length))
        .add("scrub_ms", scrubMs, 0)
        .add("scrub_per_checkpoint_ms", scrubMs / checkpoints, 0)
        .add("scrub_load_ms", loadMs, 0);
    std::puts(line.str().c_str());
    return 0;
}

namespace {

constexpr Subcommand kBenchmarks[] = {
    {"vectorize", "read a corpus, adapt a vocabulary on it and encode it (CORPUS)", benchVectorize},
    {"train", "one training step of a preset, against the sgemm floor", benchTrain},
    {"generate", "side-by-side columns with the cache, against the chapter's method", benchGenerate},
    {"latency", "how late the UI thread's timer fires while training runs", benchLatency},
    {"instrument", "the studio's views: entropy curve, draws, attention, checkpoint scrub", benchInstrument},
};

} // namespace

int benchCommand(const QStringList& arguments)
{
    if (arguments.size() < 2)
        throw UsageError(QStringLiteral("missing what to measure (see textgen bench --help)"));
    const QString what = arguments.at(1);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        std::puts("Usage: textgen bench <benchmark> [options]\n"
                  "Measures one hot path and prints its figures as one JSON line.\n"
                  "Each benchmark has its own options: textgen bench <benchmark> --help.\n\n"
                  "Commands:");
        for (const Subcommand& benchmark : kBenchmarks)
            std::printf("  %-10s %s\n", benchmark.name, benchmark.summary);
        return 0;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + QLatin1Char(' ') + what);
    QStringList known;
    for (const Subcommand& benchmark : kBenchmarks) {
        if (what == QLatin1String(benchmark.name))
            return benchmark.run(rest);
        known << QLatin1String(benchmark.name);
    }
    throw UsageError(QStringLiteral("unknown benchmark '%1'; known: %2").arg(what, known.join(QStringLiteral(", "))));
}

} // namespace textgen::cli
