// The interface every preset implements, its factory, and the masked cross-entropy they train on.
// B = batch, T = time, C = embedding channels, V = vocabulary.
#pragma once

#include <memory>

#include "model_config.h"
#include "torch_api.h"

namespace textgen {

class LanguageModel : public torch::nn::Module {
public:
    explicit LanguageModel(const ModelConfig& config) : config_(config) {}

    // (B, T) int64 ids -> (B, T, V) logits of the next token at every position.
    torch::Tensor forward(const torch::Tensor& ids) { return logits(features(ids)); }
    // (B, T) ids -> (B, T, C): everything but the output layer.
    virtual torch::Tensor features(const torch::Tensor& ids) = 0;
    // (..., C) -> (..., V): the output layer alone.
    virtual torch::Tensor logits(const torch::Tensor& features) = 0;

    // The training loss of loss(forward(inputs), ...) computed without the output layer's work at the
    // positions that are not scored (padding): on short documents most of a step's cost.
    torch::Tensor scoredLoss(const torch::Tensor& inputs, const torch::Tensor& targets);

    // The mean next-token cross-entropy over the positions this preset scores: the seed preset scores every
    // position whose *input* is not padding (what Keras' mask propagation computes, so the last real token is
    // trained to predict padding); the others score every position whose *target* is not padding.
    torch::Tensor loss(const torch::Tensor& logits, const torch::Tensor& inputs, const torch::Tensor& targets) const;
    // (B, T) bool: the positions loss() averages over.
    torch::Tensor scoredPositions(const torch::Tensor& inputs, const torch::Tensor& targets) const;

    const ModelConfig& config() const { return config_; }
    std::int64_t parameterCount() const;

protected:
    ModelConfig config_;
};

// Builds the preset `config` names; throws std::invalid_argument with validateConfig's message when the sizes
// do not fit together. Weights are initialised from torch's global generator (seed it first).
std::shared_ptr<LanguageModel> makeModel(const ModelConfig& config);

// mean over mask of cross_entropy(logits, targets); logits (B, T, V), targets and mask (B, T).
torch::Tensor maskedCrossEntropy(const torch::Tensor& logits, const torch::Tensor& targets, const torch::Tensor& mask);

// (T, T) bool, true where query t may attend to key s (s <= t).
torch::Tensor causalMask(std::int64_t length, const torch::Device& device);

} // namespace textgen
