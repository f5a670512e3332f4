// The sampler: a chain of small steps over one array of candidates, in llama.cpp's shape. Each step narrows
// the array (drops candidates, never adds one) or reshapes it; the chain is built from the settings, its order
// is data, and the pick is its last step. Not the model and not the loop: generator.h runs one chain per
// column and step.
#pragma once

#include "fault.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "split_mix64.h"

namespace textgen {

// The steps a chain's settings can order (suppressing the specials always comes first, the pick last).
enum class SamplerStepKind { RepetitionPenalty, Temperature, TopK, TopP, MinP };
inline const std::vector<SamplerStepKind> kDefaultChainOrder{SamplerStepKind::RepetitionPenalty,
                                                             SamplerStepKind::Temperature, SamplerStepKind::TopK,
                                                             SamplerStepKind::TopP, SamplerStepKind::MinP};
// "repetition-penalty", "temperature", "top-k", "top-p", "min-p": the names --chain and the sample sets use.
const char* stepKindName(SamplerStepKind kind);
std::optional<SamplerStepKind> stepKindFromName(const std::string& name);
// "temperature,top-k,top-p": the order as --chain takes it; parsed back with parseChainOrder (nullopt for an
// unknown name).
std::string chainOrderText(const std::vector<SamplerStepKind>& order, const char* separator = ",");
std::optional<std::vector<SamplerStepKind>> parseChainOrder(const std::string& text);

struct SamplerSettings {
    double temperature = 1.0;       // <= 0: greedy (argmax)
    int topK = 0;                   // <= 0: no cut
    double topP = 1.0;              // >= 1: no cut; 0 keeps only the most probable token
    double minP = 0.0;              // <= 0: no cut; else keep p >= minP * p_max
    double repetitionPenalty = 1.0; // 1: none; else the window's tokens: positive logits / it, negative ones * it
    int repetitionWindow = 64;      // the context's last tokens the penalty looks at
    bool suppressSpecials = true;   // padding (0) and [UNK] (1) are never drawn unless this is false
    std::uint64_t seed = 0;         // the column's stream of uniform numbers
    std::vector<SamplerStepKind> order = kDefaultChainOrder; // a step left out is not applied

    bool operator==(const SamplerSettings& o) const
    {
        return temperature == o.temperature && topK == o.topK && topP == o.topP && minP == o.minP
            && repetitionPenalty == o.repetitionPenalty && repetitionWindow == o.repetitionWindow
            && suppressSpecials == o.suppressSpecials && seed == o.seed && order == o.order;
    }
};

// Whether the settings ask this step to change anything (temperature always does: it is the subject). A
// step that does not act is left out of the chain, its description and the views' headings.
bool stepActs(const SamplerSettings& settings, SamplerStepKind kind);

// "temperature 0.7 > top-k 40 > min-p 0.05": the steps that change something, in their order, with their
// values (temperature always; greedy is "temperature 0"). The pick is implied.
std::string describeChain(const SamplerSettings& settings);

// The chapter's temperatures: the studio's first columns, every epoch's samples, `textgen sample`'s default.
inline const std::vector<double> kChapterTemperatures{0.2, 0.5, 0.7, 1.0, 1.5};

// The shortest decimal text of a value ("0.7").
std::string valueText(double value);

// FaultCode::None when the settings can be used; else what is wrong (TemperatureInvalid with "nan"; a step
// listed twice in the order, or a step that is set but left out of it).
Fault checkSampler(const SamplerSettings& settings);

// The candidates still in play, as three parallel columns (ids, logits, probabilities) so that the softmax
// runs vectorised over contiguous logits. It starts as the whole vocabulary in id order; a cut leaves it in
// probability order (most probable first, ties by id).
class CandidateArray {
public:
    enum class Order { Id, Probability };

    static CandidateArray fromLogits(const float* logits, std::size_t vocabularySize);
    // The same in place: every candidate back, the buffers kept (a decode step refills five of 15,000).
    void assign(const float* logits, std::size_t vocabularySize);

    std::size_t size() const { return logits_.size(); }
    bool empty() const { return logits_.empty(); }
    Order order() const { return order_; }
    std::int32_t id(std::size_t i) const { return runStart_ ? *runStart_ + static_cast<std::int32_t>(i) : ids_[i]; }
    float logit(std::size_t i) const { return logits_[i]; }
    float maxLogit() const;
    // Softmax of the current logits over the kept candidates; valid after ensureProbabilities().
    float probability(std::size_t i) const { return probabilities_[i]; }
    const float* probabilities() const { return probabilities_.data(); }
    bool hasProbabilities() const { return !probabilities_.empty(); }
    // The probability of token `id`, 0 when it was cut. Needs probabilities.
    float probabilityOf(std::int32_t id) const;
    // Where token `id` is in the array, if it was not cut.
    std::optional<std::size_t> positionOf(std::int32_t id) const;
    // The token the pick took, -1 before a pick.
    std::int32_t selected() const { return selected_; }

    // The steps' primitives. Those that drop candidates renormalise the probabilities, if any, over the rest.
    void ensureProbabilities(); // softmax over the current logits (maximum subtracted, so no overflow)
    void scaleLogits(float factor);
    void setLogit(std::size_t i, float logit);
    std::vector<std::size_t> mostProbable(std::size_t n) const; // positions, most probable first, ties by id
    void keepPositions(const std::vector<std::size_t>& positions, Order order); // in the order given
    void keepMarked(const std::vector<char>& keep);                             // in the array's order
    void keepFromId(std::int32_t firstId);
    void sortById();
    void select(std::int32_t id) { selected_ = id; }

    // Entropy in bits of the current distribution, without a logarithm per candidate:
    // p = softmax(l) over the kept ones, so H = -sum p (l - max l) - log p_max. Needs probabilities. Free after
    // the softmax, whose pass adds up what it needs; a pass of its own after a cut.
    double entropyBits() const;

private:
    // While the candidates are a run of consecutive ids in id order, as assign leaves them and dropping the
    // specials keeps them, their ids are not written: candidate i is runStart_ + i. A cut writes them.
    std::optional<std::int32_t> runStart_;
    std::vector<std::int32_t> ids_; // unused while runStart_ is set
    std::vector<float> logits_;
    std::vector<float> probabilities_;  // empty until a step needs them
    std::optional<double> entropyNats_; // from the softmax's sums, until the probabilities change
    // The largest logit, once a pass has found it: the temperature, the softmax and the entropy each need it.
    // Written by const maxLogit(), so one array is not for two threads at once, not even to read.
    mutable std::optional<float> maxLogit_;
    std::vector<std::int32_t> spareIds_; // keepPositions gathers into these and swaps them in
    std::vector<float> spareFloats_;
    void writeIds();
    void renormalise();

    Order order_ = Order::Id;
    std::int32_t selected_ = -1;
};

// One step of a chain. apply() is not const: the pick advances its stream of uniform numbers.
class SamplerStep {
public:
    virtual ~SamplerStep() = default;
    virtual std::string name() const = 0;
    // The name with the step's value ("top-k 40"), as the pipeline view labels its stages.
    virtual std::string description() const { return name(); }
    virtual void apply(CandidateArray& candidates) = 0;
    // The token the context took at this step (drawn or forced), for the steps that look back.
    virtual void accept(std::int32_t /*token*/) { }
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
    std::string description() const override { return "temperature " + valueText(temperature_); }
    void apply(CandidateArray& candidates) override;

private:
    double temperature_;
};

// Keeps the k most probable (ties by id). k <= 0, or k at least the array's size, is a no-op.
class TopK : public SamplerStep {
public:
    explicit TopK(int k) : k_(k) { }
    std::string name() const override { return "top-k"; }
    std::string description() const override { return "top-k " + std::to_string(k_); }
    void apply(CandidateArray& candidates) override;

private:
    int k_;
};

// Keeps the smallest most-probable set whose mass reaches p (at least one). p >= 1 is a no-op.
class TopP : public SamplerStep {
public:
    explicit TopP(double p) : p_(p) { }
    std::string name() const override { return "top-p"; }
    std::string description() const override { return "top-p " + valueText(p_); }
    void apply(CandidateArray& candidates) override;

private:
    double p_;
};

// Keeps the candidates with p >= minP * p_max (ties at the threshold kept). minP <= 0 is a no-op.
class MinP : public SamplerStep {
public:
    explicit MinP(double minP) : minP_(minP) { }
    std::string name() const override { return "min-p"; }
    std::string description() const override { return "min-p " + valueText(minP_); }
    void apply(CandidateArray& candidates) override;

private:
    double minP_;
};

// The repetition penalty of Keskar et al. (CTRL) over the context's last `window` tokens, as llama.cpp and
// transformers apply it: each distinct token in the window has its logit divided by the penalty when
// positive and multiplied by it when not. The window is fed by accept(); penalty 1 is a no-op.
class RepetitionPenalty : public SamplerStep {
public:
    RepetitionPenalty(double penalty, int window) : penalty_(penalty), window_(std::max(window, 0)) { }
    std::string name() const override { return "repetition-penalty"; }
    std::string description() const override
    {
        return "repetition-penalty " + valueText(penalty_) + " over " + std::to_string(window_);
    }
    void apply(CandidateArray& candidates) override;
    void accept(std::int32_t token) override;

private:
    double penalty_;
    std::size_t window_;
    std::vector<std::int32_t> recent_; // the last window_ tokens, oldest first
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
    // The next u of the stream, for a caller that picks by the same rule from another form of the same
    // distribution (blockwise_sampling.h).
    double draw() { return stream_.uniform(); }

private:
    SplitMix64 stream_;
};

// A chain is itself a step: its steps in order.
class SamplerChain : public SamplerStep {
public:
    // The settings' chain: suppress specials (if asked), then the steps in the settings' order that change
    // something (temperature always); `sampling` adds the pick. `context`, the tokens before this step, feeds the steps
    // that look back.
    static SamplerChain narrowing(const SamplerSettings& settings, const std::vector<std::int32_t>& context = {});
    static SamplerChain sampling(const SamplerSettings& settings);

    SamplerChain& add(std::unique_ptr<SamplerStep> step);
    std::size_t size() const { return steps_.size(); }
    const SamplerStep& step(std::size_t i) const { return *steps_[i]; }
    SamplerStep& step(std::size_t i) { return *steps_[i]; }
    void accept(std::int32_t token) override;
    std::string name() const override; // "suppress-specials > temperature > ... > pick"
    void apply(CandidateArray& candidates) override;
    // A fresh array from a row of logits, through the whole chain, with its probabilities.
    CandidateArray apply(const float* logits, std::size_t vocabularySize);
    // The same in the chain's own array, valid until the next call: its buffers are reused, not reallocated
    // and faulted in again for every token.
    const CandidateArray& applyInPlace(const float* logits, std::size_t vocabularySize);
    // The next u of the pick's stream, as the pick would draw it; 0 for a chain without a pick.
    double drawUniform();

private:
    std::vector<std::unique_ptr<SamplerStep>> steps_;
    CandidateArray scratch_;
};

// The first id a chain of these settings can draw: kFirstWordId with the specials suppressed (padding is 0,
// [UNK] is 1), else 0.
inline constexpr std::int32_t kFirstWordId = 2;
inline std::int32_t firstDrawableId(const SamplerSettings& settings)
{
    return settings.suppressSpecials ? kFirstWordId : 0;
}

// The factor τ = 1 / T that the chain of these settings multiplies the logits by, when that and the specials
// are all it does before the pick: T > 0 with τ finite, and no other step acting (no cut, no penalty). Then a
// column can be drawn from summaries of its logits (blockwise_sampling.h) instead of through the chain.
std::optional<float> plainInverseTemperature(const SamplerSettings& settings);

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
