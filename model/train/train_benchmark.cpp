// The training-step benchmark.
#include "train_benchmark.h"

#include "decode_floor.h"
#include "language_model.h"

#include <algorithm>
#include <chrono>
#include <sys/resource.h>

namespace textgen {

LmDataset randomTokenDataset(const ModelConfig& config, std::size_t sequences, std::uint64_t seed)
{
    const auto length = static_cast<std::size_t>(config.sequenceLength);
    std::vector<std::int32_t> tokens(sequences * length);
    SplitMix64 random(seed);
    for (std::int32_t& token : tokens)
        token = static_cast<std::int32_t>(2 + random.below(static_cast<std::uint64_t>(config.vocabSize - 2)));
    LmDataset data;
    data.train = TokenSequences(std::move(tokens), config.sequenceLength, config.sequenceLength, sequences);
    return data;
}

TrainBenchmark benchmarkTraining(const ModelConfig& config, const TrainingOptions& options, const LmDataset& data,
                                 int warmupSteps, int timedSteps)
{
    Trainer trainer(config, options, data, 0, "word");
    const auto next = [&] {
        if (trainer.epochComplete())
            trainer.beginNextEpoch();
    };
    for (int i = 0; i < warmupSteps; ++i) {
        trainer.step();
        next();
    }
    std::vector<double> milliseconds;
    const long long faultsBefore = pageFaults();
    if (trainer.device().is_cuda()) {
        // As trainLoop runs a GPU: the steps queued back to back, their losses read once, when all are done.
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < timedSteps; ++i) {
            trainer.enqueueStep();
            next();
        }
        trainer.collectSteps(); // waits for the device
        milliseconds.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / timedSteps);
    } else {
        for (int i = 0; i < timedSteps; ++i) {
            const auto start = std::chrono::steady_clock::now();
            trainer.step(); // reads the loss back: the step is complete when it returns
            next();
            milliseconds.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
    }
    const long long faults = pageFaults() - faultsBefore;
    std::sort(milliseconds.begin(), milliseconds.end());
    TrainBenchmark result;
    result.pageFaultsPerStep = static_cast<double>(faults) / std::max(timedSteps, 1);
    result.millisecondsPerStep = milliseconds[milliseconds.size() / 2];
    result.tokensPerSecond
        = static_cast<double>(options.batchSize * (config.sequenceLength - 1)) / (result.millisecondsPerStep / 1e3);
    result.peakResidentMegabytes = peakResidentMegabytes();
    result.parameters = trainer.model().parameterCount();
    result.device = trainer.device().str();
    return result;
}

double sgemmFloorMilliseconds(const ModelConfig& config, std::int64_t rows, const std::string& device, int repeats)
{
    torch::NoGradGuard noGrad;
    const torch::Device where = resolveDevice(device);
    std::shared_ptr<LanguageModel> model = makeModel(config);
    struct Product {
        torch::Tensor a, b, out;
    };
    std::vector<Product> products;
    const auto options = torch::TensorOptions().dtype(torch::kFloat).device(where);
    for (const torch::Tensor& weight : weightsReadWhole(*model)) {
        if (weight.dim() != 2)
            continue; // biases and norms: element-wise
        const std::int64_t out = weight.size(0), in = weight.size(1);
        const torch::Tensor w = torch::randn({out, in}, options);
        const torch::Tensor x = torch::randn({rows, in}, options);
        const torch::Tensor dy = torch::randn({rows, out}, options);
        products.push_back({x, w.t(), torch::empty({rows, out}, options)}); // forward
        products.push_back({dy, w, torch::empty({rows, in}, options)});     // input gradient
        products.push_back({dy.t(), x, torch::empty({out, in}, options)});  // weight gradient
    }
    std::vector<double> milliseconds;
    for (int r = 0; r < repeats + 1; ++r) {
        const auto start = std::chrono::steady_clock::now();
        for (Product& product : products)
            torch::mm_out(product.out, product.a, product.b);
        if (where.is_cuda())
            products.back().out.cpu(); // wait for the device
        if (r > 0)
            milliseconds.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    return milliseconds[milliseconds.size() / 2];
}

double peakResidentMegabytes()
{
    struct rusage usage { };
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

long long pageFaults()
{
    struct rusage usage { };
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<long long>(usage.ru_minflt) + static_cast<long long>(usage.ru_majflt);
}

} // namespace textgen
