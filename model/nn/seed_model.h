// The chapter's model, ported faithfully: PositionalEmbedding -> TransformerDecoder -> Dense(vocab).
// Keras semantics: MultiHeadAttention(num_heads, key_dim=embed) has heads of `embed` each; LayerNormalization
// epsilon 1e-3; post-norm; glorot-uniform kernels. Not generation: that is the generator's job.
// B = batch, T = time, C = embed, h = heads, d = key_dim (= C), V = vocabulary.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "language_model.h"

namespace textgen {

// Learned token embeddings plus learned position embeddings (the chapter's PositionalEmbedding).
struct PositionalEmbeddingImpl : torch::nn::Module {
    PositionalEmbeddingImpl(std::int64_t sequenceLength, std::int64_t vocabSize, std::int64_t embed);
    torch::Tensor forward(const torch::Tensor& ids); // (B, T) -> (B, T, C)

    torch::nn::Embedding token_embeddings{nullptr};
    torch::nn::Embedding position_embeddings{nullptr};
};
TORCH_MODULE(PositionalEmbedding);

// Keras MultiHeadAttention: query/key/value projections to h heads of d, attention, output projection to C.
struct KerasAttentionImpl : torch::nn::Module {
    KerasAttentionImpl(std::int64_t embed, std::int64_t heads, std::int64_t keyDim);
    // query (B, Tq, C), source (B, Tk, C), mask broadcastable to (B, h, Tq, Tk), true = may attend.
    torch::Tensor forward(const torch::Tensor& query, const torch::Tensor& source, const torch::Tensor& mask);
    // The pieces, for decoding with cached keys and values.
    torch::Tensor projectQuery(const torch::Tensor& query);  // (B, Tq, C) -> (B, h, Tq, d), scaled
    torch::Tensor projectKey(const torch::Tensor& source);   // (B, Tk, C) -> (B, h, Tk, d)
    torch::Tensor projectValue(const torch::Tensor& source); // (B, Tk, C) -> (B, h, Tk, d)
    // mask undefined: every key may be attended to. `weights`: where to add the softmax weights (B, h, Tq, Tk).
    torch::Tensor attend(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                         const torch::Tensor& mask, std::vector<torch::Tensor>* weights = nullptr);

    torch::nn::Linear query_dense{nullptr}, key_dense{nullptr}, value_dense{nullptr}, output_dense{nullptr};
    std::int64_t heads;
    std::int64_t keyDim;
};
TORCH_MODULE(KerasAttention);

// What decoding keeps per block: both attentions' keys and values, because both take them from the block's
// input.
struct SeedCache : DecodeCache {
    struct Block {
        KeyValueCache attention1, attention2;
        std::vector<float> scratch; // the raw step's buffers, kept from one word to the next
    };
    std::vector<Block> blocks;
    // Whether every weight is a float CPU tensor, contiguous: looked at on a generation's first word, not on
    // every word (a walk over the module tree, 1% of a generation's time).
    std::optional<bool> weightsAreRawBuffers;
    void repeatBatch(std::int64_t times) override;
    std::int64_t bytes() const override;
};

// The chapter's TransformerDecoder, with the source being the block's own input.
struct SeedDecoderImpl : torch::nn::Module {
    explicit SeedDecoderImpl(const ModelConfig& config);
    // x (B, T, C); causal (T, T); crossMask (B, 1, T, T): causal and key-not-padding.
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& causal, const torch::Tensor& crossMask);
    // x (B, n, C): new positions; the block's cache is extended here.
    torch::Tensor decode(const torch::Tensor& x, SeedCache::Block& cache, const torch::Tensor& mask,
                         std::vector<torch::Tensor>* weights = nullptr);
    // The same on raw buffers (seed_decode_step.cpp), for a few new positions: what every sampled word costs,
    // and a short prompt. Float CPU weights, outside autograd: SeedModel::decodesOnRawBuffers().
    torch::Tensor decodeStep(const torch::Tensor& x, SeedCache::Block& cache); // x (B, n, C) -> (B, n, C)

    KerasAttention attention_1{nullptr}, attention_2{nullptr};
    torch::nn::Linear dense_proj_1{nullptr}, dense_proj_2{nullptr};
    torch::nn::LayerNorm layernorm_1{nullptr}, layernorm_2{nullptr}, layernorm_3{nullptr};
    torch::nn::Dropout dropout{nullptr};

private:
    // The five products a step takes of x (both attentions' keys and values, the first one's query) as one:
    // a copy of their weights stacked, made again when any of them changes (training, a loaded checkpoint).
    struct StackedProjection {
        std::mutex mutex;
        torch::Tensor weight, bias;                                               // (5 h d, C), (5 h d)
        std::vector<std::tuple<const void*, const void*, std::uint32_t>> sources; // each part's tensor, data, version
    };
    std::pair<torch::Tensor, torch::Tensor> stackedProjection();
    std::shared_ptr<StackedProjection> stacked_ = std::make_shared<StackedProjection>();
};
TORCH_MODULE(SeedDecoder);

class SeedModel : public LanguageModel {
public:
    // Decoding this many positions or fewer goes through the raw step (seed_decode_step.cpp), all at once.
    static constexpr std::int64_t kRawStepPositions = 8;
    explicit SeedModel(const ModelConfig& config);
    torch::Tensor features(const torch::Tensor& ids) override;
    OutputLayer outputLayer(const torch::Tensor& features) override
    {
        return {features, lm_head_->weight, lm_head_->bias};
    }
    torch::Tensor decodeFeatures(const torch::Tensor& ids, DecodeState& state) override;
    std::vector<AttentionLayer> attentionLayers() const override; // per block: self, then cross

private:
    bool decodesOnRawBuffers(SeedCache& cache); // every weight a float CPU tensor, contiguous, and no gradient wanted
    torch::Tensor embedSteps(const torch::Tensor& ids, std::int64_t offset); // (B, n) from offset -> (B, n, C)

    PositionalEmbedding embedding_{nullptr};
    torch::nn::ModuleList decoders_{nullptr};
    torch::nn::Linear lm_head_{nullptr};
    torch::Tensor causal_; // (L, L) bool, built once; sliced per call
};

} // namespace textgen
