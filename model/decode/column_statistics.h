// What a column's text says about its temperature, as numbers: how uncertain the model was, how likely it
// finds the text at T = 1, how varied the words are, and where the text loops. The chapter says in words
// that low temperatures repeat themselves; these count it.
#pragma once

#include <cstdint>
#include <vector>

#include "generator.h"

namespace textgen {

// A stretch of the text that repeats a cycle of `period` tokens back to back: tokens [start, start + length)
// with token i equal to token i - period from start + period on, and length >= max(2 * period, 4).
struct Loop {
    int start = 0;
    int period = 0;
    int length = 0;
    bool found() const { return length > 0; }
    bool operator==(const Loop& o) const { return start == o.start && period == o.period && length == o.length; }
};

struct ColumnStatistics {
    double meanEntropyBits = 0.0;  // of the distributions the tokens were drawn from
    double perplexityAtT1 = 0.0;   // exp of the mean negative log probability under the model at T = 1
    double distinct1 = 0.0;        // distinct tokens / tokens
    double distinct2 = 0.0;        // distinct bigrams / bigrams
    double repeatedTrigrams = 0.0; // trigrams that already occurred earlier in the text / trigrams
    Loop loop;                     // the longest loop, if any
};

// distinct n-grams over n-grams (0 when the text is shorter than n).
double distinctNGrams(const std::vector<std::int32_t>& ids, int n);
// The share of trigrams seen before in the same text (0 when there are none).
double repeatedTrigramRate(const std::vector<std::int32_t>& ids);
// The longest loop with a period of at most `maxPeriod` (ties: the earliest, then the shortest period).
Loop longestLoop(const std::vector<std::int32_t>& ids, int maxPeriod = 12);

ColumnStatistics columnStatistics(const std::vector<SampledToken>& tokens);

} // namespace textgen
