// The interface every preset implements, its factory, and the masked cross-entropy they train on.
// B = batch, T = time, C = embedding channels, V = vocabulary.
#pragma once

#include <memory>

#include "model_config.h"
#include "torch_api.h"

namespace textgen {

// What incremental decoding keeps between calls. Each preset keeps its own kind (SeedCache, GptCache,
// LstmCache in the presets' headers), every tensor batch-first; the model that filled it is the only one
// that reads it.
struct DecodeCache {
    virtual ~DecodeCache() = default;
    // (1, ...) -> (times, ...): one prompt's cache shared by several continuations.
    virtual void repeatBatch(std::int64_t times) = 0;
    // What the next step reads of it: every cached key and value (or recurrent state), in bytes.
    virtual std::int64_t bytes() const = 0;
};

struct DecodeState {
    std::int64_t length = 0;            // positions already seen
    std::unique_ptr<DecodeCache> cache; // made by the model on its first decode
    // When set, decode() keeps the weights every attention applied in its last call, in the order of
    // LanguageModel::attentionLayers(): (B, heads, n, keys) each, the rows of each head summing to 1. They are
    // the weights the decode path multiplied the values by, not a second computation.
    bool keepAttention = false;
    std::vector<torch::Tensor> attention;
    void repeatBatch(std::int64_t times)
    {
        if (cache)
            cache->repeatBatch(times);
    }
    // The model's own cache, made empty on first use. Throws when another preset's model filled it.
    template <typename Cache> Cache& cacheOf()
    {
        if (!cache)
            cache = std::make_unique<Cache>();
        auto* own = dynamic_cast<Cache*>(cache.get());
        TORCH_CHECK(own, "a decode state filled by another model");
        return *own;
    }
};

// One attention's keys and values so far, (B, heads, t, d) each. They are views of the first t positions of
// buffers with room to spare, which grow by doubling: a step writes its new positions in place instead of
// copying the whole cache again (torch::cat), which was most of a decode step's copying.
struct KeyValueCache {
    torch::Tensor keys, values;
    void extend(const torch::Tensor& newKeys, const torch::Tensor& newValues); // along t
    // n more positions of (batch, heads, n, width), left for the caller to write in place: keys and values
    // cover them on return, their last n positions unwritten.
    void append(std::int64_t batch, std::int64_t heads, std::int64_t n, std::int64_t width,
                const torch::TensorOptions& options);
    void repeatBatch(std::int64_t times);
    std::int64_t bytes() const; // of the keys and values so far, not of the room to spare

private:
    torch::Tensor keyBuffer_, valueBuffer_; // (B, heads, capacity, d)
};

// (1, ...) -> (times, ...) for a batch-first tensor.
torch::Tensor repeatedBatch(const torch::Tensor& tensor, std::int64_t times);

class LanguageModel : public torch::nn::Module {
public:
    explicit LanguageModel(const ModelConfig& config) : config_(config) { }

    // (B, T) int64 ids -> (B, T, V) logits of the next token at every position.
    torch::Tensor forward(const torch::Tensor& ids) { return logits(features(ids)); }
    // (B, T) ids -> (B, T, C): everything but the output layer.
    virtual torch::Tensor features(const torch::Tensor& ids) = 0;
    // (..., C) -> (..., V): the output layer alone.
    torch::Tensor logits(const torch::Tensor& features);

    // The output layer applied to `features` is input · weightᵀ + bias (bias may be undefined): what the
    // fused loss needs to compute it a block at a time. `input` is the features after anything the preset
    // does before its output layer (dropout).
    struct OutputLayer {
        torch::Tensor input, weight, bias;
    };
    virtual OutputLayer outputLayer(const torch::Tensor& features) = 0;

    // Incremental decoding: ids (B, n) at positions state.length .. + n -> logits (B, n, V), the same as
    // forward() over the whole sequence would give at those positions; extends `state`. The caller keeps
    // state.length + n <= config().sequenceLength for the position-embedding presets.
    torch::Tensor decode(const torch::Tensor& ids, DecodeState& state) { return logits(decodeFeatures(ids, state)); }
    // The same before the output layer: (B, n, C), what logits() and outputLayer() take. The generator applies
    // the output layer itself, so that the few-rows kernel summarises the logits for sampling as it writes them.
    virtual torch::Tensor decodeFeatures(const torch::Tensor& ids, DecodeState& state) = 0;

    // The training loss of loss(forward(inputs), ...) computed without the output layer's work at the
    // positions that are not scored (padding): on short documents most of a step's cost. The output layer
    // and the loss are one blockwise operation (linearCrossEntropy): the (N, V) logits never exist whole.
    // On CUDA, and in reduced precision, every position goes through the output layer and the loss masks
    // them: choosing the scored rows would wait for the device (nonzero), and the fused loss is a CPU kernel.
    torch::Tensor scoredLoss(const torch::Tensor& inputs, const torch::Tensor& targets);

    // The mean next-token cross-entropy over the positions this preset scores: the seed preset scores every
    // position whose *input* is not padding (what Keras' mask propagation computes, so the last real token is
    // trained to predict padding); the others score every position whose *target* is not padding.
    torch::Tensor loss(const torch::Tensor& logits, const torch::Tensor& inputs, const torch::Tensor& targets) const;
    // (B, T) bool: the positions loss() averages over.
    torch::Tensor scoredPositions(const torch::Tensor& inputs, const torch::Tensor& targets) const;

    // The attentions decode() applies, in order (none for the LSTM): which block, and whether it is the
    // chapter's second attention (its query from the first one's output, its keys from the block's input).
    struct AttentionLayer {
        int block = 0; // from 0
        bool cross = false;
        bool operator==(const AttentionLayer& o) const { return block == o.block && cross == o.cross; }
    };
    virtual std::vector<AttentionLayer> attentionLayers() const { return {}; }

    // After weights were read into the model (a checkpoint): what the preset must redo, such as laying the
    // LSTM's weights out again as one block for cuDNN.
    virtual void afterLoad() { }

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

// layer(x) for x (..., in). Decoding one token for a few columns, OpenBLAS's sgemm is slow (1.07 ms for 5 rows
// of the 256 x 15000 output layer, against 0.5 ms for five sgemv): a handful of rows on the CPU without
// autograd goes through one vectorised pass over the weights instead.
torch::Tensor applyLinear(const torch::nn::Linear& layer, const torch::Tensor& x);
torch::Tensor applyLinear(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias);

// (T, T) bool, true where query t may attend to key s (s <= t).
torch::Tensor causalMask(std::int64_t length, const torch::Device& device);
// (n, offset + n) bool: the causal mask of n new queries at positions offset .. offset + n over every key so
// far; undefined (no mask needed) when n == 1.
torch::Tensor incrementalCausalMask(std::int64_t offset, std::int64_t n, const torch::Device& device);

} // namespace textgen
