// textgen-engine: the engine alone, for machines with LibTorch and no Qt (a GPU server). It checks the
// device and measures training steps; the full `textgen` tool and the studio need Qt.
//
//   textgen-engine bench-train [--preset seed|gpt|lstm] [--batch B] [--steps N] [--warmup N] [--device D] [--threads N]
//   textgen-engine devices
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include "train_benchmark.h"

using namespace textgen;

namespace {

int usage(const char* reason)
{
    std::fprintf(
        stderr,
        "textgen-engine: %s\nusage: textgen-engine bench-train [--preset seed|gpt|lstm] [--batch B] [--steps N] "
        "[--warmup N] [--device auto|cpu|cuda|cuda:N] [--threads N]\n       textgen-engine devices\n",
        reason);
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 2)
        return usage("missing command");
    const std::string command = argv[1];
    if (command == "devices") {
        std::printf("{\"libtorch\": \"%s\", \"cuda\": %s, \"cuda_devices\": %zu}\n", TORCH_VERSION,
                    torch::cuda::is_available() ? "true" : "false", torch::cuda::device_count());
        return 0;
    }
    if (command != "bench-train")
        return usage(("unknown command '" + command + "'").c_str());
    Preset preset = kDefaultPreset;
    TrainingOptions options;
    options.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    int steps = 10, warmup = 3;
    for (int i = 2; i < argc; ++i) {
        const std::string option = argv[i];
        if (i + 1 >= argc)
            return usage(("missing value for " + option).c_str());
        const std::string value = argv[++i];
        if (option == "--preset") {
            const auto parsed = presetFromName(value);
            if (!parsed)
                return usage("--preset must be seed, gpt or lstm");
            preset = *parsed;
        } else if (option == "--batch") {
            options.batchSize = std::atoll(value.c_str());
        } else if (option == "--steps") {
            steps = std::atoi(value.c_str());
        } else if (option == "--warmup") {
            warmup = std::atoi(value.c_str());
        } else if (option == "--device") {
            options.device = value;
        } else if (option == "--threads") {
            options.threads = std::atoi(value.c_str());
        } else {
            return usage(("unknown option " + option).c_str());
        }
    }
    const int batch = static_cast<int>(options.batchSize);
    const std::string device = options.device;
    const int threads = options.threads;
    options = trainingDefaults(preset);
    options.batchSize = batch;
    options.device = device;
    options.threads = threads;
    if (options.batchSize < 1 || steps < 1 || warmup < 0)
        return usage("--batch and --steps must be at least 1");
    try {
        const ModelConfig config = presetConfig(preset);
        const LmDataset data
            = randomTokenDataset(config, static_cast<std::size_t>(options.batchSize * (steps + warmup)), options.seed);
        const TrainBenchmark result = benchmarkTraining(config, options, data, warmup, steps);
        std::printf(
            "{\"preset\": \"%s\", \"batch\": %lld, \"device\": \"%s\", \"libtorch\": \"%s\", \"parameters\": %lld, "
            "\"ms_per_step\": %.2f, \"tokens_per_s\": %.0f, \"peak_rss_mb\": %.0f}\n",
            std::string(presetName(preset)).c_str(), static_cast<long long>(options.batchSize), result.device.c_str(),
            TORCH_VERSION, static_cast<long long>(result.parameters), result.millisecondsPerStep,
            result.tokensPerSecond, result.peakResidentMegabytes);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "textgen-engine: error: %s\n", error.what());
        return 1;
    }
    return 0;
}
