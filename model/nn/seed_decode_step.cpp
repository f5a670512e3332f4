// A decode step of the chapter's decoder on raw buffers: what SeedDecoderImpl::decode does with some forty
// LibTorch calls (each a dispatch, a temporary tensor and, for the products, a fork of the threads) done as
// seven weight products (few_rows_linear) and loops over one scratch buffer. A step reads 24 MB of weights and
// does little else, so the calls around the products were a third of its time. A step takes a sampled word
// per column, or a short prompt's words together (each word a row of the products: the weights read once).
// A long prompt, or a step whose attention weights are kept, stays on the LibTorch path, which the tests
// compare this with.
// B = batch (the columns), n = new positions, C = embed, h = heads, d = key_dim, H = h d, F = feed-forward
// width, L = keys so far (the n new ones included).
#include <algorithm>
#include <cmath>

#include "few_rows_linear.h"
#include "float_vector.h"
#include "seed_model.h"
#include "vector_math.h"

namespace textgen {

namespace {

using simd::lanesSum;
using simd::load;
using simd::store;
using simd::Vector;
// Vectors pass between inlined helpers only: no call crosses the ABI the warning is about. (Pushed, and
// popped at the end: this file shares a unity batch with others.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"

// scale q . k for N keys (rows of `width`, a multiple of 16) at once: N chains of multiply-adds that overlap.
// One key at a time, each product waited on the one before it (a 256-wide key was 32 of them in a row).
template <int N>
inline __attribute__((always_inline)) void queryKeyScores(const float* q, const float* keys, std::int64_t width,
                                                          float scale, float* out)
{
    Vector acc[N] = {};
    for (std::int64_t c = 0; c < width; c += 16) {
        const Vector qc = load(q + c);
#pragma GCC unroll 4
        for (int i = 0; i < N; ++i)
            acc[i] += qc * load(keys + i * width + c);
    }
    for (int i = 0; i < N; ++i)
        out[i] = lanesSum(acc[i]) * scale; // Keras scales the query; the same product up to rounding
}

// out[0, 16 V) = sum over t of weights[t] values[t][0, 16 V): the V sums stay in registers across the keys.
template <int V>
inline __attribute__((always_inline)) void weightedValues(const float* weights, const float* values,
                                                          std::int64_t length, std::int64_t width, float* out)
{
    Vector acc[V] = {};
    for (std::int64_t t = 0; t < length; ++t) {
        const float weight = weights[t];
        const float* v = values + t * width;
#pragma GCC unroll 8
        for (int i = 0; i < V; ++i)
            acc[i] += weight * load(v + 16 * i);
    }
    for (int i = 0; i < V; ++i)
        store(out + 16 * i, acc[i]);
}

// One query row against one head's cached keys and values: out = softmax(scale q K^T) V.
// q and out (d); keys and values (L, d) rows; weights (L) scratch.
__attribute__((target_clones("avx512f", "avx2", "default"))) void attendOne(const float* q, const float* keys,
                                                                            const float* values, std::int64_t length,
                                                                            std::int64_t width, float scale,
                                                                            float* weights, float* out)
{
    if (width % 16 != 0) { // not the chapter's sizes: plain loops
        for (std::int64_t t = 0; t < length; ++t) {
            float dot = 0.0f;
            for (std::int64_t c = 0; c < width; ++c)
                dot += q[c] * keys[t * width + c];
            weights[t] = dot * scale;
        }
    } else {
        std::int64_t t = 0;
        for (; t + 4 <= length; t += 4)
            queryKeyScores<4>(q, keys + t * width, width, scale, weights + t);
        for (; t < length; ++t)
            queryKeyScores<1>(q, keys + t * width, width, scale, weights + t);
    }
    const auto n = static_cast<std::size_t>(length);
    const auto total = static_cast<float>(sumOfExp(weights, n, maxOf(weights, n), weights));
    for (std::size_t t = 0; t < n; ++t)
        weights[t] /= total;
    std::int64_t c = 0;
    if (width % 16 == 0) {
        for (; c + 128 <= width; c += 128)
            weightedValues<8>(weights, values + c, length, width, out + c);
        for (; c < width; c += 16)
            weightedValues<1>(weights, values + c, length, width, out + c);
    }
    for (; c < width; ++c) {
        float sum = 0.0f;
        for (std::int64_t t = 0; t < length; ++t)
            sum += weights[t] * values[t * width + c];
        out[c] = sum;
    }
}

#pragma GCC diagnostic pop

// Every query row (B n of them, at `queryStride` in `queries`, h heads of d) against its batch row of the
// cache, the last n positions' queries each seeing the keys up to its own position: out (B n, H).
void attend(const float* queries, std::int64_t queryStride, std::int64_t n, const KeyValueCache& cache, float scale,
            float* out)
{
    const std::int64_t B = cache.keys.size(0), h = cache.keys.size(1), L = cache.keys.size(2), d = cache.keys.size(3);
    const std::int64_t batchStride = cache.keys.stride(0), headStride = cache.keys.stride(1);
    TORCH_CHECK(cache.keys.stride(2) == d && cache.values.strides() == cache.keys.strides(),
                "a key-value cache whose positions are not rows");
    const float* keys = cache.keys.data_ptr<float>();
    const float* values = cache.values.data_ptr<float>();
    const std::int64_t items = B * n * h;
#pragma omp parallel if (items * L * d > 100000)
    {
        std::vector<float> weights(static_cast<std::size_t>(L));
#pragma omp for schedule(static)
        for (std::int64_t item = 0; item < items; ++item) {
            const std::int64_t row = item / h, head = item % h, b = row / n, t = row % n;
            const std::int64_t at = b * batchStride + head * headStride;
            attendOne(queries + row * queryStride + head * d, keys + at, values + at, L - n + t + 1, d, scale,
                      weights.data(), out + row * h * d + head * d);
        }
    }
}

// out = LayerNorm(a + b) over each row of C, as torch::layer_norm computes it (biased variance).
__attribute__((target_clones("avx512f", "avx2", "default"))) void addAndNormalise(const float* a, const float* b,
                                                                                  std::int64_t rows, std::int64_t C,
                                                                                  const float* gamma, const float* beta,
                                                                                  float epsilon, float* out)
{
    for (std::int64_t r = 0; r < rows; ++r) {
        const float* x = a + r * C;
        const float* y = b + r * C;
        float* o = out + r * C;
        float sum = 0.0f;
#pragma omp simd reduction(+ : sum)
        for (std::int64_t c = 0; c < C; ++c) {
            o[c] = x[c] + y[c];
            sum += o[c];
        }
        const float mean = sum / static_cast<float>(C);
        float squares = 0.0f;
#pragma omp simd reduction(+ : squares)
        for (std::int64_t c = 0; c < C; ++c)
            squares += (o[c] - mean) * (o[c] - mean);
        const float scale = 1.0f / std::sqrt(squares / static_cast<float>(C) + epsilon);
#pragma omp simd
        for (std::int64_t c = 0; c < C; ++c)
            o[c] = (o[c] - mean) * scale * gamma[c] + beta[c];
    }
}

// The n new positions' keys or values, (B n, H) rows at `stride` in `from`, into the cache's last n positions.
void writeLastPositions(const float* from, std::int64_t stride, std::int64_t n, const torch::Tensor& cached)
{
    const std::int64_t B = cached.size(0), h = cached.size(1), L = cached.size(2), d = cached.size(3);
    float* base = cached.data_ptr<float>();
    for (std::int64_t b = 0; b < B; ++b)
        for (std::int64_t t = 0; t < n; ++t)
            for (std::int64_t head = 0; head < h; ++head)
                std::copy_n(from + (b * n + t) * stride + head * d, d,
                            base + b * cached.stride(0) + head * cached.stride(1) + (L - n + t) * d);
}

const float* floats(const torch::Tensor& tensor)
{
    return tensor.data_ptr<float>();
}

} // namespace

std::pair<torch::Tensor, torch::Tensor> SeedDecoderImpl::stackedProjection()
{
    const torch::nn::Linear parts[] = {attention_1->key_dense, attention_1->value_dense, attention_2->key_dense,
                                       attention_2->value_dense, attention_1->query_dense};
    std::vector<std::tuple<const void*, const void*, std::uint32_t>> sources;
    for (const torch::nn::Linear& part : parts)
        for (const torch::Tensor& tensor : {part->weight, part->bias})
            sources.emplace_back(tensor.unsafeGetTensorImpl(), tensor.data_ptr(), tensor._version());
    const std::lock_guard<std::mutex> lock(stacked_->mutex);
    // The parts are this module's own parameters: their tensors, data and versions tell a change, whether in
    // place (an optimiser step, a loaded checkpoint) or by new tensors (a move).
    if (sources != stacked_->sources || !stacked_->weight.defined()) {
        std::vector<torch::Tensor> weights, biases;
        for (const torch::nn::Linear& part : parts) {
            weights.push_back(part->weight);
            biases.push_back(part->bias);
        }
        stacked_->weight = torch::cat(weights).contiguous(); // (5 H, C)
        stacked_->bias = torch::cat(biases).contiguous();    // (5 H)
        stacked_->sources = std::move(sources);
    }
    return {stacked_->weight, stacked_->bias};
}

torch::Tensor SeedDecoderImpl::decodeStep(const torch::Tensor& input, SeedCache::Block& cache)
{
    const torch::Tensor x = input.contiguous();
    const std::int64_t B = x.size(0), n = x.size(1), C = x.size(2), h = attention_1->heads, d = attention_1->keyDim,
                       H = h * d, F = dense_proj_1->weight.size(0);
    const std::int64_t rows = B * n; // a row per new position of each batch row, b n + t
    const auto [stackedWeight, stackedBias] = stackedProjection();
    // One scratch buffer, the block's own: the stacked projection (k1 v1 k2 v2 q1), the attended heads, a
    // query, two block states and the feed-forward layer. Every part is written before it is read.
    cache.scratch.resize(static_cast<std::size_t>(rows * (5 * H + H + H + C + C + F + C)));
    float* projected = cache.scratch.data();    // (rows, 5 H)
    float* attended = projected + rows * 5 * H; // (rows, H)
    float* query = attended + rows * H;         // (rows, H)
    float* a1 = query + rows * H;               // (rows, C)
    float* a2 = a1 + rows * C;                  // (rows, C)
    float* hidden = a2 + rows * C;              // (rows, F)
    float* sum = hidden + rows * F;             // (rows, C)

    fewRowsLinear(floats(x), rows, stackedWeight, stackedBias, projected);
    const auto options = x.options();
    cache.attention1.append(B, h, n, d, options);
    cache.attention2.append(B, h, n, d, options);
    writeLastPositions(projected, 5 * H, n, cache.attention1.keys);
    writeLastPositions(projected + H, 5 * H, n, cache.attention1.values);
    writeLastPositions(projected + 2 * H, 5 * H, n, cache.attention2.keys);
    writeLastPositions(projected + 3 * H, 5 * H, n, cache.attention2.values);
    const float scale = static_cast<float>(1.0 / std::sqrt(static_cast<double>(d)));

    // a1 = LayerNorm(x + attention_1(x, x)), a2 = LayerNorm(a1 + attention_2(a1, x))
    attend(projected + 4 * H, 5 * H, n, cache.attention1, scale, attended);
    fewRowsLinear(attended, rows, attention_1->output_dense->weight, attention_1->output_dense->bias, sum);
    addAndNormalise(floats(x), sum, rows, C, floats(layernorm_1->weight), floats(layernorm_1->bias),
                    static_cast<float>(layernorm_1->options.eps()), a1);
    fewRowsLinear(a1, rows, attention_2->query_dense->weight, attention_2->query_dense->bias, query);
    attend(query, H, n, cache.attention2, scale, attended);
    fewRowsLinear(attended, rows, attention_2->output_dense->weight, attention_2->output_dense->bias, sum);
    addAndNormalise(a1, sum, rows, C, floats(layernorm_2->weight), floats(layernorm_2->bias),
                    static_cast<float>(layernorm_2->options.eps()), a2);

    // LayerNorm(a2 + dense_proj_2(relu(dense_proj_1(a2))))
    fewRowsLinear(a2, rows, dense_proj_1->weight, dense_proj_1->bias, hidden);
    // Written as a select of a copy, which GCC vectorises: std::max(hidden[i], 0.0f) returns a reference, and
    // that loop compared and stored one float at a time, half of its branches mispredicted (3% of a
    // generation's time on a Zen 5 EPYC). A NaN stays a NaN, as in torch::relu.
#pragma omp simd
    for (std::int64_t i = 0; i < rows * F; ++i) {
        const float value = hidden[i];
        hidden[i] = value < 0.0f ? 0.0f : value;
    }
    fewRowsLinear(hidden, rows, dense_proj_2->weight, dense_proj_2->bias, sum);
    torch::Tensor out = torch::empty({B, n, C}, options);
    addAndNormalise(a2, sum, rows, C, floats(layernorm_3->weight), floats(layernorm_3->bias),
                    static_cast<float>(layernorm_3->options.eps()), out.data_ptr<float>());
    return out;
}

bool SeedModel::decodesOnRawBuffers(SeedCache& cache)
{
    if (torch::GradMode::is_enabled())
        return false;
    if (!cache.weightsAreRawBuffers) {
        const std::vector<torch::Tensor> weights = parameters();
        cache.weightsAreRawBuffers = std::all_of(weights.begin(), weights.end(), [](const torch::Tensor& weight) {
            return weight.device().is_cpu() && weight.scalar_type() == torch::kFloat && weight.is_contiguous();
        });
    }
    return *cache.weightsAreRawBuffers;
}

torch::Tensor SeedModel::embedSteps(const torch::Tensor& ids, std::int64_t offset)
{
    const torch::Tensor words = ids.to(torch::kLong).contiguous(); // (B, n)
    const std::int64_t B = words.size(0), n = words.size(1), C = config_.embed;
    const float* tokens = floats(embedding_->token_embeddings->weight);                        // (V, C)
    const float* positions = floats(embedding_->position_embeddings->weight) + offset * C;     // (n, C) from offset
    torch::Tensor x = torch::empty({B, n, C}, embedding_->token_embeddings->weight.options()); // (B, n, C)
    const std::int64_t* id = words.data_ptr<std::int64_t>();
    float* out = x.data_ptr<float>();
    for (std::int64_t row = 0; row < B * n; ++row) {
        TORCH_CHECK(id[row] >= 0 && id[row] < config_.vocabSize, "token id ", id[row], " outside the vocabulary of ",
                    config_.vocabSize);
        const float* at = positions + (row % n) * C;
        for (std::int64_t c = 0; c < C; ++c)
            out[row * C + c] = tokens[id[row] * C + c] + at[c];
    }
    return x;
}

} // namespace textgen
