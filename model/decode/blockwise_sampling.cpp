#include "blockwise_sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "vector_math.h"

namespace textgen {

BlockwiseDistribution::BlockwiseDistribution(const float* logits, std::int64_t vocabularySize,
                                             const LogitSummaries& summaries, std::int64_t row) :
    logits_(logits),
    size_(vocabularySize), firstId_(summaries.firstIds.empty() ? 0 : summaries.firstIds[static_cast<std::size_t>(row)]),
    blocks_(summaries.blocksPerRow), largest_(summaries.largest.data() + summaries.at(row, 0)),
    sums_(summaries.sum.data() + summaries.at(row, 0)),
    tau_(summaries.inverseTemperatures[static_cast<std::size_t>(row)])
{ }

std::optional<BlockwiseDistribution> BlockwiseDistribution::of(const float* logits, std::int64_t vocabularySize,
                                                               const LogitSummaries& summaries, std::int64_t row)
{
    if (!summaries.filled || row < 0 || row >= static_cast<std::int64_t>(summaries.inverseTemperatures.size())
        || summaries.inverseTemperatures[static_cast<std::size_t>(row)] == 0.0f
        || summaries.blocksPerRow != (vocabularySize + kSummaryBlock - 1) / kSummaryBlock)
        return std::nullopt;
    BlockwiseDistribution d(logits, vocabularySize, summaries, row);
    const auto n = static_cast<std::size_t>(d.blocks_);
    const float* scaledLargest = summaries.scaledLargest.data() + summaries.at(row, 0);
    const float* weighted = summaries.weighted.data() + summaries.at(row, 0);
    const float* sumAtOne = summaries.sumAtOne.data() + summaries.at(row, 0);
    d.shift_ = maxOf(scaledLargest, n);
    const float largest = maxOf(d.largest_, n);
    if (!std::isfinite(d.shift_) || !std::isfinite(largest))
        return std::nullopt;

    // Each block's sums were taken relative to its own largest logit: e^(s_max - s) brings them to the row's.
    d.blockFactors_.resize(n);
    sumOfExp(scaledLargest, n, d.shift_, d.blockFactors_.data());
    std::vector<float> factorsAtOne(n);
    sumOfExp(d.largest_, n, largest, factorsAtOne.data());
    double normaliser = 0.0, weightedSum = 0.0, normaliserAtOne = 0.0;
    for (std::size_t b = 0; b < n; ++b) {
        if (d.blockFactors_[b] == 0.0f) // an empty block (-infinity), or one far below the largest
            continue;
        const double factor = d.blockFactors_[b], sum = d.sums_[b];
        normaliser += factor * sum;
        // Σ e (l τ - s) = f (Σ e_b (l τ - s_max) + (s_max - s) Σ e_b), with e = f e_b
        weightedSum += factor * (static_cast<double>(weighted[b]) + (scaledLargest[b] - d.shift_) * sum);
    }
    for (std::size_t b = 0; b < n; ++b)
        normaliserAtOne += static_cast<double>(factorsAtOne[b]) * sumAtOne[b];
    if (!(normaliser > 0.0) || !std::isfinite(normaliser) || !std::isfinite(weightedSum) || !(normaliserAtOne > 0.0)
        || !std::isfinite(normaliserAtOne))
        return std::nullopt;
    d.normaliser_ = normaliser;
    d.entropyBits_ = (std::log(normaliser) - weightedSum / normaliser) / std::log(2.0);
    d.logNormaliserAtOne_ = static_cast<double>(largest) + std::log(normaliserAtOne);
    return d;
}

std::int32_t BlockwiseDistribution::pick(double u)
{
    // As InverseCdfPick: cumulative probabilities in double, each term the float the chain's softmax makes of
    // it (e^(l τ - s), then times 1 / Z rounded to a float).
    const auto inverse = static_cast<float>(1.0 / normaliser_);
    double cumulative = 0.0;
    std::int64_t block = 0;
    for (; block < blocks_; ++block) {
        const double mass = static_cast<double>(blockFactors_[static_cast<std::size_t>(block)])
            * sums_[static_cast<std::size_t>(block)] / normaliser_;
        if (cumulative + mass > u)
            break;
        cumulative += mass;
    }
    // Term by term from the block where the sum passes u (on into the next ones, should rounding carry it).
    float scaled[kSummaryBlock], terms[kSummaryBlock];
    for (; block < blocks_; ++block) {
        const std::int64_t first = block * kSummaryBlock;
        const std::int64_t width = std::min(kSummaryBlock, size_ - first);
        const std::int64_t from = std::clamp<std::int64_t>(firstId_ - first, 0, width);
        const auto n = static_cast<std::size_t>(width - from);
        for (std::size_t j = 0; j < n; ++j)
            scaled[j] = logits_[first + from + static_cast<std::int64_t>(j)] * tau_;
        sumOfExp(scaled, n, shift_, terms);
        for (std::size_t j = 0; j < n; ++j) {
            cumulative += terms[j] * inverse;
            if (cumulative > u) {
                selected_ = static_cast<std::int32_t>(first + from + static_cast<std::int64_t>(j));
                return selected_;
            }
        }
    }
    selected_ = static_cast<std::int32_t>(size_ - 1); // u within rounding of 1: the last candidate
    return selected_;
}

float BlockwiseDistribution::probabilityOf(std::int32_t id) const
{
    if (id < firstId_ || id >= size_)
        return 0.0f;
    return fastExp(logits_[id] * tau_ - shift_) * static_cast<float>(1.0 / normaliser_);
}

std::vector<std::int32_t> BlockwiseDistribution::topIds(std::size_t n) const
{
    n = std::min(n, static_cast<std::size_t>(std::max<std::int64_t>(size_ - firstId_, 0)));
    if (n == 0)
        return {};
    // The n largest block maxima are n logits, so the n largest logits are at or above the least of them:
    // only the blocks whose maximum reaches it can hold one.
    float bound = -std::numeric_limits<float>::infinity();
    if (static_cast<std::size_t>(blocks_) >= n) {
        std::vector<float> maxima(largest_, largest_ + blocks_);
        std::nth_element(maxima.begin(), maxima.begin() + static_cast<std::ptrdiff_t>(n - 1), maxima.end(),
                         std::greater<float>());
        bound = maxima[n - 1];
    }
    std::vector<std::pair<float, std::int32_t>> candidates;
    for (std::int64_t block = 0; block < blocks_; ++block) {
        if (largest_[block] < bound)
            continue;
        const std::int64_t first = std::max(block * kSummaryBlock, firstId_);
        const std::int64_t last = std::min((block + 1) * kSummaryBlock, size_);
        for (std::int64_t id = first; id < last; ++id)
            if (logits_[id] >= bound)
                candidates.emplace_back(logits_[id], static_cast<std::int32_t>(id));
    }
    const auto kept = static_cast<std::ptrdiff_t>(std::min(n, candidates.size()));
    std::partial_sort(
        candidates.begin(), candidates.begin() + kept, candidates.end(),
        [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    std::vector<std::int32_t> ids;
    for (std::ptrdiff_t i = 0; i < kept; ++i)
        ids.push_back(candidates[static_cast<std::size_t>(i)].second);
    return ids;
}

} // namespace textgen
