// The sampler chain's steps.
#include "sampler.h"

#include "torch_api.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <sstream>

namespace textgen {

namespace {

constexpr float kMinusInfinity = -std::numeric_limits<float>::infinity();

void normalise(std::vector<float>& probabilities)
{
    double total = 0.0;
    for (const float p : probabilities)
        total += p;
    if (total <= 0.0)
        return;
    const auto scale = static_cast<float>(1.0 / total);
    for (float& p : probabilities)
        p *= scale;
}

// Orders ids by probability descending, ties by id ascending.
struct MoreProbable {
    const std::vector<float>& p;
    bool operator()(std::int32_t a, std::int32_t b) const { return p[a] != p[b] ? p[a] > p[b] : a < b; }
};

// The maximum of n floats, vectorised (std::max_element is a scalar loop: 45 us over 15000 logits).
float maxOf(const float* values, std::size_t n)
{
    float maximum = -std::numeric_limits<float>::infinity();
#pragma omp simd reduction(max : maximum)
    for (std::size_t i = 0; i < n; ++i)
        maximum = std::max(maximum, values[i]);
    return maximum;
}

} // namespace

Fault checkSampler(const SamplerSettings& s)
{
    const auto text = [](double value) {
        std::ostringstream out;
        out << value;
        return out.str();
    };
    if (!(s.temperature >= 0.0) || !std::isfinite(s.temperature))
        return {FaultCode::TemperatureInvalid, {text(s.temperature)}};
    if (!(s.topP >= 0.0 && s.topP <= 1.0))
        return {FaultCode::TopPInvalid, {text(s.topP)}};
    return {};
}

void suppressSpecials(std::vector<float>& logits)
{
    for (std::size_t id = 0; id < 2 && id < logits.size(); ++id)
        logits[id] = kMinusInfinity;
}

std::vector<float> softmaxWithTemperature(const std::vector<float>& logits, double temperature)
{
    std::vector<float> probabilities(logits.size(), 0.0f);
    if (logits.empty())
        return probabilities;
    const float maximum = maxOf(logits.data(), logits.size());
    if (temperature <= 0.0 || !std::isfinite(maximum)) {
        // Greedy: the first maximum, so ties go to the lower id.
        const auto best = std::find(logits.begin(), logits.end(), maximum);
        probabilities[static_cast<std::size_t>(best - logits.begin())] = 1.0f;
        return probabilities;
    }
    // ATen's softmax subtracts the maximum and runs vectorised: the slider regenerates hundreds of these.
    const auto size = static_cast<std::int64_t>(logits.size());
    const torch::Tensor in = torch::from_blob(const_cast<float*>(logits.data()), {size}, torch::kFloat);
    torch::Tensor out = torch::from_blob(probabilities.data(), {size}, torch::kFloat);
    torch::softmax_out(out, temperature == 1.0 ? in : in.div(temperature), 0);
    return probabilities;
}

void keepTopK(std::vector<float>& probabilities, int k)
{
    if (k <= 0 || static_cast<std::size_t>(k) >= probabilities.size())
        return;
    const std::vector<std::int32_t> kept = topIds(probabilities, static_cast<std::size_t>(k));
    std::vector<float> cut(probabilities.size(), 0.0f);
    for (const std::int32_t id : kept)
        cut[static_cast<std::size_t>(id)] = probabilities[static_cast<std::size_t>(id)];
    probabilities.swap(cut);
    normalise(probabilities);
}

void keepTopP(std::vector<float>& probabilities, double p)
{
    if (p >= 1.0 || probabilities.empty())
        return;
    // Most of the mass sits in a few hundred tokens: sort those first, the whole vocabulary only if needed.
    std::size_t window = std::min<std::size_t>(256, probabilities.size());
    for (;;) {
        const std::vector<std::int32_t> ordered = topIds(probabilities, window);
        double mass = 0.0;
        std::size_t keep = 0;
        while (keep < ordered.size()) {
            mass += probabilities[static_cast<std::size_t>(ordered[keep])];
            ++keep;
            if (mass >= p)
                break;
        }
        if (mass >= p || window == probabilities.size()) {
            std::vector<float> cut(probabilities.size(), 0.0f);
            for (std::size_t i = 0; i < std::max<std::size_t>(keep, 1); ++i)
                cut[static_cast<std::size_t>(ordered[i])] = probabilities[static_cast<std::size_t>(ordered[i])];
            probabilities.swap(cut);
            normalise(probabilities);
            return;
        }
        window = std::min(probabilities.size(), window * 8);
    }
}

std::int32_t pickInverseCdf(const std::vector<float>& probabilities, double u)
{
    double cumulative = 0.0;
    std::int32_t last = 0;
    for (std::size_t id = 0; id < probabilities.size(); ++id) {
        if (probabilities[id] <= 0.0f)
            continue;
        cumulative += probabilities[id];
        last = static_cast<std::int32_t>(id);
        if (cumulative > u)
            return last;
    }
    return last; // u within rounding of 1: the last token with any probability
}

Candidates applyChain(const float* logits, std::size_t vocabularySize, const SamplerSettings& settings)
{
    Candidates candidates;
    candidates.logits.assign(logits, logits + vocabularySize);
    if (settings.suppressSpecials)
        suppressSpecials(candidates.logits);
    candidates.greedy = settings.temperature <= 0.0;
    candidates.probabilities = softmaxWithTemperature(candidates.logits, settings.temperature);
    keepTopK(candidates.probabilities, settings.topK);
    keepTopP(candidates.probabilities, settings.topP);
    candidates.entropyBits = entropyBitsOfSoftmax(candidates.probabilities, candidates.logits, settings.temperature);
    return candidates;
}

double logSumExp(const std::vector<float>& logits)
{
    if (logits.empty())
        return -std::numeric_limits<double>::infinity();
    const torch::Tensor in = torch::from_blob(const_cast<float*>(logits.data()), {static_cast<std::int64_t>(logits.size())}, torch::kFloat);
    return in.logsumexp(0).item<double>();
}

double entropyBits(const std::vector<float>& probabilities)
{
    double entropy = 0.0;
    for (const float p : probabilities)
        if (p > 0.0f)
            entropy -= static_cast<double>(p) * std::log2(static_cast<double>(p));
    return entropy;
}

double entropyBitsOfSoftmax(const std::vector<float>& probabilities, const std::vector<float>& logits, double temperature)
{
    if (temperature <= 0.0)
        return 0.0;
    // The most probable kept token has the largest logit: p_max = max p, and its logit is the maximum.
    const std::size_t n = probabilities.size();
    const float* p = probabilities.data();
    const float* l = logits.data();
    const float pMax = maxOf(p, n);
    if (pMax <= 0.0f)
        return 0.0;
    float maximum = -std::numeric_limits<float>::infinity();
#pragma omp simd reduction(max : maximum)
    for (std::size_t i = 0; i < n; ++i)
        maximum = std::max(maximum, p[i] > 0.0f ? l[i] : -std::numeric_limits<float>::infinity());
    float weighted = 0.0f;
#pragma omp simd reduction(+ : weighted)
    for (std::size_t i = 0; i < n; ++i)
        weighted += p[i] > 0.0f ? p[i] * (l[i] - maximum) : 0.0f;
    const double nats = -static_cast<double>(weighted) / temperature - std::log(static_cast<double>(pMax));
    return std::max(0.0, nats / std::log(2.0));
}

std::vector<std::int32_t> topIds(const std::vector<float>& probabilities, std::size_t n)
{
    n = std::min(n, probabilities.size());
    if (n == 0)
        return {};
    // One pass with a heap of the n best so far: most tokens are rejected by one comparison with its worst.
    const MoreProbable better{probabilities};
    std::vector<std::int32_t> heap; // a max-heap under `better`: its front is the worst kept
    heap.reserve(n + 1);
    for (std::size_t id = 0; id < probabilities.size(); ++id) {
        const auto candidate = static_cast<std::int32_t>(id);
        if (heap.size() < n) {
            heap.push_back(candidate);
            std::push_heap(heap.begin(), heap.end(), better);
        } else if (better(candidate, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), better);
            heap.back() = candidate;
            std::push_heap(heap.begin(), heap.end(), better);
        }
    }
    std::sort_heap(heap.begin(), heap.end(), better);
    return heap;
}

} // namespace textgen
