// What sampling needs of a row of logits, gathered 64 logits at a time while they are still in the cache:
// each block's largest logit and, relative to it, the sums of a softmax at the column's temperature and at 1.
// The few-rows kernel fills them as it writes each block of the output layer (fewRowsLinear with summaries),
// so a decode step's sampling no longer makes passes of its own over 15,000 logits per column. Not the draw:
// blockwise_sampling.h turns the summaries into a distribution and picks from it.
// R = rows (the columns), V = outputs (the vocabulary), N = blocks per row, ceil(V / 64).
#pragma once

#include <cstdint>
#include <vector>

namespace textgen {

inline constexpr std::int64_t kSummaryBlock = 64; // the kernel's block of outputs

struct LogitSummaries {
    // One per row: τ = 1 / T, as a float (what the sampler's temperature multiplies the logits by); 0 leaves the
    // row out.
    std::vector<float> inverseTemperatures;
    // One per row: ids below are left out (2: the specials a sampler suppresses). Empty: 0 for every row.
    std::vector<std::int64_t> firstIds;
    std::int64_t blocksPerRow = 0;
    // (R, N) each, written by summariseBlock(); a block with no id left (below firstId) has largest -infinity and
    // sums of 0:
    std::vector<float> largest;       // the block's largest logit l_max
    std::vector<float> scaledLargest; // l_max τ, the block's largest scaled logit s_max
    std::vector<float> sum;           // Σ e^(l τ - s_max): each term as the sampler's softmax rounds it
    std::vector<float> weighted;      // Σ e^(l τ - s_max) (l τ - s_max), for the entropy
    std::vector<float> sumAtOne;      // Σ e^(l - l_max): the model's own distribution, at temperature 1

    // A share is the run of blocks one thread wrote. Right after, in the same parallel region, that thread
    // adds its blocks up, and finds its share's largest logits, while they are in its own caches: read from
    // the other core, the blocks of a row cost a sampler several microseconds a column in cache misses.
    struct Share {
        std::int64_t firstBlock = 0, lastBlock = 0;       // the blocks [first, last)
        float largest = 0.0f, scaledLargest = 0.0f;       // the share's l_max and s_max (-infinity: nothing to draw)
        double sum = 0.0, weighted = 0.0, sumAtOne = 0.0; // its blocks' sums, relative to the share's own
    };
    int topCandidates = 0;      // n: how many of each share's largest logits to keep (the generator's top 20)
    std::int64_t maxShares = 1; // room for this many shares a row
    std::int64_t shareCount = 0;
    std::vector<Share> shares; // (R, maxShares)
    // (R, maxShares, n): each share's n largest logits (value, id), largest first, ties by id; fewer when the
    // share has fewer ids.
    std::vector<std::pair<float, std::int32_t>> shareTop;
    std::vector<std::int32_t> shareTopCount; // (R, maxShares)

    bool filled = false; // whether the last call that was asked for them wrote them

    // Sizes the arrays for (rows, outputs) logits and up to `shareRoom` shares a row, and marks them unfilled.
    void prepare(std::int64_t rows, std::int64_t outputs, std::int64_t shareRoom = 1);
    std::int64_t at(std::int64_t row, std::int64_t block) const { return row * blocksPerRow + block; }
    std::int64_t shareAt(std::int64_t row, std::int64_t share) const { return row * maxShares + share; }
};

// Softmax sums a part (a block, a share) took relative to its own largest scaled logit s_part, brought to a
// larger shift s and added up: with gap = s_part - s and f = e^gap, Σ e = f Σ e_part and
// Σ e (l τ - s) = f (Σ e_part (l τ - s_part) + gap Σ e_part).
struct ShiftedSums {
    double sum = 0.0, weighted = 0.0;
    void add(double factor, double gap, double partSum, double partWeighted)
    {
        sum += factor * partSum;
        weighted += factor * (partWeighted + gap * partSum);
    }
};

// Block `block` of row `row`: logits[0, width) are the block's outputs, from its first id on.
void summariseBlock(const float* logits, std::int64_t row, std::int64_t block, std::int64_t width,
                    LogitSummaries& summaries);

// Share `share` of `shareCount`, blocks [firstBlock, lastBlock) of every row of (rows, outputs) contiguous
// logits, whose blocks summariseBlock has summarised: their sums and the share's n largest logits.
void summariseShare(const float* logits, std::int64_t rows, std::int64_t outputs, std::int64_t firstBlock,
                    std::int64_t lastBlock, std::int64_t share, std::int64_t shareCount, LogitSummaries& summaries);

// Every row of (rows, outputs) contiguous logits: for output layers that are not the few-rows kernel (the
// GPU's, a prompt of many positions), so that every path samples from the same kind of summary.
void summariseLogits(const float* logits, std::int64_t rows, std::int64_t outputs, LogitSummaries& summaries);

} // namespace textgen
