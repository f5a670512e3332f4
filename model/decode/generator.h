// Generating continuations of a prompt: K columns decoded together in one batch with a key/value (or hidden
// state) cache, each column with its own sampler settings and seeded stream of uniform numbers; past the
// model's context the window slides (re-encoding its last three quarters). Every sampled token carries the
// distribution it was drawn from. Also the chapter's method (full recomputation per token), as the baseline.
// K = columns, V = vocabulary, L = the model's sequence length.
#pragma once

#include "fault.h"

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "language_model.h"
#include "logit_summary.h"
#include "sampler.h"
#include "vocabulary.h"

namespace textgen {

class GenerationError : public EngineError {
public:
    using EngineError::EngineError;
};

struct TokenCandidate {
    std::int32_t id = 0;
    std::string text;
    float probability = 0.0f;     // after the sampler chain
    float probabilityAtT1 = 0.0f; // at temperature 1, no top-k/top-p (specials suppressed as the chain does)
};

struct SampledToken {
    std::int32_t id = 0;
    std::string text;
    float probability = 0.0f;        // under the final distribution
    float probabilityAtT1 = 0.0f;    // under the model's own (T = 1, specials suppressed as the chain does)
    double entropyBits = 0.0;        // of the final distribution
    bool forced = false;             // chosen by the caller (a branch), not drawn
    std::vector<TokenCandidate> top; // the most likely candidates, by logit
};

struct ColumnRequest {
    SamplerSettings sampler;
    std::map<int, std::int32_t> forced; // step -> token: "what if the model had picked this word here"

    bool operator==(const ColumnRequest& o) const { return sampler == o.sampler && forced == o.forced; }
};

// One column per temperature and sample, temperature by temperature: sample j of each temperature gets the
// seed base.seed + j (common random numbers: at one j the temperatures differ only through their
// distributions); every other setting comes from `base`.
std::vector<ColumnRequest> temperatureColumns(const std::vector<double>& temperatures, const SamplerSettings& base,
                                              int samplesPerTemperature = 1);

struct GenerationRequest {
    std::string prompt;
    std::vector<ColumnRequest> columns;
    int length = 50;             // tokens to generate per column
    int topCandidates = 20;      // per sampled token
    int keepLogitsOfColumn = -1; // keep this column's logits at every step (for re-applying a temperature)
    bool keepAttention = false;  // and its attention weights (the presets that attend)
};

// One step's attention, as the decode path applied it: the weights of the query that predicted the step's
// token (the context's last position) over the positions of the context window, for every attention and head.
struct StepAttention {
    std::int64_t windowStart = 0; // the context position of the first key (the window slides past L)
    std::int64_t keys = 0;
    std::int64_t heads = 0;
    std::vector<float> weights; // [attention][head][key]: layers x heads x keys
    float weight(std::size_t layer, std::int64_t head, std::int64_t key) const
    {
        return weights[(layer * static_cast<std::size_t>(heads) + static_cast<std::size_t>(head))
                           * static_cast<std::size_t>(keys)
                       + static_cast<std::size_t>(key)];
    }
};

struct GeneratedColumn {
    SamplerSettings sampler;
    std::vector<SampledToken> tokens;
    std::string text;                       // the continuation, as the tokenizer joins tokens
    std::vector<std::vector<float>> logits; // per step, when asked for
    std::vector<StepAttention> attention;   // per step, when asked for (empty for the LSTM)
};

struct GenerationResult {
    std::vector<std::int32_t> promptIds;
    std::vector<std::string> promptTokens; // the prompt's ids as words
    std::vector<std::string> unknownWords; // prompt words that became [UNK]
    std::vector<GeneratedColumn> columns;
    std::vector<LanguageModel::AttentionLayer> attentionLayers; // what StepAttention's layers are (keepAttention)
};

class Generator {
public:
    static constexpr std::int64_t kMaxLength = 10000; // tokens a column may ask for
    Generator(std::shared_ptr<LanguageModel> model, const Vocabulary& vocabulary, torch::Device device = torch::kCPU);

    // Cached and batched: the fast path. Throws GenerationError for an empty prompt or bad settings.
    GenerationResult generate(const GenerationRequest& request) const;
    // The chapter's method, without its bugs: re-run the whole model over the whole window for every token,
    // one column at a time. Same tokens as generate() for the same request (up to float rounding).
    GenerationResult generateByRecomputation(const GenerationRequest& request) const;

    // The prompt's ids through the run's tokenizer; unknown words are listed. Throws GenerationError when
    // nothing is left after standardization: the chapter's model has no start token.
    std::vector<std::int32_t> encodePrompt(const std::string& prompt, std::vector<std::string>& unknownWords) const;

    // Where the context window starts once the context holds `length` tokens and it started at `previous`:
    // unchanged while it fits in L positions, else re-based on the last three quarters of L.
    std::int64_t windowStart(std::int64_t previous, std::int64_t length) const;

    // The record of one step: the column's chain applied to `logits` (its pick draws from the column's stream
    // even when the token is forced, so a branch leaves the later draws as they were), the token taken, which
    // the chain then accepts (its repetition window).
    SampledToken sample(SamplerChain& chain, const SamplerSettings& settings, const float* logits, int topCandidates,
                        std::optional<std::int32_t> forced = std::nullopt) const;

    // sample() in its two independent halves, which generate() spreads over the cores: what the record needs of
    // the model's own distribution (T = 1, the specials suppressed as the chain suppresses them), and the
    // record itself from the chain's applied array and that.
    struct ModelDistribution {
        std::int32_t firstId = 0;      // 2 with the specials suppressed: the ids below have p = 0
        double logNormaliser = 0.0;    // p_i = exp(logit_i - logNormaliser)
        std::vector<std::int32_t> top; // the most likely ids, by logit
    };
    ModelDistribution modelDistribution(const SamplerSettings& settings, const float* logits, int topCandidates) const;
    // `applied` is the chain's array, or the same distribution from the logits' summaries (BlockwiseDistribution).
    template <typename Distribution>
    SampledToken record(SamplerChain& chain, const Distribution& applied, const ModelDistribution& model,
                        const float* logits, std::optional<std::int32_t> forced) const;
    // sample() for a column whose chain is only a temperature (plainInverseTemperature), from row `row` of
    // `summaries`: the draw, the model's distribution and the record, with no pass of their own over the
    // logits. nullopt, and nothing drawn, when the summaries cannot say (an infinity, a NaN): the chain decides.
    std::optional<SampledToken> sampleFromSummaries(SamplerChain& chain, const SamplerSettings& settings,
                                                    const float* logits, const LogitSummaries& summaries,
                                                    std::int64_t row, int topCandidates,
                                                    std::optional<std::int32_t> forced) const;

    const Vocabulary& vocabulary() const { return vocabulary_; }
    LanguageModel& model() const { return *model_; }

private:
    GenerationResult prepare(const GenerationRequest& request) const;
    // The output layer at the last position of `features` (B, n, C), B = rows or 1 (a prompt shared by every
    // column): (rows, V) float logits on the CPU, contiguous. With `summaries`, their block summaries too,
    // made by the few-rows kernel as it writes them where it can, else by a pass after it.
    torch::Tensor outputLogits(const torch::Tensor& features, std::int64_t rows, LogitSummaries* summaries) const;
    void finish(GenerationResult& result) const;

    std::shared_ptr<LanguageModel> model_;
    const Vocabulary& vocabulary_;
    torch::Device device_;
};

} // namespace textgen
