// Sampling one column at a temperature from its logits and their block summaries (logit_summary.h): the
// distribution of the chain suppress-specials > temperature > pick, its draw by the pick's rule, its entropy,
// and the model's own distribution at temperature 1, without a pass over the whole row. The summaries were
// made while the output layer wrote the logits, each thread's share of the blocks added up by that thread;
// what is left is to combine the shares, walk the blocks of one of them and one block of 64 logits. Not the
// chain: a column whose settings cut or penalise (plainInverseTemperature() says no) is sampled by its chain.
// Nor the model: the generator asks the output layer for the summaries.
// V = the vocabulary, N = blocks of 64 logits, ceil(V / 64).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "logit_summary.h"

namespace textgen {

class BlockwiseDistribution {
public:
    // Row `row` of `summaries`, whose logits (V) are `logits`. nullopt when the row has no finite largest
    // logit or its sums are not finite (an infinity, a NaN): the chain defines those cases, so it takes them.
    static std::optional<BlockwiseDistribution> of(const float* logits, std::int64_t vocabularySize,
                                                   const LogitSummaries& summaries, std::int64_t row);

    // InverseCdfPick's rule for a given u in [0, 1): the first id whose cumulative probability exceeds u. The
    // blocks before it are added whole, from their sums; the block it falls in term by term, each term as the
    // chain's softmax computes it.
    std::int32_t pick(double u);
    void select(std::int32_t id) { selected_ = id; }
    std::int32_t selected() const { return selected_; } // -1 before a pick

    // softmax(l τ) of `id`: 0 for an id below the first kept one.
    float probabilityOf(std::int32_t id) const;
    double entropyBits() const { return entropyBits_; }
    // log Σ e^l over the kept ids: the model's own distribution, p(id) at T = 1 is e^(l - this).
    double logNormaliserAtOne() const { return logNormaliserAtOne_; }
    // The ids of the n largest logits among the kept ones, largest first, ties by id: topIds() over them. The
    // shares' own n largest merged where they kept that many, else from the blocks whose largest logit can be
    // among them.
    std::vector<std::int32_t> topIds(std::size_t n) const;

private:
    BlockwiseDistribution(const float* logits, std::int64_t vocabularySize, const LogitSummaries& summaries,
                          std::int64_t row);
    const float* logits_;
    std::int64_t size_, firstId_, blocks_;
    const LogitSummaries* summaries_;
    std::int64_t row_;
    const float* largest_;
    const float* scaledLargest_;
    const float* sums_;
    float tau_;
    float shift_ = 0.0f;      // the row's largest scaled logit, s
    double normaliser_ = 0.0; // Z = Σ e^(l τ - s)
    double entropyBits_ = 0.0;
    double logNormaliserAtOne_ = 0.0;
    std::int32_t selected_ = -1;
};

} // namespace textgen
