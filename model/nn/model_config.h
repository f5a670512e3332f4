// The model presets and their sizes: the chapter's Transformer decoder (seed), a modern GPT, and an LSTM.
// Not the modules themselves (seed_model.h, gpt_model.h, lstm_model.h) nor training (trainer.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace textgen {

enum class Preset {
    Seed, // the chapter's model, quirks kept where they are the model
    Gpt,  // pre-norm blocks, tied embeddings, GPT-2 initialisation, AdamW with warmup and cosine decay
    Lstm, // the recurrent alternative the chapter mentions
};

std::string_view presetName(Preset preset);
std::optional<Preset> presetFromName(std::string_view name);

struct ModelConfig {
    Preset preset = Preset::Seed;
    std::int64_t vocabSize = 15000;    // the chapter's max_tokens, padding and [UNK] included
    std::int64_t sequenceLength = 100; // positions the model can embed (the chapter's sequence_length)
    std::int64_t embed = 256;          // embedding width; the LSTM's hidden width too
    std::int64_t heads = 2;            // attention heads (seed: each head is `embed` wide, as Keras key_dim)
    std::int64_t feedForward = 2048;   // width of the feed-forward layer (the chapter's latent_dim)
    std::int64_t layers = 1;           // decoder blocks, or LSTM layers
    double dropout = 0.0;              // the chapter's decoder has none
};

// What a preset is apart from its network, as one row of a table (model_config.cpp). The rest of the engine
// and the app ask the row, so no code outside the presets' own files, this table and the factory
// (makeModel) names a preset.
enum class ScoredTokens {
    NonPaddingInputs,  // Keras' mask propagation: every position whose input is a word (the last one predicts padding)
    NonPaddingTargets, // every position whose target is a word
};
enum class OptimizerKind {
    KerasRmsprop, // rho 0.9, epsilon 1e-7, a constant rate, no clipping
    AdamWCosine,  // betas 0.9/0.95, decay on matrices, warm-up then cosine decay, clipping
};
struct PresetTraits {
    bool attention = true;            // heads and feed-forward width are sizes of this preset
    bool headsSplitEmbedding = false; // heads must divide the embedding (GPT); the seed's heads are each embed wide
    bool fixedContext = true;         // positions are embedded up to sequenceLength; the LSTM's state has no limit
    ScoredTokens scored = ScoredTokens::NonPaddingTargets;
    OptimizerKind optimizer = OptimizerKind::AdamWCosine;
    const char* optimizerName = "adamw"; // as run.json names it
    std::int64_t batchSize = 64;         // the training defaults that differ between presets
    double learningRate = 1e-3;
    double gradientClip = 1.0;
};
const PresetTraits& presetTraits(Preset preset);

// The preset a front end starts from when none is chosen: the chapter's.
constexpr Preset kDefaultPreset = Preset::Seed;

// The preset's sizes: seed = the chapter's (256, 2 heads, 2048, 1 block); gpt = 4 blocks of 256 with 4 heads
// and 1024, dropout 0.1; lstm = 2 layers of 512.
ModelConfig presetConfig(Preset preset);

// An empty string when the configuration can be built, else what is wrong, in words a person can act on
// ("embedding 250 is not divisible by 6 heads").
std::string validateConfig(const ModelConfig& config);

// The same check as a code and its numbers, for a front end that words it in its own language.
struct ConfigProblem {
    enum class Code {
        None,
        VocabularyTooSmall,    // value: the vocabulary size
        SequenceTooShort,      // value: the sequence length
        EmbeddingTooSmall,     // value: the embedding
        TooFewLayers,          // value: the layers
        DropoutOutOfRange,     // value: the dropout
        TooFewHeads,           // value: the heads
        FeedForwardTooSmall,   // value: the feed-forward size
        EmbeddingNotDivisible, // value: the embedding; heads: the heads
    };
    Code code = Code::None;
    double value = 0.0;
    std::int64_t heads = 0;
};
ConfigProblem checkConfig(const ModelConfig& config);

// A compact description: "seed: vocab 15000, seq 100, embed 256, 2 heads, ff 2048, 1 layer, dropout 0".
std::string describeConfig(const ModelConfig& config);

} // namespace textgen
