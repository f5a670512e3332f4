// The recurrent alternative the chapter mentions: embedding -> LSTM (layers configurable) -> linear.
// B = batch, T = time, C = embed (also the hidden width), V = vocabulary.
#pragma once

#include "language_model.h"

namespace textgen {

// What decoding keeps: the LSTM's hidden and cell states, batch-first (B, layers, C).
struct LstmCache : DecodeCache {
    torch::Tensor hidden, cell;
    void repeatBatch(std::int64_t times) override;
    std::int64_t bytes() const override;
};

class LstmModel : public LanguageModel {
public:
    explicit LstmModel(const ModelConfig& config);
    torch::Tensor features(const torch::Tensor& ids) override;
    OutputLayer outputLayer(const torch::Tensor& features) override
    {
        return {drop_(features), head_->weight, head_->bias};
    }
    torch::Tensor decodeFeatures(const torch::Tensor& ids, DecodeState& state) override;
    void afterLoad() override { lstm_->flatten_parameters(); }

private:
    torch::nn::Embedding embedding_{nullptr};
    torch::nn::LSTM lstm_{nullptr};
    torch::nn::Dropout drop_{nullptr};
    torch::nn::Linear head_{nullptr};
};

} // namespace textgen
