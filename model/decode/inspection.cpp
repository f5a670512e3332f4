// Entropy curves, the chain's stages and repeated draws, from one step's logits.
#include "inspection.h"

#include "torch_api.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "split_mix64.h"

namespace textgen {

namespace {

// The rank of `id` in the array by probability (ties by id), 1 for the most probable; 0 when it was cut.
int rankOf(const CandidateArray& candidates, std::int32_t id)
{
    const std::optional<std::size_t> position = candidates.positionOf(id);
    if (!position)
        return 0;
    const float p = candidates.probability(*position);
    int rank = 1;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const float q = candidates.probability(i);
        if (q > p || (q == p && candidates.id(i) < id))
            ++rank;
    }
    return rank;
}

PipelineStage stageOf(std::string name, const CandidateArray& candidates, std::int32_t chosen,
                      const std::vector<std::int32_t>& watched)
{
    PipelineStage stage;
    stage.name = std::move(name);
    stage.kept = candidates.size();
    stage.chosenRank = rankOf(candidates, chosen);
    stage.chosenProbability = candidates.probabilityOf(chosen);
    for (const std::int32_t id : watched)
        stage.watchedProbabilities.push_back(candidates.probabilityOf(id));
    return stage;
}

} // namespace

std::vector<double> temperatureGrid(double from, double to, int count)
{
    std::vector<double> grid;
    for (int i = 0; i < count; ++i)
        grid.push_back(count == 1 ? from : from + (to - from) * i / (count - 1));
    return grid;
}

std::vector<double> entropyCurve(const float* logits, std::size_t vocabularySize,
                                 const std::vector<double>& temperatures, bool suppressSpecials)
{
    const std::size_t first = suppressSpecials ? std::min<std::size_t>(2, vocabularySize) : 0;
    const auto n = static_cast<std::int64_t>(vocabularySize - first);
    std::vector<double> bits(temperatures.size(), 0.0);
    if (n <= 1)
        return bits;
    const torch::Tensor row = torch::from_blob(const_cast<float*>(logits + first), {n}, torch::kFloat);
    const float maximum = row.max().item<float>();
    const auto tied = static_cast<double>((row == maximum).sum().item<std::int64_t>());
    std::vector<float> inverse;
    std::vector<std::size_t> hot; // the temperatures above 0, whose rows the batch computes
    for (std::size_t i = 0; i < temperatures.size(); ++i) {
        if (temperatures[i] > 0.0) {
            inverse.push_back(static_cast<float>(1.0 / temperatures[i]));
            hot.push_back(i);
        } else {
            bits[i] = std::log2(tied); // greedy: the tied maxima, evenly
        }
    }
    if (hot.empty())
        return bits;
    // With s = (l - max l) / T and Z = sum exp(s): H = log Z - sum exp(s) s / Z nats, one exponential per
    // logit and no logarithm. Sixteen temperatures at a time stay in cache: their exponentials are written
    // once, then summed and multiplied by (l - max l) as a matrix-vector product.
    const torch::Tensor shifted = (row - maximum).contiguous();
    constexpr std::size_t kBlock = 16;
    for (std::size_t from = 0; from < hot.size(); from += kBlock) {
        const auto rows = static_cast<std::int64_t>(std::min(kBlock, hot.size() - from));
        const torch::Tensor scale = torch::from_blob(inverse.data() + from, {rows}, torch::kFloat);
        torch::Tensor e = torch::outer(scale, shifted);
        e.exp_();
        const torch::Tensor z = e.sum(1).to(torch::kDouble);
        const torch::Tensor weighted = e.mv(shifted).to(torch::kDouble) * scale.to(torch::kDouble);
        const torch::Tensor nats = (z.log() - weighted / z).contiguous();
        const double* out = nats.data_ptr<double>();
        for (std::int64_t j = 0; j < rows; ++j)
            bits[hot[from + static_cast<std::size_t>(j)]] = std::max(0.0, out[j] / std::log(2.0));
    }
    return bits;
}

std::vector<PipelineStage> tracePipeline(const float* logits, std::size_t vocabularySize,
                                         const SamplerSettings& settings, const std::vector<std::int32_t>& context,
                                         std::int32_t chosen, const std::vector<std::int32_t>& watched)
{
    std::vector<PipelineStage> stages;
    CandidateArray candidates = CandidateArray::fromLogits(logits, vocabularySize);
    candidates.ensureProbabilities();
    stages.push_back(stageOf("model (T = 1)", candidates, chosen, watched));
    SamplerChain chain = SamplerChain::narrowing(settings, context);
    for (std::size_t i = 0; i < chain.size(); ++i) {
        chain.step(i).apply(candidates);
        candidates.ensureProbabilities();
        PipelineStage stage = stageOf(chain.step(i).description(), candidates, chosen, watched);
        stage.step = stepKindFromName(chain.step(i).name());
        stage.kind = stage.step ? PipelineStage::Kind::Step : PipelineStage::Kind::SuppressSpecials;
        stages.push_back(std::move(stage));
    }
    return stages;
}

double upperIncompleteGamma(double a, double x)
{
    if (x <= 0.0)
        return 1.0;
    const double logPrefix = -x + a * std::log(x) - std::lgamma(a);
    constexpr double kEpsilon = 1e-15;
    if (x < a + 1.0) {
        // P(a, x) by its series, sum x^n / (a (a + 1) ... (a + n)); Q = 1 - P.
        double term = 1.0 / a, sum = term;
        for (int n = 1; n < 10000 && std::abs(term) > std::abs(sum) * kEpsilon; ++n) {
            term *= x / (a + n);
            sum += term;
        }
        return std::clamp(1.0 - sum * std::exp(logPrefix), 0.0, 1.0);
    }
    // Q(a, x) by its continued fraction, evaluated with the modified Lentz method.
    constexpr double kTiny = 1e-300;
    double b = x + 1.0 - a, c = 1.0 / kTiny, d = 1.0 / b, h = d;
    for (int i = 1; i < 10000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < kTiny)
            d = kTiny;
        c = b + an / c;
        if (std::abs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < kEpsilon)
            break;
    }
    return std::clamp(std::exp(logPrefix) * h, 0.0, 1.0);
}

ChiSquare chiSquareTest(const std::vector<int>& counts, const std::vector<double>& probabilities)
{
    const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    std::vector<double> observed, expected;
    double pooledObserved = 0.0, pooledExpected = 0.0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const double e = total * probabilities[i];
        if (e >= 5.0) {
            observed.push_back(counts[i]);
            expected.push_back(e);
        } else {
            pooledObserved += counts[i];
            pooledExpected += e;
        }
    }
    if (pooledExpected > 0.0 || pooledObserved > 0.0) {
        if (pooledExpected >= 5.0 || expected.empty()) {
            observed.push_back(pooledObserved);
            expected.push_back(pooledExpected);
        } else {
            const auto smallest = std::min_element(expected.begin(), expected.end()) - expected.begin();
            observed[static_cast<std::size_t>(smallest)] += pooledObserved;
            expected[static_cast<std::size_t>(smallest)] += pooledExpected;
        }
    }
    ChiSquare test;
    test.degreesOfFreedom = static_cast<int>(expected.size()) - 1;
    if (test.degreesOfFreedom < 1)
        return test; // one bin: nothing to test
    for (std::size_t i = 0; i < expected.size(); ++i)
        if (expected[i] > 0.0)
            test.statistic += (observed[i] - expected[i]) * (observed[i] - expected[i]) / expected[i];
        else if (observed[i] > 0.0)
            test.statistic = std::numeric_limits<double>::infinity(); // drawn though impossible
    test.pValue
        = std::isfinite(test.statistic) ? upperIncompleteGamma(test.degreesOfFreedom / 2.0, test.statistic / 2.0) : 0.0;
    return test;
}

int DrawCounts::countOf(std::int32_t id) const
{
    const auto found = std::lower_bound(ids.begin(), ids.end(), id);
    return found == ids.end() || *found != id ? 0 : counts[static_cast<std::size_t>(found - ids.begin())];
}

DrawCounts drawRepeatedly(const float* logits, std::size_t vocabularySize, const SamplerSettings& settings,
                          const std::vector<std::int32_t>& context, int draws, std::uint64_t seed)
{
    CandidateArray candidates = SamplerChain::narrowing(settings, context).apply(logits, vocabularySize);
    candidates.sortById();
    DrawCounts result;
    result.draws = std::max(draws, 0);
    // The pick's rule (the first candidate in id order whose running sum exceeds u), by binary search over
    // the same running sums.
    std::vector<double> cumulative(candidates.size());
    double sum = 0.0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        result.ids.push_back(candidates.id(i));
        result.probabilities.push_back(candidates.probability(i));
        sum += candidates.probability(i);
        cumulative[i] = sum;
    }
    result.counts.assign(candidates.size(), 0);
    if (candidates.empty())
        return result;
    SplitMix64 stream(seed);
    for (int d = 0; d < result.draws; ++d) {
        const double u = stream.uniform();
        const auto found = std::upper_bound(cumulative.begin(), cumulative.end(), u);
        const std::size_t taken
            = found == cumulative.end() ? cumulative.size() - 1 : static_cast<std::size_t>(found - cumulative.begin());
        ++result.counts[taken];
    }
    result.test = chiSquareTest(result.counts, result.probabilities);
    return result;
}

} // namespace textgen
