// The sampler: a chain of small steps over one array of candidates, in llama.cpp's shape. Each step narrows
// the array (drops candidates, never adds one) or reshapes it; the chain is built from the settings, its order
// is data, and the pick is its last step. Not the model and not the loop: generator.h runs one chain per
// column and step.
#pragma once

#include "fault.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "split_mix64.h"

namespace textgen {

struct SamplerSettings {
    double temperature = 1.0;     // <= 0: greedy (argmax)
    int topK = 0;                 // <= 0: no cut
    double topP = 1.0;            // >= 1: no cut; 0 keeps only the most probable token
    bool suppressSpecials = true; // padding (0) and [UNK] (1) are never drawn unless this is false
    std::uint64_t seed = 0;       // the column's stream of uniform numbers

    bool operator==(const SamplerSettings& o) const
    {
        return temperature == o.temperature && topK == o.topK && topP == o.topP
            && suppressSpecials == o.suppressSpecials && seed == o.seed;
    }
};

// The chapter's temperatures: the studio's first columns, every epoch's samples, `textgen sample`'s default.
inline const std::vector<double> kChapterTemperatures{0.2, 0.5, 0.7, 1.0, 1.5};

// FaultCode::None when the settings can be used; else what is wrong (TemperatureInvalid with "nan").
Fault checkSampler(const SamplerSettings& settings);

// The candidates still in play, as three parallel columns (ids, logits, probabilities) so that the softmax
// runs vectorised over contiguous logits. It starts as the whole vocabulary in id order; a cut leaves it in
// probability order (most probable first, ties by id).
class CandidateArray {
public:
    enum class Order { Id, Probability };

    static CandidateArray fromLogits(const float* logits, std::size_t vocabularySize);

    std::size_t size() const { return ids_.size(); }
    bool empty() const { return ids_.empty(); }
    Order order() const { return order_; }
    std::int32_t id(std::size_t i) const { return ids_[i]; }
    float logit(std::size_t i) const { return logits_[i]; }
    float maxLogit() const;
    // Softmax of the current logits over the kept candidates; valid after ensureProbabilities().
    float probability(std::size_t i) const { return probabilities_[i]; }
    bool hasProbabilities() const { return !probabilities_.empty(); }
    // The probability of token `id`, 0 when it was cut. Needs probabilities.
    float probabilityOf(std::int32_t id) const;
    // The token the pick took, -1 before a pick.
    std::int32_t selected() const { return selected_; }

    // The steps' primitives. Those that drop candidates renormalise the probabilities, if any, over the rest.
    void ensureProbabilities(); // softmax over the current logits (maximum subtracted, so no overflow)
    void scaleLogits(float factor);
    std::vector<std::size_t> mostProbable(std::size_t n) const; // positions, most probable first, ties by id
    void keepPositions(const std::vector<std::size_t>& positions, Order order); // in the order given
    void keepMarked(const std::vector<char>& keep);                             // in the array's order
    void keepFromId(std::int32_t firstId);
    void sortById();
    void select(std::int32_t id) { selected_ = id; }

    // Entropy in bits of the current distribution, without a logarithm per candidate:
    // p = softmax(l) over the kept ones, so H = -sum p (l - max l) - log p_max. Needs probabilities.
    double entropyBits() const;

private:
    std::vector<std::int32_t> ids_;
    std::vector<float> logits_;
    std::vector<float> probabilities_; // empty until a step needs them
    void renormalise();

    Order order_ = Order::Id;
    std::int32_t selected_ = -1;
};

// One step of a chain. apply() is not const: the pick advances its stream of uniform numbers.
class SamplerStep {
public:
    virtual ~SamplerStep() = default;
    virtual std::string name() const = 0;
    virtual void apply(CandidateArray& candidates) = 0;
};

// Drops padding (0) and [UNK] (1).
class SuppressSpecials : public SamplerStep {
public:
    std::string name() const override { return "suppress-specials"; }
    void apply(CandidateArray& candidates) override;
};

// Divides the logits by T. T <= 0 is greedy: only the first most probable candidate is kept.
class Temperature : public SamplerStep {
public:
    explicit Temperature(double temperature) : temperature_(temperature) { }
    std::string name() const override { return "temperature"; }
    void apply(CandidateArray& candidates) override;

private:
    double temperature_;
};

// Keeps the k most probable (ties by id). k <= 0, or k at least the array's size, is a no-op.
class TopK : public SamplerStep {
public:
    explicit TopK(int k) : k_(k) { }
    std::string name() const override { return "top-k"; }
    void apply(CandidateArray& candidates) override;

private:
    int k_;
};

// Keeps the smallest most-probable set whose mass reaches p (at least one). p >= 1 is a no-op.
class TopP : public SamplerStep {
public:
    explicit TopP(double p) : p_(p) { }
    std::string name() const override { return "top-p"; }
    void apply(CandidateArray& candidates) override;

private:
    double p_;
};

// The terminal step: draws u in [0, 1) from the column's stream and takes the first candidate, in id order,
// whose cumulative probability exceeds u. Common random numbers: the same seed at another temperature changes
// the pick only through the distribution, because temperature never reorders the candidates.
class InverseCdfPick : public SamplerStep {
public:
    explicit InverseCdfPick(std::uint64_t seed) : stream_(seed) { }
    std::string name() const override { return "pick"; }
    void apply(CandidateArray& candidates) override;
    // The same rule with a given u, for callers that own the stream.
    static std::int32_t pick(CandidateArray& candidates, double u);

private:
    SplitMix64 stream_;
};

// A chain is itself a step: its steps in order.
class SamplerChain : public SamplerStep {
public:
    // The settings' chain: suppress specials (if asked), temperature, top-k, top-p; `sampling` adds the pick.
    static SamplerChain narrowing(const SamplerSettings& settings);
    static SamplerChain sampling(const SamplerSettings& settings);

    SamplerChain& add(std::unique_ptr<SamplerStep> step);
    std::string name() const override; // "suppress-specials > temperature > ... > pick"
    void apply(CandidateArray& candidates) override;
    // A fresh array from a row of logits, through the whole chain, with its probabilities.
    CandidateArray apply(const float* logits, std::size_t vocabularySize);

private:
    std::vector<std::unique_ptr<SamplerStep>> steps_;
};

// log(sum(exp(logits))), computed stably: softmax(logits)[i] = exp(logits[i] - logSumExp(logits)).
double logSumExp(const std::vector<float>& logits);
double logSumExp(const float* logits, std::size_t n);

// Entropy in bits of a distribution (0 log 0 = 0): the definition, for checking the chain's shortcut.
double entropyBits(const std::vector<float>& probabilities);

// The ids of the n largest values, largest first (ties by id).
std::vector<std::int32_t> topIds(const float* values, std::size_t size, std::size_t n);
inline std::vector<std::int32_t> topIds(const std::vector<float>& values, std::size_t n)
{
    return topIds(values.data(), values.size(), n);
}

} // namespace textgen
