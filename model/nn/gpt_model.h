// A GPT as a practitioner builds one today (nanoGPT's shape): pre-norm blocks, learned positions, dropout,
// tied input/output embeddings, GPT-2 initialisation. Training choices (AdamW, schedule) live in trainer.h.
// B = batch, T = time, C = embed, nh = heads, hs = C / nh, V = vocabulary.
#pragma once

#include "language_model.h"

#include <array>

namespace textgen {

// What decoding keeps: each block's keys and values.
struct GptCache : DecodeCache {
    std::vector<KeyValueCache> blocks;
    void repeatBatch(std::int64_t times) override;
    std::int64_t bytes() const override;
};

struct CausalSelfAttentionImpl : torch::nn::Module {
    explicit CausalSelfAttentionImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& causal); // (B, T, C) -> (B, T, C)
    // x (B, n, C) at new positions; the cache's keys and values are extended here.
    torch::Tensor decode(const torch::Tensor& x, KeyValueCache& cache, const torch::Tensor& mask,
                         std::vector<torch::Tensor>* weights = nullptr);

    // The one path both use. (B, T, C) -> q, k, v, each (B, nh, T, hs).
    std::array<torch::Tensor, 3> project(const torch::Tensor& x);
    // q (B, nh, Tq, hs) over k, v (B, nh, Tk, hs) -> (B, Tq, C). `causal`: q and k are the same positions and
    // each query sees the keys up to its own; else `mask` (Tq, Tk), true = may attend, or undefined: all.
    // `weights`: where to add the softmax weights (B, nh, Tq, Tk); asking for them takes the unfused path.
    torch::Tensor attend(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v, bool causal,
                         const torch::Tensor& mask, std::vector<torch::Tensor>* weights = nullptr);

    torch::nn::Linear c_attn{nullptr}, c_proj{nullptr};
    torch::nn::Dropout attn_dropout{nullptr}, resid_dropout{nullptr};
    std::int64_t heads;
    double dropoutRate;
};
TORCH_MODULE(CausalSelfAttention);

struct MlpImpl : torch::nn::Module {
    explicit MlpImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& x);

    torch::nn::Linear c_fc{nullptr}, c_proj{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(Mlp);

struct GptBlockImpl : torch::nn::Module {
    explicit GptBlockImpl(const ModelConfig& config);
    torch::Tensor forward(torch::Tensor x, const torch::Tensor& causal);
    torch::Tensor decode(torch::Tensor x, KeyValueCache& cache, const torch::Tensor& mask,
                         std::vector<torch::Tensor>* weights = nullptr);

    torch::nn::LayerNorm ln_1{nullptr}, ln_2{nullptr};
    CausalSelfAttention attn{nullptr};
    Mlp mlp{nullptr};
};
TORCH_MODULE(GptBlock);

class GptModel : public LanguageModel {
public:
    explicit GptModel(const ModelConfig& config);
    torch::Tensor features(const torch::Tensor& ids) override;
    // Tied embeddings: the output layer is the token embedding, transposed.
    OutputLayer outputLayer(const torch::Tensor& features) override { return {features, wte_->weight, {}}; }
    torch::Tensor decodeFeatures(const torch::Tensor& ids, DecodeState& state) override;
    std::vector<AttentionLayer> attentionLayers() const override; // one per block

private:
    torch::nn::Embedding wte_{nullptr}, wpe_{nullptr};
    torch::nn::Dropout drop_{nullptr};
    torch::nn::ModuleList h_{nullptr};
    torch::nn::LayerNorm ln_f_{nullptr};
    torch::Tensor causal_; // (L, L) bool
};

} // namespace textgen
