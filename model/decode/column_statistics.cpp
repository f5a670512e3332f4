// A column's statistics.
#include "column_statistics.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace textgen {

double distinctNGrams(const std::vector<std::int32_t>& ids, int n)
{
    if (n <= 0 || ids.size() < static_cast<std::size_t>(n))
        return 0.0;
    std::set<std::vector<std::int32_t>> seen;
    const std::size_t grams = ids.size() - static_cast<std::size_t>(n) + 1;
    for (std::size_t i = 0; i < grams; ++i)
        seen.emplace(ids.begin() + static_cast<std::ptrdiff_t>(i), ids.begin() + static_cast<std::ptrdiff_t>(i) + n);
    return static_cast<double>(seen.size()) / static_cast<double>(grams);
}

double repeatedTrigramRate(const std::vector<std::int32_t>& ids)
{
    if (ids.size() < 3)
        return 0.0;
    std::set<std::vector<std::int32_t>> seen;
    std::size_t repeated = 0;
    const std::size_t grams = ids.size() - 2;
    for (std::size_t i = 0; i < grams; ++i)
        if (!seen.emplace(ids.begin() + static_cast<std::ptrdiff_t>(i),
                          ids.begin() + static_cast<std::ptrdiff_t>(i) + 3)
                 .second)
            ++repeated;
    return static_cast<double>(repeated) / static_cast<double>(grams);
}

Loop longestLoop(const std::vector<std::int32_t>& ids, int maxPeriod)
{
    Loop best;
    const int n = static_cast<int>(ids.size());
    for (int period = 1; period <= maxPeriod && 2 * period <= n; ++period) {
        // A run of positions i with ids[i] == ids[i - period], from `from` to i - 1, is a loop over
        // [from - period, i).
        int from = period;
        for (int i = period; i <= n; ++i) {
            if (i < n && ids[static_cast<std::size_t>(i)] == ids[static_cast<std::size_t>(i - period)])
                continue;
            const int length = i - from + period;
            if (i > from && length >= std::max(2 * period, 4)) {
                const Loop loop{from - period, period, length};
                if (loop.length > best.length || (loop.length == best.length && loop.start < best.start))
                    best = loop;
            }
            from = i + 1;
        }
    }
    return best;
}

ColumnStatistics columnStatistics(const std::vector<SampledToken>& tokens)
{
    ColumnStatistics statistics;
    if (tokens.empty())
        return statistics;
    std::vector<std::int32_t> ids;
    double entropy = 0.0, negativeLog = 0.0;
    for (const SampledToken& token : tokens) {
        ids.push_back(token.id);
        entropy += token.entropyBits;
        negativeLog -= std::log(std::max(static_cast<double>(token.probabilityAtT1), 1e-30));
    }
    const auto count = static_cast<double>(tokens.size());
    statistics.meanEntropyBits = entropy / count;
    statistics.perplexityAtT1 = std::exp(negativeLog / count);
    statistics.distinct1 = distinctNGrams(ids, 1);
    statistics.distinct2 = distinctNGrams(ids, 2);
    statistics.repeatedTrigrams = repeatedTrigramRate(ids);
    statistics.loop = longestLoop(ids);
    return statistics;
}

} // namespace textgen
