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
    // (R, N) each, written by summarise(); a block with no id left (below firstId) has largest -infinity and
    // sums of 0:
    std::vector<float> largest;       // the block's largest logit l_max
    std::vector<float> scaledLargest; // l_max τ, the block's largest scaled logit s_max
    std::vector<float> sum;           // Σ e^(l τ - s_max): each term as the sampler's softmax rounds it
    std::vector<float> weighted;      // Σ e^(l τ - s_max) (l τ - s_max), for the entropy
    std::vector<float> sumAtOne;      // Σ e^(l - l_max): the model's own distribution, at temperature 1
    bool filled = false;              // whether the last call that was asked for them wrote them

    // Sizes the arrays for (rows, outputs) logits and marks them unfilled.
    void prepare(std::int64_t rows, std::int64_t outputs);
    std::int64_t at(std::int64_t row, std::int64_t block) const { return row * blocksPerRow + block; }
};

// Block `block` of row `row`: logits[0, width) are the block's outputs, from its first id on.
void summariseBlock(const float* logits, std::int64_t row, std::int64_t block, std::int64_t width,
                    LogitSummaries& summaries);

// Every row of (rows, outputs) contiguous logits: for output layers that are not the few-rows kernel (the
// GPU's, a prompt of many positions), so that every path samples from the same kind of summary.
void summariseLogits(const float* logits, std::int64_t rows, std::int64_t outputs, LogitSummaries& summaries);

} // namespace textgen
