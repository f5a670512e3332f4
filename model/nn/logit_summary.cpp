#include "logit_summary.h"

#include <algorithm>
#include <functional>
#include <limits>

#include "vector_math.h"

namespace textgen {

void LogitSummaries::prepare(std::int64_t rows, std::int64_t outputs, std::int64_t shareRoom)
{
    blocksPerRow = (outputs + kSummaryBlock - 1) / kSummaryBlock;
    firstIds.resize(static_cast<std::size_t>(rows), 0);
    const auto size = static_cast<std::size_t>(rows * blocksPerRow);
    for (std::vector<float>* array : {&largest, &scaledLargest, &sum, &weighted, &sumAtOne})
        array->resize(size);
    maxShares = std::max<std::int64_t>(shareRoom, 1);
    shareCount = 0;
    shares.resize(static_cast<std::size_t>(rows * maxShares));
    shareTopCount.resize(static_cast<std::size_t>(rows * maxShares));
    shareTop.resize(static_cast<std::size_t>(rows * maxShares * std::max(topCandidates, 0)));
    filled = false;
}

void summariseBlock(const float* logits, std::int64_t row, std::int64_t block, std::int64_t width,
                    LogitSummaries& summaries)
{
    const float tau = summaries.inverseTemperatures[static_cast<std::size_t>(row)];
    if (tau == 0.0f)
        return;
    const auto i = static_cast<std::size_t>(summaries.at(row, block));
    const std::int64_t firstId = summaries.firstIds.empty() ? 0 : summaries.firstIds[static_cast<std::size_t>(row)];
    const std::int64_t from = std::clamp<std::int64_t>(firstId - block * kSummaryBlock, 0, width);
    const BlockExponentials sums
        = blockExponentials(logits + from, static_cast<std::size_t>(width - from), tau); // empty: -inf and 0s
    summaries.largest[i] = sums.largest;
    summaries.scaledLargest[i] = sums.scaledLargest;
    summaries.sum[i] = sums.sum;
    summaries.weighted[i] = sums.weighted;
    summaries.sumAtOne[i] = sums.sumAtOne;
}

void summariseShare(const float* logits, std::int64_t rows, std::int64_t outputs, std::int64_t firstBlock,
                    std::int64_t lastBlock, std::int64_t share, std::int64_t shareCount, LogitSummaries& summaries)
{
    if (share == 0)
        summaries.shareCount = shareCount;
    const auto count = static_cast<std::size_t>(lastBlock - firstBlock);
    thread_local std::vector<float> factors, maxima;
    factors.resize(count);
    for (std::int64_t r = 0; r < rows; ++r) {
        if (summaries.inverseTemperatures[static_cast<std::size_t>(r)] == 0.0f)
            continue;
        LogitSummaries::Share& out = summaries.shares[static_cast<std::size_t>(summaries.shareAt(r, share))];
        out = {};
        out.firstBlock = firstBlock;
        out.lastBlock = lastBlock;
        const auto from = static_cast<std::size_t>(summaries.at(r, firstBlock));
        const float* largest = summaries.largest.data() + from;
        const float* scaledLargest = summaries.scaledLargest.data() + from;
        const float* sums = summaries.sum.data() + from;
        const float* weighted = summaries.weighted.data() + from;
        const float* sumsAtOne = summaries.sumAtOne.data() + from;
        out.largest = maxOf(largest, count); // -infinity: nothing here can be drawn
        out.scaledLargest = maxOf(scaledLargest, count);
        std::int32_t& kept = summaries.shareTopCount[static_cast<std::size_t>(summaries.shareAt(r, share))];
        kept = 0;
        if (out.largest == -std::numeric_limits<float>::infinity())
            continue;
        // Each block's sums are relative to its own largest logit: e^(s_max(block) - s_max(share)) brings them
        // to the share's.
        sumOfExp(scaledLargest, count, out.scaledLargest, factors.data());
        ShiftedSums total;
        for (std::size_t b = 0; b < count; ++b)
            if (factors[b] != 0.0f) // else an empty block (-infinity), or one far below the largest
                total.add(factors[b], scaledLargest[b] - out.scaledLargest, sums[b], weighted[b]);
        out.sum = total.sum;
        out.weighted = total.weighted;
        sumOfExp(largest, count, out.largest, factors.data());
        for (std::size_t b = 0; b < count; ++b)
            out.sumAtOne += static_cast<double>(factors[b]) * sumsAtOne[b];

        // The share's n largest logits. Its n largest block maxima are n logits, so those are at or above the
        // least of them: only the blocks whose maximum reaches it can hold one.
        const auto n = static_cast<std::size_t>(std::max(summaries.topCandidates, 0));
        if (n == 0)
            continue;
        float bound = -std::numeric_limits<float>::infinity();
        if (count >= n) {
            maxima.assign(largest, largest + count);
            std::nth_element(maxima.begin(), maxima.begin() + static_cast<std::ptrdiff_t>(n - 1), maxima.end(),
                             std::greater<float>());
            bound = maxima[n - 1];
        }
        const std::int64_t firstId = summaries.firstIds[static_cast<std::size_t>(r)];
        std::pair<float, std::int32_t>* top
            = summaries.shareTop.data() + summaries.shareAt(r, share) * static_cast<std::int64_t>(n);
        thread_local std::vector<std::pair<float, std::int32_t>> candidates;
        candidates.clear();
        for (std::size_t b = 0; b < count; ++b) {
            if (largest[b] < bound)
                continue;
            const std::int64_t block = firstBlock + static_cast<std::int64_t>(b);
            const std::int64_t last = std::min((block + 1) * kSummaryBlock, outputs);
            for (std::int64_t id = std::max(block * kSummaryBlock, firstId); id < last; ++id)
                if (logits[r * outputs + id] >= bound)
                    candidates.emplace_back(logits[r * outputs + id], static_cast<std::int32_t>(id));
        }
        std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        kept = static_cast<std::int32_t>(std::min(n, candidates.size()));
        std::copy_n(candidates.begin(), kept, top);
    }
}

void summariseLogits(const float* logits, std::int64_t rows, std::int64_t outputs, LogitSummaries& summaries)
{
    summaries.prepare(rows, outputs);
#pragma omp parallel for schedule(static) if (rows > 1)
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t b = 0; b < summaries.blocksPerRow; ++b)
            summariseBlock(logits + r * outputs + b * kSummaryBlock, r, b,
                           std::min(kSummaryBlock, outputs - b * kSummaryBlock), summaries);
    summariseShare(logits, rows, outputs, 0, summaries.blocksPerRow, 0, 1, summaries); // one share: the row
    summaries.filled = true;
}

} // namespace textgen
