// The self-checks: small runs whose outcome is known without a reference to compare against.
#include "self_check.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <limits>
#include <sys/sysinfo.h>
#include <torch/version.h>

#include "generator.h"
#include "json_line.h"
#include "split_mix64.h"
#include "trainer.h"

namespace textgen {

namespace {

std::string format(const char* pattern, double a, double b = 0.0, double c = 0.0)
{
    char text[256];
    std::snprintf(text, sizeof text, pattern, a, b, c);
    return text;
}

CheckResult result(std::string name, bool passed, std::string detail)
{
    return {std::move(name), passed ? CheckStatus::Passed : CheckStatus::Failed, std::move(detail), 0.0};
}

CheckResult skipped(std::string name, std::string why)
{
    return {std::move(name), CheckStatus::Skipped, std::move(why), 0.0};
}

// A run of `steps` steps of the self-check model: warm-up short enough that the rate peaks early.
TrainingOptions shortRun(const std::string& device, std::int64_t steps, std::int64_t batch = 16)
{
    TrainingOptions options = trainingDefaults(Preset::Gpt);
    options.device = device;
    options.batchSize = batch;
    options.learningRate = 3e-3;
    options.warmupSteps = 5;
    options.epochs = 1000;
    options.maxSteps = steps;
    options.seed = 20261202;
    return options;
}

// The losses of trainLoop from the trainer's state to its end (or to `stopAt` steps), as onStep reports them:
// the path the studio and `textgen train` take, which on CUDA reads losses in bursts.
std::vector<double> trainAndRecord(Trainer& trainer, std::int64_t stopAt = 0)
{
    std::vector<double> losses;
    TrainingCallbacks callbacks;
    callbacks.onStep = [&](const TrainingProgress& progress) { losses.push_back(progress.trainLoss); };
    callbacks.shouldStop = [&] { return stopAt > 0 && trainer.globalStep() >= stopAt; };
    trainLoop(trainer, callbacks);
    return losses;
}

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Tolerances: the CPU repeats itself to the bit; CUDA's atomic adds (embedding gradients) may sum in another
// order from one run to the next.
double repeatTolerance(const std::string& device)
{
    return resolveDevice(device).is_cuda() ? 1e-5 : 0.0;
}

GenerationRequest checkRequest(std::uint64_t seed)
{
    GenerationRequest request;
    request.prompt = "w2 w9 w16";
    request.length = 40; // past the model's 16 positions: the window slides
    SamplerSettings sampler;
    sampler.seed = seed;
    request.columns = temperatureColumns({0.2, 0.7, 1.0}, sampler);
    return request;
}

// A self-check model trained a few steps (peaked distributions, as a real run's), in eval mode.
std::shared_ptr<LanguageModel> trainedModel(const std::string& device, const LmDataset& data)
{
    Trainer trainer(selfCheckConfig(), shortRun(device, 30), data, 0, "word");
    trainAndRecord(trainer);
    std::shared_ptr<LanguageModel> model = trainer.modelPointer();
    model->eval();
    return model;
}

torch::Tensor probeLogits(LanguageModel& model, const torch::Device& device)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor ids = torch::arange(2, 2 + model.config().sequenceLength, torch::kLong).unsqueeze(0);
    return model.forward(ids.to(device)).to(torch::kCPU);
}

} // namespace

const char* checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Passed: return "pass";
    case CheckStatus::Failed: return "fail";
    case CheckStatus::Skipped: return "skip";
    }
    return "fail";
}

ModelConfig selfCheckConfig()
{
    ModelConfig config = presetConfig(Preset::Gpt);
    config.vocabSize = 64;
    config.sequenceLength = 16;
    config.embed = 64;
    config.heads = 2;
    config.feedForward = 128;
    config.layers = 2;
    config.dropout = 0.1;
    return config;
}

LmDataset learnableDataset(const ModelConfig& config, std::size_t sequences, std::uint64_t seed)
{
    const std::int64_t length = config.sequenceLength;
    const std::int64_t words = config.vocabSize - 2;
    std::vector<std::int32_t> tokens;
    tokens.reserve(sequences * static_cast<std::size_t>(length));
    SplitMix64 random(seed);
    for (std::size_t s = 0; s < sequences; ++s) {
        std::int64_t token = static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(words)));
        for (std::int64_t i = 0; i < length; ++i) {
            tokens.push_back(static_cast<std::int32_t>(2 + token));
            token = (7 * token + 3) % words;
        }
    }
    LmDataset data;
    data.train = TokenSequences(std::move(tokens), length, length, sequences);
    return data;
}

double largestDifference(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size())
        return std::numeric_limits<double>::infinity();
    double largest = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        largest = std::max(largest, std::abs(a[i] - b[i]));
    return largest;
}

CheckResult checkLossFalls(const std::string& device)
{
    const ModelConfig config = selfCheckConfig();
    const LmDataset data = learnableDataset(config, 512, 1);
    Trainer trainer(config, shortRun(device, 60), data, 0, "word");
    const std::vector<double> losses = trainAndRecord(trainer);
    if (losses.size() != 60)
        return result("loss_falls", false, "the run reported " + std::to_string(losses.size()) + " of 60 steps");
    const auto mean = [&](std::size_t first) {
        double sum = 0.0;
        for (std::size_t i = first; i < first + 5; ++i)
            sum += losses[i];
        return sum / 5.0;
    };
    const double start = mean(0), end = mean(55);
    return result("loss_falls", end <= 0.8 * start,
                  format("mean loss of steps 1-5 %.4f, of steps 56-60 %.4f (must fall to 0.8x or below)", start, end));
}

CheckResult checkResumeIdentical(const std::string& device, const std::string& scratch)
{
    const ModelConfig config = selfCheckConfig();
    const LmDataset data = learnableDataset(config, 256, 2); // 16 batches an epoch: the stop is mid-epoch
    constexpr std::int64_t kStop = 11, kEnd = 24;
    Trainer whole(config, shortRun(device, kEnd), data, 0, "word");
    const std::vector<double> reference = trainAndRecord(whole);

    Trainer first(config, shortRun(device, kEnd), data, 0, "word");
    const std::vector<double> before = trainAndRecord(first, kStop);
    const std::string path = scratch + "/resume.pt";
    first.saveCheckpoint(path, scratch, std::nan(""));
    Trainer second(config, shortRun(device, kEnd), data, 0, "word");
    second.loadCheckpoint(path);
    std::vector<double> resumed = before;
    for (const double loss : trainAndRecord(second))
        resumed.push_back(loss);
    const double difference = largestDifference(reference, resumed);
    const double tolerance = repeatTolerance(device);
    const bool sameSteps = resumed.size() == reference.size();
    return result("resume_identical", sameSteps && difference <= tolerance,
                  format("dropout %.2f; stopped at step %.0f and resumed to %.0f", config.dropout,
                         static_cast<double>(kStop), static_cast<double>(kEnd))
                      + format("; largest loss difference from the run that never stopped %.3g (tolerance %.0g)",
                               difference, tolerance)
                      + (sameSteps ? "" : "; the step counts differ"));
}

CheckResult checkDecodeEqualsRecompute(const std::string& device)
{
    const ModelConfig config = selfCheckConfig();
    const LmDataset data = learnableDataset(config, 256, 3);
    const Vocabulary vocabulary = numberedVocabulary(config.vocabSize);
    const Generator generator(trainedModel(device, data), vocabulary, resolveDevice(device));
    const GenerationRequest request = checkRequest(42);
    const GenerationResult cached = generator.generate(request);
    const GenerationResult recomputed = generator.generateByRecomputation(request);
    constexpr double kTolerance = 1e-4;
    std::size_t differentTokens = 0, compared = 0;
    double largest = 0.0;
    for (std::size_t c = 0; c < cached.columns.size(); ++c) {
        const auto& a = cached.columns[c].tokens;
        const auto& b = recomputed.columns[c].tokens;
        for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i, ++compared) {
            differentTokens += a[i].id != b[i].id;
            largest = std::max(largest, static_cast<double>(std::abs(a[i].probability - b[i].probability)));
        }
        differentTokens += std::max(a.size(), b.size()) - std::min(a.size(), b.size());
    }
    return result("decode_equals_recompute", differentTokens == 0 && largest <= kTolerance,
                  format("%.0f tokens in 3 columns of 40 past a 16-position window: %.0f differ; largest "
                         "probability difference %.3g",
                         static_cast<double>(compared), static_cast<double>(differentTokens), largest)
                      + format(" (tolerance %.0e)", kTolerance));
}

CheckResult checkSamplingReproducible(const std::string& device)
{
    const ModelConfig config = selfCheckConfig();
    const LmDataset data = learnableDataset(config, 256, 4);
    const Vocabulary vocabulary = numberedVocabulary(config.vocabSize);
    const Generator generator(trainedModel(device, data), vocabulary, resolveDevice(device));
    const auto texts = [&](std::uint64_t seed) {
        std::vector<std::string> columns;
        for (const GeneratedColumn& column : generator.generate(checkRequest(seed)).columns)
            columns.push_back(column.text);
        return columns;
    };
    const std::vector<std::string> first = texts(7), again = texts(7), other = texts(8);
    const bool same = first == again, differs = first != other;
    return result("sampling_reproducible", same && differs,
                  std::string("seed 7 twice: ") + (same ? "the same 3 columns" : "different columns")
                      + "; seed 8: " + (differs ? "other columns" : "the same columns"));
}

CheckResult checkCheckpointAcrossDevices(const std::string& device, const std::string& scratch)
{
    const torch::Device cuda = resolveDevice(device);
    if (!cuda.is_cuda())
        return skipped("checkpoint_across_devices", "needs a CUDA device");
    const ModelConfig config = selfCheckConfig();
    const LmDataset data = learnableDataset(config, 256, 5);
    constexpr double kTolerance = 1e-4;
    std::string detail;
    bool passed = true;
    // One way, then the other: trained on `from`, saved, loaded on `to`, the same logits.
    const std::vector<std::pair<std::string, torch::Device>> ways{{device, torch::kCPU}, {"cpu", cuda}};
    for (std::size_t way = 0; way < ways.size(); ++way) {
        const auto& [from, to] = ways[way];
        Trainer trainer(config, shortRun(from, 8), data, 0, "word");
        trainAndRecord(trainer);
        trainer.model().eval();
        const std::string path = scratch + "/across-" + std::to_string(way) + ".pt";
        trainer.saveCheckpoint(path, scratch, std::nan(""));
        const std::shared_ptr<LanguageModel> loaded = loadModel(path, config, 0, to);
        const double difference
            = (probeLogits(trainer.model(), trainer.device()) - probeLogits(*loaded, to)).abs().max().item<double>();
        passed = passed && difference <= kTolerance;
        // And a trainer on the other device resumes from it (no CUDA stream in a CPU checkpoint: the seed's).
        TrainingOptions more = shortRun(to.str(), 10);
        Trainer resumed(config, more, data, 0, "word");
        resumed.loadCheckpoint(path);
        const std::vector<double> losses = trainAndRecord(resumed);
        passed = passed && losses.size() == 2 && std::isfinite(losses.back());
        detail += (detail.empty() ? "" : "; ") + trainer.device().str() + " -> " + to.str()
            + format(": largest logit difference %.3g, then %.0f steps resumed there", difference,
                     static_cast<double>(losses.size()));
    }
    return result("checkpoint_across_devices", passed, detail + format(" (tolerance %.0e)", kTolerance));
}

CheckResult checkOversizedBatch(const std::string& device, const std::string& scratch)
{
    const torch::Device where = resolveDevice(device);
    std::ifstream overcommit("/proc/sys/vm/overcommit_memory");
    int policy = 0;
    if (!where.is_cuda() && overcommit >> policy && policy == 1)
        return skipped("oversized_batch",
                       "the kernel overcommits memory (vm.overcommit_memory = 1): a CPU "
                       "allocation never fails, the process is killed instead");
    ModelConfig config = selfCheckConfig();
    config.embed = where.is_cuda() ? 4096 : 1024; // the first activation, (B, T, C) floats, must not fit
    config.sequenceLength = 64;
    config.layers = 1;
    config.feedForward = 1024;
    double bytes = 1024.0 * 1024 * 1024 * 1024; // 1 TiB: more than any one GPU has
    if (!where.is_cuda()) {
        struct sysinfo memory { };
        ::sysinfo(&memory);
        bytes = 4.0 * static_cast<double>(memory.totalram + memory.totalswap) * memory.mem_unit;
    }
    const auto oversized
        = static_cast<std::int64_t>(bytes / static_cast<double>(config.sequenceLength * config.embed * 4));
    // Overlapping windows of one short stream: a batch that large costs one token a sequence to hold.
    std::vector<std::int32_t> stream(static_cast<std::size_t>(oversized + config.sequenceLength));
    SplitMix64 random(6);
    for (std::int32_t& token : stream)
        token = static_cast<std::int32_t>(2 + random.below(static_cast<std::uint64_t>(config.vocabSize - 2)));
    LmDataset data;
    data.train = TokenSequences(std::move(stream), config.sequenceLength, 1, static_cast<std::size_t>(oversized));

    // A run that saved a checkpoint after 3 steps, and its 4th step.
    Trainer reference(config, shortRun(device, 4, 4), data, 0, "word");
    for (int i = 0; i < 3; ++i)
        reference.step();
    const std::string path = scratch + "/oversized.pt";
    reference.saveCheckpoint(path, scratch, std::nan(""));
    const std::string saved = readBytes(path);
    const double fourth = reference.step();

    Trainer huge(config, shortRun(device, 4, oversized), data, 0, "word"); // the same run, asked too much
    std::string fault = "no error";
    bool outOfMemory = false;
    try {
        huge.step();
    } catch (const TrainingError& error) {
        outOfMemory = error.fault().code == FaultCode::OutOfMemory;
        fault = error.what();
    }
    const bool unchanged = readBytes(path) == saved;
    Trainer resumed(config, shortRun(device, 4, 4), data, 0, "word");
    resumed.loadCheckpoint(path);
    const double again = resumed.step();
    const double difference = std::abs(again - fourth);
    const bool passed = outOfMemory && unchanged && difference <= repeatTolerance(device);
    return result("oversized_batch", passed,
                  format("a batch of %.0f sequences (%.0f GB of activations first): ", static_cast<double>(oversized),
                         bytes / 1e9)
                      + "\"" + fault + "\"; checkpoint " + (unchanged ? "unchanged" : "CHANGED")
                      + format("; the resumed step's loss differs by %.3g", difference));
}

CheckResult checkPrecisionTracksFloat32(const std::string& device, const std::string& precision, int steps)
{
    const std::string name = "precision_" + precision;
    const std::optional<Precision> reduced = precisionFromName(precision);
    if (!reduced)
        return result(name, false, "unknown precision");
    if (*reduced == Precision::Tf32 && !resolveDevice(device).is_cuda())
        return skipped(name, "TF32 is a CUDA mode: the CPU computes in float32");
    const ModelConfig config = selfCheckConfig();
    const LmDataset data = learnableDataset(config, 1024, 7);
    TrainingOptions options = shortRun(device, steps);
    Trainer exact(config, options, data, 0, "word");
    const std::vector<double> fp32 = trainAndRecord(exact);
    options.precision = *reduced;
    Trainer lower(config, options, data, 0, "word");
    const std::vector<double> other = trainAndRecord(lower);
    // Rounding changes the path the weights take, so the curves part slowly: the bound is on each step's
    // loss relative to float32's, and on where the run ends.
    constexpr double kTolerance = 0.05;
    double largest = 0.0;
    std::size_t at = 0;
    for (std::size_t i = 0; i < std::min(fp32.size(), other.size()); ++i) {
        const double relative = std::abs(other[i] - fp32[i]) / fp32[i];
        if (relative > largest) {
            largest = relative;
            at = i + 1;
        }
    }
    const bool passed = fp32.size() == other.size() && largest <= kTolerance;
    return result(name, passed,
                  format("%.0f steps: largest relative loss difference from float32 %.4f at step %.0f",
                         static_cast<double>(fp32.size()), largest, static_cast<double>(at))
                      + format("; final losses %.4f and %.4f", fp32.back(), other.back())
                      + format(" (tolerance %.2f)", kTolerance));
}

std::vector<CheckResult> runSelfChecks(const SelfCheckOptions& options)
{
    std::filesystem::create_directories(options.scratch);
    const std::string& device = options.device;
    using Check = std::pair<const char*, std::function<CheckResult()>>;
    const std::vector<Check> checks{
        {"loss_falls", [&] { return checkLossFalls(device); }},
        {"resume_identical", [&] { return checkResumeIdentical(device, options.scratch); }},
        {"decode_equals_recompute", [&] { return checkDecodeEqualsRecompute(device); }},
        {"sampling_reproducible", [&] { return checkSamplingReproducible(device); }},
        {"checkpoint_across_devices", [&] { return checkCheckpointAcrossDevices(device, options.scratch); }},
        {"oversized_batch", [&] { return checkOversizedBatch(device, options.scratch); }},
        {"precision_tf32", [&] { return checkPrecisionTracksFloat32(device, "tf32", options.precisionSteps); }},
        {"precision_bf16", [&] { return checkPrecisionTracksFloat32(device, "bf16", options.precisionSteps); }},
    };
    std::vector<CheckResult> results;
    for (const auto& [name, check] : checks) {
        const auto start = std::chrono::steady_clock::now();
        CheckResult outcome;
        try {
            outcome = check();
        } catch (const std::exception& error) {
            outcome = result(name, false, std::string("error: ") + error.what());
        }
        outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        results.push_back(std::move(outcome));
    }
    return results;
}

std::string selfCheckJson(const std::string& device, const std::vector<CheckResult>& results)
{
    const bool passed = std::none_of(results.begin(), results.end(),
                                     [](const CheckResult& r) { return r.status == CheckStatus::Failed; });
    std::string checks = "[";
    for (const CheckResult& r : results)
        checks += (checks.size() > 1 ? ", " : "")
            + JsonLine()
                  .add("name", r.name)
                  .add("status", std::string(checkStatusName(r.status)))
                  .add("detail", r.detail)
                  .add("seconds", r.seconds)
                  .str();
    return JsonLine()
        .add("device", resolveDevice(device).str())
        .add("libtorch", std::string(TORCH_VERSION))
        .addJson("passed", passed ? "true" : "false")
        .addJson("checks", checks + "]")
        .str();
}

} // namespace textgen
