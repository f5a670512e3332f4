// The LSTM preset.
#include "lstm_model.h"

namespace textgen {

LstmModel::LstmModel(const ModelConfig& config) : LanguageModel(config)
{
    embedding_ = register_module("embedding", torch::nn::Embedding(config.vocabSize, config.embed));
    lstm_ = register_module("lstm",
                            torch::nn::LSTM(torch::nn::LSTMOptions(config.embed, config.embed)
                                                .num_layers(config.layers)
                                                .batch_first(true)
                                                .dropout(config.layers > 1 ? config.dropout : 0.0)));
    drop_ = register_module("drop", torch::nn::Dropout(config.dropout));
    head_ = register_module("head", torch::nn::Linear(config.embed, config.vocabSize));
}

torch::Tensor LstmModel::features(const torch::Tensor& ids)
{
    const torch::Tensor x = drop_(embedding_(ids)); // (B, T, C)
    return std::get<0>(lstm_(x));                   // (B, T, C)
}

void LstmCache::repeatBatch(std::int64_t times)
{
    if (hidden.defined()) {
        hidden = repeatedBatch(hidden, times);
        cell = repeatedBatch(cell, times);
    }
}

std::int64_t LstmCache::bytes() const
{
    return hidden.defined() ? static_cast<std::int64_t>(hidden.nbytes() + cell.nbytes()) : 0;
}

torch::Tensor LstmModel::decodeFeatures(const torch::Tensor& ids, DecodeState& state)
{
    // The cache is batch-first, (B, layers, C); the LSTM wants (layers, B, C).
    LstmCache& cache = state.cacheOf<LstmCache>();
    const bool fresh = !cache.hidden.defined();
    auto [output, next] = fresh ? lstm_->forward(embedding_(ids))
                                : lstm_->forward(embedding_(ids),
                                                 std::make_tuple(cache.hidden.transpose(0, 1).contiguous(),
                                                                 cache.cell.transpose(0, 1).contiguous()));
    cache.hidden = std::get<0>(next).transpose(0, 1);
    cache.cell = std::get<1>(next).transpose(0, 1);
    state.length += ids.size(1);
    return output; // (B, n, C)
}

} // namespace textgen
