// textgen-engine: the engine alone, for machines with LibTorch and no Qt (a GPU server). It checks the
// device, measures training steps and generation; the full `textgen` tool and the studio need Qt.
//
//   textgen-engine selfcheck [--device D] [--json] [--scratch DIR] [--precision-steps N]
//   textgen-engine bench-train [--preset seed|gpt|lstm] [--batch B] [--steps N] [--warmup N] [--device D]
//                              [--threads N] [--precision fp32|tf32|bf16]
//   textgen-engine bench-generate [--preset seed|gpt|lstm] [--columns K] [--length N] [--repeats N] [--device D]
//   textgen-engine devices
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <unistd.h>

#include "generator.h"
#include "json_line.h"
#include "self_check.h"
#include "train_benchmark.h"

using namespace textgen;

namespace {

constexpr const char* kUsage
    = "usage: textgen-engine selfcheck [--device auto|cpu|cuda|cuda:N] [--json] [--scratch DIR] "
      "[--precision-steps N]\n"
      "       textgen-engine bench-train [--preset seed|gpt|lstm] [--batch B] [--steps N] [--warmup N] "
      "[--device D] [--threads N] [--precision fp32|tf32|bf16]\n"
      "       textgen-engine bench-generate [--preset seed|gpt|lstm] [--columns K] [--length N] [--repeats N] "
      "[--device D] [--threads N]\n"
      "       textgen-engine devices\n";

int usage(const std::string& reason)
{
    std::fprintf(stderr, "textgen-engine: %s\n%s", reason.c_str(), kUsage);
    return 2;
}

// "--name value" pairs, and the flags in `flags` that take no value. Returns false (with `error`) on a
// malformed line.
bool parseOptions(int argc, char* argv[], const std::vector<std::string>& flags,
                  std::map<std::string, std::string>& options, std::string& error)
{
    for (int i = 2; i < argc; ++i) {
        const std::string option = argv[i];
        if (option.rfind("--", 0) != 0) {
            error = "unexpected argument " + option;
            return false;
        }
        const std::string name = option.substr(2);
        if (std::find(flags.begin(), flags.end(), name) != flags.end()) {
            options[name] = "1";
            continue;
        }
        if (i + 1 >= argc) {
            error = "missing value for " + option;
            return false;
        }
        options[name] = argv[++i];
    }
    return true;
}

std::string value(const std::map<std::string, std::string>& options, const std::string& name, std::string fallback)
{
    const auto found = options.find(name);
    return found == options.end() ? fallback : found->second;
}

int everyCore()
{
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

int selfCheck(const std::map<std::string, std::string>& options)
{
    SelfCheckOptions check;
    check.device = value(options, "device", "auto");
    check.scratch = value(
        options, "scratch",
        (std::filesystem::temp_directory_path() / ("textgen-selfcheck-" + std::to_string(::getpid()))).string());
    check.precisionSteps = std::atoi(value(options, "precision-steps", "200").c_str());
    if (check.precisionSteps < 1)
        return usage("--precision-steps must be at least 1");
    const std::vector<CheckResult> results = runSelfChecks(check);
    if (!options.count("scratch"))
        std::filesystem::remove_all(check.scratch);
    bool passed = true;
    for (const CheckResult& result : results) {
        passed = passed && result.status != CheckStatus::Failed;
        if (!options.count("json"))
            std::printf("%-26s %s  %6.1f s  %s\n", result.name.c_str(), checkStatusName(result.status), result.seconds,
                        result.detail.c_str());
    }
    if (options.count("json"))
        std::printf("%s\n", selfCheckJson(check.device, results).c_str());
    return passed ? 0 : 1;
}

int benchTrain(const std::map<std::string, std::string>& values)
{
    const auto preset = presetFromName(value(values, "preset", std::string(presetName(kDefaultPreset))));
    if (!preset)
        return usage("--preset must be seed, gpt or lstm");
    const auto precision = precisionFromName(value(values, "precision", "fp32"));
    if (!precision)
        return usage("--precision must be fp32, tf32 or bf16");
    TrainingOptions options = trainingDefaults(*preset);
    options.batchSize = std::atoll(value(values, "batch", std::to_string(options.batchSize)).c_str());
    options.device = value(values, "device", "auto");
    options.threads = std::atoi(value(values, "threads", std::to_string(everyCore())).c_str());
    options.precision = *precision;
    const int steps = std::atoi(value(values, "steps", "10").c_str());
    const int warmup = std::atoi(value(values, "warmup", "3").c_str());
    if (options.batchSize < 1 || steps < 1 || warmup < 0)
        return usage("--batch and --steps must be at least 1");
    const ModelConfig config = presetConfig(*preset);
    const LmDataset data
        = randomTokenDataset(config, static_cast<std::size_t>(options.batchSize * (steps + warmup)), options.seed);
    const TrainBenchmark result = benchmarkTraining(config, options, data, warmup, steps);
    std::printf("%s\n",
                JsonLine()
                    .add("preset", std::string(presetName(*preset)))
                    .add("batch", static_cast<long long>(options.batchSize))
                    .add("device", result.device)
                    .add("precision", std::string(precisionName(options.precision)))
                    .add("libtorch", std::string(TORCH_VERSION))
                    .add("parameters", static_cast<long long>(result.parameters))
                    .add("ms_per_step", result.millisecondsPerStep)
                    .add("tokens_per_s", result.tokensPerSecond, 0)
                    .add("peak_rss_mb", result.peakResidentMegabytes, 0)
                    .add("faults_per_step", result.pageFaultsPerStep, 0)
                    .str()
                    .c_str());
    return 0;
}

int benchGenerate(const std::map<std::string, std::string>& values)
{
    const auto preset = presetFromName(value(values, "preset", "seed"));
    if (!preset)
        return usage("--preset must be seed, gpt or lstm");
    const int columns = std::atoi(value(values, "columns", "5").c_str());
    const int length = std::atoi(value(values, "length", "50").c_str());
    const int repeats = std::atoi(value(values, "repeats", "5").c_str());
    if (columns < 1 || length < 1 || repeats < 1)
        return usage("--columns, --length and --repeats must be at least 1");
    torch::set_num_threads(std::atoi(value(values, "threads", std::to_string(everyCore())).c_str()));
    const torch::Device device = resolveDevice(value(values, "device", "auto"));
    const ModelConfig config = presetConfig(*preset);
    const Vocabulary vocabulary = numberedVocabulary(config.vocabSize);
    torch::manual_seed(1); // random weights: the cost does not depend on them
    std::shared_ptr<LanguageModel> model = makeModel(config);
    model->to(device);
    model->eval();
    const Generator generator(model, vocabulary, device);
    GenerationRequest request;
    request.prompt = "w10 w20 w30";
    request.length = length;
    std::vector<double> temperatures;
    for (int c = 0; c < columns; ++c)
        temperatures.push_back(kChapterTemperatures[static_cast<std::size_t>(c) % kChapterTemperatures.size()]);
    SamplerSettings sampler;
    sampler.seed = 42;
    request.columns = temperatureColumns(temperatures, sampler);
    generator.generate(request); // warm-up (and every sampled token is read back: the time is complete)
    std::vector<double> milliseconds;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        generator.generate(request);
        milliseconds.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    std::printf("%s\n",
                JsonLine()
                    .add("preset", std::string(presetName(*preset)))
                    .add("columns", static_cast<long long>(columns))
                    .add("length", static_cast<long long>(length))
                    .add("device", device.str())
                    .add("libtorch", std::string(TORCH_VERSION))
                    .add("cached_ms", milliseconds[milliseconds.size() / 2])
                    .str()
                    .c_str());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 2)
        return usage("missing command");
    const std::string command = argv[1];
    std::map<std::string, std::string> options;
    std::string error;
    const std::map<std::string, std::vector<std::string>> known{
        {"selfcheck", {"device", "json", "scratch", "precision-steps"}},
        {"bench-train", {"preset", "batch", "steps", "warmup", "device", "threads", "precision"}},
        {"bench-generate", {"preset", "columns", "length", "repeats", "device", "threads"}},
        {"devices", {}},
    };
    const auto accepted = known.find(command);
    if (accepted == known.end())
        return usage("unknown command '" + command + "'");
    if (!parseOptions(argc, argv,
                      command == "selfcheck" ? std::vector<std::string>{"json"} : std::vector<std::string>{}, options,
                      error))
        return usage(error);
    for (const auto& [name, given] : options)
        if (std::find(accepted->second.begin(), accepted->second.end(), name) == accepted->second.end())
            return usage("unknown option --" + name + " for " + command);
    try {
        if (command == "devices") {
            std::printf("%s\n",
                        JsonLine()
                            .add("libtorch", std::string(TORCH_VERSION))
                            .addJson("cuda", torch::cuda::is_available() ? "true" : "false")
                            .add("cuda_devices", static_cast<long long>(torch::cuda::device_count()))
                            .str()
                            .c_str());
            return 0;
        }
        if (command == "selfcheck")
            return selfCheck(options);
        if (command == "bench-train")
            return benchTrain(options);
        if (command == "bench-generate")
            return benchGenerate(options);
        return usage("unknown command '" + command + "'");
    } catch (const std::exception& failure) {
        std::fprintf(stderr, "textgen-engine: error: %s\n", failure.what());
        return 1;
    }
}
