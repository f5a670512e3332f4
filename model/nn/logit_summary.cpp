#include "logit_summary.h"

#include <algorithm>
#include <limits>

#include "vector_math.h"

namespace textgen {

void LogitSummaries::prepare(std::int64_t rows, std::int64_t outputs)
{
    blocksPerRow = (outputs + kSummaryBlock - 1) / kSummaryBlock;
    firstIds.resize(static_cast<std::size_t>(rows), 0);
    const auto size = static_cast<std::size_t>(rows * blocksPerRow);
    for (std::vector<float>* array : {&largest, &scaledLargest, &sum, &weighted, &sumAtOne})
        array->resize(size);
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

void summariseLogits(const float* logits, std::int64_t rows, std::int64_t outputs, LogitSummaries& summaries)
{
    summaries.prepare(rows, outputs);
#pragma omp parallel for schedule(static) if (rows > 1)
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t b = 0; b < summaries.blocksPerRow; ++b)
            summariseBlock(logits + r * outputs + b * kSummaryBlock, r, b,
                           std::min(kSummaryBlock, outputs - b * kSummaryBlock), summaries);
    summaries.filled = true;
}

} // namespace textgen
