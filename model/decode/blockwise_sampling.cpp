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
    blocks_(summaries.blocksPerRow), summaries_(&summaries), row_(row),
    largest_(summaries.largest.data() + summaries.at(row, 0)),
    scaledLargest_(summaries.scaledLargest.data() + summaries.at(row, 0)),
    sums_(summaries.sum.data() + summaries.at(row, 0)),
    tau_(summaries.inverseTemperatures[static_cast<std::size_t>(row)])
{ }

std::optional<BlockwiseDistribution> BlockwiseDistribution::of(const float* logits, std::int64_t vocabularySize,
                                                               const LogitSummaries& summaries, std::int64_t row)
{
    if (!summaries.filled || row < 0 || row >= static_cast<std::int64_t>(summaries.inverseTemperatures.size())
        || summaries.inverseTemperatures[static_cast<std::size_t>(row)] == 0.0f || summaries.shareCount < 1
        || summaries.blocksPerRow != (vocabularySize + kSummaryBlock - 1) / kSummaryBlock)
        return std::nullopt;
    BlockwiseDistribution d(logits, vocabularySize, summaries, row);
    // The shares' sums, each relative to its own largest logit, brought to the row's.
    float largest = -std::numeric_limits<float>::infinity();
    d.shift_ = largest;
    for (std::int64_t k = 0; k < summaries.shareCount; ++k) {
        const LogitSummaries::Share& share = summaries.shares[static_cast<std::size_t>(summaries.shareAt(row, k))];
        d.shift_ = std::max(d.shift_, share.scaledLargest);
        largest = std::max(largest, share.largest);
    }
    if (!std::isfinite(d.shift_) || !std::isfinite(largest))
        return std::nullopt;
    ShiftedSums total;
    double normaliserAtOne = 0.0;
    for (std::int64_t k = 0; k < summaries.shareCount; ++k) {
        const LogitSummaries::Share& share = summaries.shares[static_cast<std::size_t>(summaries.shareAt(row, k))];
        if (share.largest == -std::numeric_limits<float>::infinity())
            continue; // nothing in it can be drawn
        const double gap = static_cast<double>(share.scaledLargest) - d.shift_;
        total.add(std::exp(gap), gap, share.sum, share.weighted);
        normaliserAtOne += std::exp(static_cast<double>(share.largest) - largest) * share.sumAtOne;
    }
    const double normaliser = total.sum, weightedSum = total.weighted;
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
    // it (e^(l τ - s), then times 1 / Z rounded to a float). Whole shares first, then whole blocks of the share
    // where the sum passes u, then that block term by term.
    const LogitSummaries& summaries = *summaries_;
    double cumulative = 0.0;
    std::int64_t block = 0;
    for (std::int64_t k = 0; k < summaries.shareCount; ++k) {
        const LogitSummaries::Share& share = summaries.shares[static_cast<std::size_t>(summaries.shareAt(row_, k))];
        const double mass = share.largest == -std::numeric_limits<float>::infinity()
            ? 0.0
            : std::exp(static_cast<double>(share.scaledLargest) - shift_) * share.sum / normaliser_;
        block = share.firstBlock;
        if (cumulative + mass > u || k + 1 == summaries.shareCount) // the last: u within rounding of 1
            break;
        cumulative += mass;
    }
    for (; block + 1 < blocks_; ++block) {
        const double mass = static_cast<double>(fastExp(scaledLargest_[block] - shift_)) * sums_[block] / normaliser_;
        if (cumulative + mass > u)
            break;
        cumulative += mass;
    }
    // Term by term from the block where the sum passes u (on into the next ones, should rounding carry it).
    const auto inverse = static_cast<float>(1.0 / normaliser_);
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
    const LogitSummaries& summaries = *summaries_;
    if (n <= static_cast<std::size_t>(summaries.topCandidates)) { // the shares' own, merged
        std::vector<std::pair<float, std::int32_t>> merged;
        for (std::int64_t k = 0; k < summaries.shareCount; ++k) {
            const std::int64_t at = summaries.shareAt(row_, k);
            const auto* top = summaries.shareTop.data() + at * summaries.topCandidates;
            merged.insert(merged.end(), top, top + summaries.shareTopCount[static_cast<std::size_t>(at)]);
        }
        std::sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        std::vector<std::int32_t> ids;
        for (std::size_t i = 0; i < std::min(n, merged.size()); ++i)
            ids.push_back(merged[i].second);
        return ids;
    }
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
