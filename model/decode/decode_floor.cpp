#include "decode_floor.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <vector>

#include <omp.h>

#include "float_vector.h"
#include "language_model.h"
#include "torch_api.h"

namespace textgen {

namespace {

using simd::Vector;
// Vectors pass between inlined code only: no call crosses the ABI the warning is about. (Pushed and popped:
// this file shares a unity batch with others.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"

// Reads every float once, each thread its own contiguous part (as the decoder's `omp for schedule(static)`
// over output rows does), summing so that the reads cannot be left out. Into four running sums: one is a chain
// of dependent additions, 3-4 cycles each on Zen 4 and Sapphire Rapids, which would hold the loads back, and
// a floor that the decoder's loads could beat would be no floor.
__attribute__((target_clones("avx512f", "avx2", "default"))) float streamSum(const float* values, std::int64_t count)
{
    constexpr std::int64_t kWidth = 16;
    float sum = 0.0f;
#pragma omp parallel reduction(+ : sum)
    {
        const std::int64_t threads = omp_get_num_threads(), thread = omp_get_thread_num();
        const std::int64_t first = count * thread / threads, last = count * (thread + 1) / threads;
        Vector a = {}, b = {}, c = {}, d = {};
        std::int64_t i = first;
        for (; i + 4 * kWidth <= last; i += 4 * kWidth) {
            Vector v[4];
            std::memcpy(v, values + i, sizeof v);
            a += v[0];
            b += v[1];
            c += v[2];
            d += v[3];
        }
        for (; i < last; ++i)
            sum += values[i];
        const Vector total = (a + b) + (c + d);
        for (std::int64_t j = 0; j < kWidth; ++j)
            sum += total[j];
    }
    return sum;
}
#pragma GCC diagnostic pop

} // namespace

std::vector<torch::Tensor> weightsReadWhole(LanguageModel& model)
{
    torch::NoGradGuard noGrad;
    std::vector<const void*> lookedUp;
    for (const auto& module : model.modules(/*include_self=*/false))
        if (const auto* embedding = module->as<torch::nn::Embedding>())
            lookedUp.push_back(embedding->weight.data_ptr());
    const torch::Tensor probe = torch::zeros({1, model.config().embed}, model.parameters().front().options());
    const void* output = model.outputLayer(probe).weight.data_ptr();
    std::vector<torch::Tensor> read;
    for (const torch::Tensor& parameter : model.parameters()) {
        const void* data = parameter.data_ptr();
        if (data != output && std::find(lookedUp.begin(), lookedUp.end(), data) != lookedUp.end())
            continue;
        read.push_back(parameter);
    }
    return read;
}

DecodeFloor measureDecodeFloor(LanguageModel& model, int repeats, std::int64_t cacheBytes)
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> read;
    DecodeFloor floor;
    for (const torch::Tensor& parameter : weightsReadWhole(model)) {
        if (parameter.scalar_type() != torch::kFloat || !parameter.is_contiguous() || parameter.is_cuda())
            continue;
        read.push_back(parameter);
        floor.weightBytes += parameter.numel() * static_cast<std::int64_t>(sizeof(float));
    }
    if (cacheBytes > 0) { // the cache's bytes in one buffer of their own, as the weights are in theirs
        read.push_back(torch::ones({(cacheBytes + 3) / 4}, torch::kFloat));
        floor.cacheBytes = read.back().numel() * static_cast<std::int64_t>(sizeof(float));
    }
    floor.bytesPerStep = floor.weightBytes + floor.cacheBytes;
    std::vector<double> seconds;
    volatile float sink = 0.0f;
    for (int r = 0; r < repeats + 2; ++r) {
        const auto start = std::chrono::steady_clock::now();
        float sum = 0.0f;
        for (const torch::Tensor& tensor : read)
            sum += streamSum(tensor.data_ptr<float>(), tensor.numel());
        sink = sink + sum;
        if (r >= 2) // two warm-ups: the first touch and the caches
            seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::nth_element(seconds.begin(), seconds.begin() + static_cast<std::ptrdiff_t>(seconds.size() / 2), seconds.end());
    const double median = seconds[seconds.size() / 2];
    floor.millisecondsPerStep = median * 1e3;
    floor.gigabytesPerSecond = static_cast<double>(floor.bytesPerStep) / median / 1e9;
    return floor;
}

std::int64_t cacheBytesPerStep(LanguageModel& model, std::int64_t promptWords, std::int64_t columns,
                               std::int64_t length)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = model.is_training();
    model.eval();
    const auto ids = [&](std::int64_t n) { // any words: the cache's size does not depend on them
        const auto device = model.parameters().front().device();
        return torch::full({1, n}, std::min<std::int64_t>(2, model.config().vocabSize - 1),
                           torch::TensorOptions().dtype(torch::kLong).device(device));
    };
    DecodeState state;
    model.decodeFeatures(ids(promptWords), state);
    const std::int64_t afterPrompt = state.cache ? state.cache->bytes() : 0;
    model.decodeFeatures(ids(1), state);
    const std::int64_t perPosition = (state.cache ? state.cache->bytes() : 0) - afterPrompt;
    model.train(wasTraining);
    // Step s reads the cache of promptWords + s positions (s = 0: the prompt's pass), at most the model's length.
    double positions = 0.0;
    for (std::int64_t step = 0; step < length; ++step)
        positions += static_cast<double>(std::min(promptWords + step, model.config().sequenceLength));
    positions /= static_cast<double>(std::max<std::int64_t>(length, 1));
    const double perRow = static_cast<double>(afterPrompt - promptWords * perPosition) + positions * perPosition;
    return static_cast<std::int64_t>(static_cast<double>(columns) * perRow + 0.5);
}

} // namespace textgen
