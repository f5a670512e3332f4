// The GPT preset.
#include "gpt_model.h"

#include <torch/version.h>

#include <cmath>

#include "batched_product.h"

namespace textgen {

void GptCache::repeatBatch(std::int64_t times)
{
    for (KeyValueCache& block : blocks)
        block.repeatBatch(times);
}

std::int64_t GptCache::bytes() const
{
    std::int64_t total = 0;
    for (const KeyValueCache& block : blocks)
        total += block.bytes();
    return total;
}

namespace {

void gpt2Init(torch::nn::Linear& linear, double std)
{
    torch::NoGradGuard noGrad;
    linear->weight.normal_(0.0, std);
    if (linear->bias.defined())
        linear->bias.zero_();
}

} // namespace

CausalSelfAttentionImpl::CausalSelfAttentionImpl(const ModelConfig& config) :
    c_attn(register_module("c_attn", torch::nn::Linear(config.embed, 3 * config.embed))),
    c_proj(register_module("c_proj", torch::nn::Linear(config.embed, config.embed))),
    attn_dropout(register_module("attn_dropout", torch::nn::Dropout(config.dropout))),
    resid_dropout(register_module("resid_dropout", torch::nn::Dropout(config.dropout))), heads(config.heads),
    dropoutRate(config.dropout)
{
    gpt2Init(c_attn, 0.02);
    gpt2Init(c_proj, 0.02 / std::sqrt(2.0 * static_cast<double>(config.layers))); // residual projections
}

std::array<torch::Tensor, 3> CausalSelfAttentionImpl::project(const torch::Tensor& x)
{
    const std::int64_t B = x.size(0), T = x.size(1), C = x.size(2), hs = C / heads;
    const std::vector<torch::Tensor> qkv = applyLinear(c_attn, x).split(C, 2);
    return {qkv[0].view({B, T, heads, hs}).transpose(1, 2),  // (B, nh, T, hs)
            qkv[1].view({B, T, heads, hs}).transpose(1, 2),  // (B, nh, T, hs)
            qkv[2].view({B, T, heads, hs}).transpose(1, 2)}; // (B, nh, T, hs)
}

torch::Tensor CausalSelfAttentionImpl::attend(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                                              bool causal, const torch::Tensor& mask,
                                              std::vector<torch::Tensor>* weights)
{
    const std::int64_t B = q.size(0), Tq = q.size(2), hs = q.size(3);
    torch::Tensor y;
#if TORCH_VERSION_MAJOR >= 2
    if (!weights) { // the fused kernel, which keeps no weights
        const double dropout = is_training() ? dropoutRate : 0.0;
        y = causal ? at::scaled_dot_product_attention(q, k, v, {}, dropout, true)
                   : at::scaled_dot_product_attention(
                       q, k, v, mask.defined() ? c10::optional<at::Tensor>(mask) : c10::nullopt, dropout, false);
    }
#endif
    if (!y.defined()) {
        torch::Tensor scores
            = batchedProduct(q, k.transpose(-2, -1)).mul(1.0 / std::sqrt(static_cast<double>(hs))); // (B, nh, Tq, Tk)
        // forward() passes the causal mask along with `causal`
        const torch::Tensor allowed = mask.defined() || !causal ? mask : causalMask(Tq, q.device());
        if (allowed.defined())
            scores = scores.masked_fill(allowed.logical_not(), -std::numeric_limits<float>::infinity());
        const torch::Tensor probabilities = scores.softmax(-1);
        if (weights)
            weights->push_back(probabilities);
        y = batchedProduct(attn_dropout(probabilities), v); // (B, nh, Tq, hs)
    }
    return resid_dropout(applyLinear(c_proj, y.transpose(1, 2).reshape({B, Tq, heads * hs}))); // (B, Tq, C)
}

torch::Tensor CausalSelfAttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& causal)
{
    const auto [q, k, v] = project(x);
    return attend(q, k, v, true, causal);
}

torch::Tensor CausalSelfAttentionImpl::decode(const torch::Tensor& x, KeyValueCache& cache, const torch::Tensor& mask,
                                              std::vector<torch::Tensor>* weights)
{
    const auto [q, k, v] = project(x);
    cache.extend(k, v); // (B, nh, t + n, hs)
    return attend(q, cache.keys, cache.values, false, mask, weights);
}

MlpImpl::MlpImpl(const ModelConfig& config) :
    c_fc(register_module("c_fc", torch::nn::Linear(config.embed, config.feedForward))),
    c_proj(register_module("c_proj", torch::nn::Linear(config.feedForward, config.embed))),
    dropout(register_module("dropout", torch::nn::Dropout(config.dropout)))
{
    gpt2Init(c_fc, 0.02);
    gpt2Init(c_proj, 0.02 / std::sqrt(2.0 * static_cast<double>(config.layers)));
}

torch::Tensor MlpImpl::forward(const torch::Tensor& x)
{
    return dropout(applyLinear(c_proj, torch::gelu(applyLinear(c_fc, x))));
}

GptBlockImpl::GptBlockImpl(const ModelConfig& config) :
    ln_1(register_module("ln_1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.embed})))),
    ln_2(register_module("ln_2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.embed})))),
    attn(register_module("attn", CausalSelfAttention(config))), mlp(register_module("mlp", Mlp(config)))
{ }

torch::Tensor GptBlockImpl::forward(torch::Tensor x, const torch::Tensor& causal)
{
    x = x + attn(ln_1(x), causal);
    x = x + mlp(ln_2(x));
    return x;
}

torch::Tensor GptBlockImpl::decode(torch::Tensor x, KeyValueCache& cache, const torch::Tensor& mask,
                                   std::vector<torch::Tensor>* weights)
{
    x = x + attn->decode(ln_1(x), cache, mask, weights);
    x = x + mlp(ln_2(x));
    return x;
}

GptModel::GptModel(const ModelConfig& config) : LanguageModel(config)
{
    wte_ = register_module("wte", torch::nn::Embedding(config.vocabSize, config.embed));
    wpe_ = register_module("wpe", torch::nn::Embedding(config.sequenceLength, config.embed));
    drop_ = register_module("drop", torch::nn::Dropout(config.dropout));
    h_ = register_module("h", torch::nn::ModuleList());
    for (std::int64_t i = 0; i < config.layers; ++i)
        h_->push_back(GptBlock(config));
    ln_f_ = register_module("ln_f", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.embed})));
    causal_ = register_buffer("causal_mask", causalMask(config.sequenceLength, torch::kCPU));
    torch::NoGradGuard noGrad;
    wte_->weight.normal_(0.0, 0.02);
    wpe_->weight.normal_(0.0, 0.02);
}

torch::Tensor GptModel::features(const torch::Tensor& ids)
{
    const std::int64_t T = ids.size(1);
    TORCH_CHECK(T <= config_.sequenceLength, "sequence of ", T, " tokens is longer than the model's ",
                config_.sequenceLength, " positions");
    const torch::Tensor causal = causal_.slice(0, 0, T).slice(1, 0, T); // (T, T)
    const torch::Tensor positions = torch::arange(T, ids.options());    // (T)
    torch::Tensor x = drop_(wte_(ids) + wpe_(positions));               // (B, T, C)
    for (const auto& block : *h_)
        x = block->as<GptBlock>()->forward(x, causal);
    return ln_f_(x); // (B, T, C)
}

} // namespace textgen

namespace textgen {

torch::Tensor GptModel::decodeFeatures(const torch::Tensor& ids, DecodeState& state)
{
    const std::int64_t n = ids.size(1), offset = state.length;
    TORCH_CHECK(offset + n <= config_.sequenceLength, "decoding past the model's ", config_.sequenceLength,
                " positions");
    GptCache& cache = state.cacheOf<GptCache>();
    cache.blocks.resize(h_->size());
    const torch::Tensor positions = torch::arange(offset, offset + n, ids.options());
    torch::Tensor x = wte_(ids) + wpe_(positions); // (B, n, C); dropout is off when decoding
    const torch::Tensor mask = incrementalCausalMask(offset, n, ids.device());
    state.attention.clear();
    for (std::size_t block = 0; block < h_->size(); ++block)
        x = h_->ptr<GptBlockImpl>(block)->decode(x, cache.blocks[block], mask,
                                                 state.keepAttention ? &state.attention : nullptr);
    state.length += n;
    return ln_f_(x); // (B, n, C)
}

std::vector<LanguageModel::AttentionLayer> GptModel::attentionLayers() const
{
    std::vector<AttentionLayer> layers;
    for (int block = 0; block < static_cast<int>(h_->size()); ++block)
        layers.push_back({block, false});
    return layers;
}

} // namespace textgen
