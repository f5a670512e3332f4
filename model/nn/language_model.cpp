// The preset factory and the loss shared by every preset.
#include "language_model.h"

#include "cache_buffers.h"
#include "few_rows_linear.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "gpt_model.h"
#include "linear_cross_entropy.h"
#include "lstm_model.h"
#include "seed_model.h"

namespace textgen {

std::int64_t LanguageModel::parameterCount() const
{
    std::int64_t count = 0;
    for (const torch::Tensor& parameter : parameters())
        count += parameter.numel();
    return count;
}

torch::Tensor LanguageModel::loss(const torch::Tensor& logits, const torch::Tensor& inputs,
                                  const torch::Tensor& targets) const
{
    return maskedCrossEntropy(logits, targets, scoredPositions(inputs, targets));
}

torch::Tensor LanguageModel::scoredLoss(const torch::Tensor& inputs, const torch::Tensor& targets)
{
    const torch::Tensor hidden = features(inputs); // (B, T, C)
    if (hidden.is_cuda() || hidden.scalar_type() != torch::kFloat)
        return loss(logits(hidden), inputs, targets);
    const torch::Tensor rows = scoredPositions(inputs, targets).reshape(-1).nonzero().squeeze(1); // (N)
    const torch::Tensor selected = hidden.reshape({-1, hidden.size(-1)}).index_select(0, rows);   // (N, C)
    if (rows.size(0) == 0)
        return (selected.sum() * 0.0).to(torch::kFloat); // nothing scored: a zero that still has a graph
    const OutputLayer output = outputLayer(selected);
    return linearCrossEntropy(output.input, output.weight, output.bias, targets.reshape(-1).index_select(0, rows));
}

torch::Tensor LanguageModel::logits(const torch::Tensor& features)
{
    const OutputLayer output = outputLayer(features);
    return applyLinear(output.input, output.weight, output.bias);
}

torch::Tensor LanguageModel::scoredPositions(const torch::Tensor& inputs, const torch::Tensor& targets) const
{
    return (presetTraits(config_.preset).scored == ScoredTokens::NonPaddingInputs ? inputs : targets).ne(0);
}

torch::Tensor maskedCrossEntropy(const torch::Tensor& logits, const torch::Tensor& targets, const torch::Tensor& mask)
{
    namespace F = torch::nn::functional;
    const std::int64_t vocabulary = logits.size(-1);
    const torch::Tensor losses
        = F::cross_entropy(logits.reshape({-1, vocabulary}).to(torch::kFloat), targets.reshape(-1),
                           F::CrossEntropyFuncOptions().reduction(torch::kNone)); // (B*T)
    const torch::Tensor weights = mask.reshape(-1).to(losses.dtype());
    return (losses * weights).sum() / weights.sum().clamp_min(1.0);
}

torch::Tensor causalMask(std::int64_t length, const torch::Device& device)
{
    return torch::ones({length, length}, torch::TensorOptions().dtype(torch::kBool).device(device)).tril();
}

torch::Tensor applyLinear(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias)
{
    const std::int64_t in = x.size(-1);
    const std::int64_t rows = in == 0 ? 0 : x.numel() / in;
    if (x.is_cuda() || rows > kFewRows || rows == 0 || torch::GradMode::is_enabled() || x.scalar_type() != torch::kFloat
        || weight.scalar_type() != torch::kFloat || !weight.is_contiguous()
        || (bias.defined() && !bias.is_contiguous()))
        return torch::nn::functional::linear(x, weight, bias);
    const torch::Tensor out = fewRowsLinear(x.reshape({rows, in}), weight, bias);
    std::vector<std::int64_t> sizes = x.sizes().vec();
    sizes.back() = weight.size(0);
    return out.view(sizes);
}

torch::Tensor applyLinear(const torch::nn::Linear& layer, const torch::Tensor& x)
{
    return applyLinear(x, layer->weight, layer->bias);
}

torch::Tensor incrementalCausalMask(std::int64_t offset, std::int64_t n, const torch::Device& device)
{
    if (n == 1)
        return {};
    const auto options = torch::TensorOptions().dtype(torch::kLong).device(device);
    const torch::Tensor keys = torch::arange(offset + n, options).unsqueeze(0);            // (1, offset + n)
    const torch::Tensor queries = torch::arange(offset, offset + n, options).unsqueeze(1); // (n, 1)
    return keys.le(queries);                                                               // (n, offset + n)
}

torch::Tensor repeatedBatch(const torch::Tensor& tensor, std::int64_t times)
{
    std::vector<std::int64_t> repeats(static_cast<std::size_t>(tensor.dim()), 1);
    repeats[0] = times;
    return tensor.repeat(repeats);
}

void KeyValueCache::extend(const torch::Tensor& newKeys, const torch::Tensor& newValues)
{
    const std::int64_t n = newKeys.size(2);
    TORCH_CHECK(newValues.sizes() == newKeys.sizes(), "keys and values of different shapes");
    append(newKeys.size(0), newKeys.size(1), n, newKeys.size(3), newKeys.options());
    keys.narrow(2, keys.size(2) - n, n).copy_(newKeys);
    values.narrow(2, values.size(2) - n, n).copy_(newValues);
}

void KeyValueCache::append(std::int64_t batch, std::int64_t heads, std::int64_t n, std::int64_t width,
                           const torch::TensorOptions& options)
{
    const std::int64_t length = keys.defined() ? keys.size(2) : 0;
    const bool fits = keyBuffer_.defined() && length + n <= keyBuffer_.size(2) && keyBuffer_.size(0) == batch
        && keyBuffer_.size(1) == heads && keyBuffer_.size(3) == width && keyBuffer_.options().type_equal(options)
        && keyBuffer_.device() == options.device();
    if (!fits) {
        const std::int64_t capacity = std::max<std::int64_t>(64, 2 * (length + n));
        const auto grown = [&](const torch::Tensor& kept) {
            torch::Tensor buffer = cacheBuffer({batch, heads, capacity, width}, options);
            if (length > 0)
                buffer.narrow(2, 0, length).copy_(kept);
            return buffer;
        };
        keyBuffer_ = grown(keys);
        valueBuffer_ = grown(values);
    }
    keys = keyBuffer_.narrow(2, 0, length + n);     // (B, h, t + n, d)
    values = valueBuffer_.narrow(2, 0, length + n); // (B, h, t + n, d)
}

std::int64_t KeyValueCache::bytes() const
{
    return keys.defined() ? static_cast<std::int64_t>(keys.nbytes() + values.nbytes()) : 0;
}

void KeyValueCache::repeatBatch(std::int64_t times)
{
    if (!keys.defined())
        return;
    const std::int64_t length = keys.size(2), batch = keys.size(0);
    const auto repeated = [&](const torch::Tensor& buffer, const torch::Tensor& kept) {
        std::vector<std::int64_t> sizes = buffer.sizes().vec();
        sizes[0] = batch * times; // the room to spare goes with it
        torch::Tensor out = cacheBuffer(sizes, buffer.options());
        for (std::int64_t i = 0; i < times; ++i)
            out.narrow(0, i * batch, batch).narrow(2, 0, length).copy_(kept);
        return out;
    };
    keyBuffer_ = repeated(keyBuffer_, keys);
    valueBuffer_ = repeated(valueBuffer_, values);
    keys = keyBuffer_.narrow(2, 0, length);
    values = valueBuffer_.narrow(2, 0, length);
}

std::shared_ptr<LanguageModel> makeModel(const ModelConfig& config)
{
    if (const std::string problem = validateConfig(config); !problem.empty())
        throw std::invalid_argument(problem);
    switch (config.preset) {
    case Preset::Seed: return std::make_shared<SeedModel>(config);
    case Preset::Gpt: return std::make_shared<GptModel>(config);
    case Preset::Lstm: return std::make_shared<LstmModel>(config);
    }
    throw std::invalid_argument("unknown preset");
}

} // namespace textgen
