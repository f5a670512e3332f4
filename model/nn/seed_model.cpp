// The chapter's Transformer decoder, layer for layer.
#include "seed_model.h"

#include <cmath>

#include "batched_product.h"

namespace textgen {

namespace {

constexpr double kKerasLayerNormEpsilon = 1e-3;
constexpr double kKerasMaskedScore = -1e9; // what Keras' softmax adds where the mask is 0

// Keras' Dense default: glorot-uniform kernel over (fan_in, fan_out), zero bias.
torch::nn::Linear kerasDense(std::int64_t in, std::int64_t out)
{
    torch::nn::Linear dense(in, out);
    torch::NoGradGuard noGrad;
    const double limit = std::sqrt(6.0 / static_cast<double>(in + out));
    dense->weight.uniform_(-limit, limit);
    dense->bias.zero_();
    return dense;
}

// Keras' Embedding default: uniform(-0.05, 0.05).
torch::nn::Embedding kerasEmbedding(std::int64_t count, std::int64_t width)
{
    torch::nn::Embedding embedding(count, width);
    torch::NoGradGuard noGrad;
    embedding->weight.uniform_(-0.05, 0.05);
    return embedding;
}

} // namespace

PositionalEmbeddingImpl::PositionalEmbeddingImpl(std::int64_t sequenceLength, std::int64_t vocabSize,
                                                 std::int64_t embed) :
    token_embeddings(register_module("token_embeddings", kerasEmbedding(vocabSize, embed))),
    position_embeddings(register_module("position_embeddings", kerasEmbedding(sequenceLength, embed)))
{ }

torch::Tensor PositionalEmbeddingImpl::forward(const torch::Tensor& ids)
{
    const torch::Tensor positions = torch::arange(ids.size(1), ids.options()); // (T)
    return token_embeddings(ids) + position_embeddings(positions);             // (B, T, C)
}

KerasAttentionImpl::KerasAttentionImpl(std::int64_t embed, std::int64_t heads_, std::int64_t keyDim_) :
    query_dense(register_module("query", kerasDense(embed, heads_ * keyDim_))),
    key_dense(register_module("key", kerasDense(embed, heads_ * keyDim_))),
    value_dense(register_module("value", kerasDense(embed, heads_ * keyDim_))),
    output_dense(register_module("attention_output", kerasDense(heads_ * keyDim_, embed))), heads(heads_),
    keyDim(keyDim_)
{ }

torch::Tensor KerasAttentionImpl::projectQuery(const torch::Tensor& query)
{
    const std::int64_t B = query.size(0), Tq = query.size(1);
    // Keras scales the query, not the scores, by 1/sqrt(key_dim).
    return applyLinear(query_dense, query)
        .mul(1.0 / std::sqrt(static_cast<double>(keyDim)))
        .view({B, Tq, heads, keyDim})
        .transpose(1, 2);
}

torch::Tensor KerasAttentionImpl::projectKey(const torch::Tensor& source)
{
    return applyLinear(key_dense, source)
        .view({source.size(0), source.size(1), heads, keyDim})
        .transpose(1, 2); // (B, h, Tk, d)
}

torch::Tensor KerasAttentionImpl::projectValue(const torch::Tensor& source)
{
    return applyLinear(value_dense, source)
        .view({source.size(0), source.size(1), heads, keyDim})
        .transpose(1, 2); // (B, h, Tk, d)
}

torch::Tensor KerasAttentionImpl::attend(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                                         const torch::Tensor& mask, std::vector<torch::Tensor>* weights)
{
    const std::int64_t B = q.size(0), Tq = q.size(2);
    torch::Tensor scores = batchedProduct(q, k.transpose(-2, -1)); // (B, h, Tq, Tk)
    if (mask.defined())
        scores = scores.masked_fill(mask.logical_not(), kKerasMaskedScore);
    const torch::Tensor probabilities = scores.softmax(-1);
    if (weights)
        weights->push_back(probabilities);
    const torch::Tensor attended = batchedProduct(probabilities, v);                             // (B, h, Tq, d)
    return applyLinear(output_dense, attended.transpose(1, 2).reshape({B, Tq, heads * keyDim})); // (B, Tq, C)
}

torch::Tensor KerasAttentionImpl::forward(const torch::Tensor& query, const torch::Tensor& source,
                                          const torch::Tensor& mask)
{
    return attend(projectQuery(query), projectKey(source), projectValue(source), mask);
}

SeedDecoderImpl::SeedDecoderImpl(const ModelConfig& config) :
    attention_1(register_module("attention_1", KerasAttention(config.embed, config.heads, config.embed))),
    attention_2(register_module("attention_2", KerasAttention(config.embed, config.heads, config.embed))),
    dense_proj_1(register_module("dense_proj_1", kerasDense(config.embed, config.feedForward))),
    dense_proj_2(register_module("dense_proj_2", kerasDense(config.feedForward, config.embed))),
    layernorm_1(register_module(
        "layernorm_1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.embed}).eps(kKerasLayerNormEpsilon)))),
    layernorm_2(register_module(
        "layernorm_2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.embed}).eps(kKerasLayerNormEpsilon)))),
    layernorm_3(register_module(
        "layernorm_3", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.embed}).eps(kKerasLayerNormEpsilon)))),
    dropout(register_module("dropout", torch::nn::Dropout(config.dropout)))
{ }

torch::Tensor SeedDecoderImpl::forward(const torch::Tensor& x, const torch::Tensor& causal,
                                       const torch::Tensor& crossMask)
{
    const torch::Tensor a1 = layernorm_1(x + dropout(attention_1(x, x, causal)));
    const torch::Tensor a2 = layernorm_2(a1 + dropout(attention_2(a1, x, crossMask)));
    const torch::Tensor projected = applyLinear(dense_proj_2, torch::relu(applyLinear(dense_proj_1, a2)));
    return layernorm_3(a2 + dropout(projected));
}

void SeedCache::repeatBatch(std::int64_t times)
{
    for (Block& block : blocks) {
        block.attention1.repeatBatch(times);
        block.attention2.repeatBatch(times);
    }
}

std::int64_t SeedCache::bytes() const
{
    std::int64_t total = 0;
    for (const Block& block : blocks)
        total += block.attention1.bytes() + block.attention2.bytes();
    return total;
}

torch::Tensor SeedDecoderImpl::decode(const torch::Tensor& x, SeedCache::Block& cache, const torch::Tensor& mask,
                                      std::vector<torch::Tensor>* weights)
{
    // Both attentions take keys and values from the block's input x, so both cache them.
    cache.attention1.extend(attention_1->projectKey(x), attention_1->projectValue(x)); // (B, h, t + n, d)
    cache.attention2.extend(attention_2->projectKey(x), attention_2->projectValue(x));
    const KeyValueCache& c1 = cache.attention1;
    const KeyValueCache& c2 = cache.attention2;
    const torch::Tensor a1
        = layernorm_1(x + attention_1->attend(attention_1->projectQuery(x), c1.keys, c1.values, mask, weights));
    const torch::Tensor a2
        = layernorm_2(a1 + attention_2->attend(attention_2->projectQuery(a1), c2.keys, c2.values, mask, weights));
    return layernorm_3(a2 + applyLinear(dense_proj_2, torch::relu(applyLinear(dense_proj_1, a2))));
}

SeedModel::SeedModel(const ModelConfig& config) : LanguageModel(config)
{
    embedding_
        = register_module("embedding", PositionalEmbedding(config.sequenceLength, config.vocabSize, config.embed));
    decoders_ = register_module("decoders", torch::nn::ModuleList());
    for (std::int64_t i = 0; i < config.layers; ++i)
        decoders_->push_back(SeedDecoder(config));
    lm_head_ = register_module("lm_head", kerasDense(config.embed, config.vocabSize));
    causal_ = register_buffer("causal_mask", causalMask(config.sequenceLength, torch::kCPU));
}

torch::Tensor SeedModel::features(const torch::Tensor& ids)
{
    const std::int64_t T = ids.size(1);
    TORCH_CHECK(T <= config_.sequenceLength, "sequence of ", T, " tokens is longer than the model's ",
                config_.sequenceLength, " positions");
    const torch::Tensor causal = causal_.slice(0, 0, T).slice(1, 0, T); // (T, T)
    // The chapter leaves the second attention's padding mask undefined when there is no padding; combined
    // with the causal mask it is the causal mask itself then, so one expression serves both cases.
    const torch::Tensor crossMask
        = causal.unsqueeze(0).logical_and(ids.ne(0).unsqueeze(1)).unsqueeze(1); // (B, 1, T, T)
    torch::Tensor x = embedding_(ids);                                          // (B, T, C)
    for (const auto& decoder : *decoders_)
        x = decoder->as<SeedDecoder>()->forward(x, causal, crossMask);
    return x;
}

} // namespace textgen

namespace textgen {

torch::Tensor SeedModel::decodeFeatures(const torch::Tensor& ids, DecodeState& state)
{
    const std::int64_t n = ids.size(1), offset = state.length;
    TORCH_CHECK(offset + n <= config_.sequenceLength, "decoding past the model's ", config_.sequenceLength,
                " positions");
    SeedCache& cache = state.cacheOf<SeedCache>();
    cache.blocks.resize(decoders_->size());
    state.attention.clear();
    // A sampled word, or a short prompt: the step's own path, the prompt's words as rows of its products. Word
    // by word, each word read the decoder's weights once more (8 MB at the chapter's sizes). A longer prompt
    // (a window re-encoded) stays on the LibTorch path.
    if (n <= kRawStepPositions && !state.keepAttention && decodesOnRawBuffers(cache)) {
        torch::Tensor x = embedSteps(ids, offset); // (B, n, C)
        for (std::size_t block = 0; block < decoders_->size(); ++block)
            x = decoders_->ptr<SeedDecoderImpl>(block)->decodeStep(x, cache.blocks[block]);
        state.length += n;
        return x; // (B, n, C)
    }
    const torch::Tensor positions = torch::arange(offset, offset + n, ids.options());                 // (n)
    torch::Tensor x = embedding_->token_embeddings(ids) + embedding_->position_embeddings(positions); // (B, n, C)
    const torch::Tensor mask = incrementalCausalMask(offset, n, ids.device()); // (n, t + n) or none
    for (std::size_t block = 0; block < decoders_->size(); ++block)
        x = decoders_->ptr<SeedDecoderImpl>(block)->decode(x, cache.blocks[block], mask,
                                                           state.keepAttention ? &state.attention : nullptr);
    state.length += n;
    return x; // (B, n, C)
}

std::vector<LanguageModel::AttentionLayer> SeedModel::attentionLayers() const
{
    std::vector<AttentionLayer> layers;
    for (int block = 0; block < static_cast<int>(decoders_->size()); ++block) {
        layers.push_back({block, false});
        layers.push_back({block, true});
    }
    return layers;
}

} // namespace textgen
