#include "few_rows_linear.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

#include <omp.h>
#include <sys/mman.h>

#include "blas_core.h" // cpuFeatures
#include "float_vector.h"
#include "logit_summary.h"

namespace textgen {

namespace {

constexpr std::int64_t kBlock = 64; // outputs per packed block: four AVX-512 vectors, eight AVX2 vectors
constexpr int kRowGroup = 4;        // rows computed together below AVX-512: 4 x 4 accumulators of 16 floats

using simd::load;
using simd::store;
using simd::Vector;
// Vectors pass between inlined helpers only: no call crosses the ABI the warning is about. (Pushed, and
// popped at the end: this file shares a unity batch with others.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"

struct FreeAligned {
    void operator()(float* data) const { std::free(data); }
};

struct Packed {
    explicit Packed(const torch::Tensor& weight) : source(weight.getIntrusivePtr()) { }
    c10::weak_intrusive_ptr<c10::TensorImpl, c10::UndefinedTensorImpl> source;
    std::uint32_t version = 0;
    std::int64_t outputs = 0, inputs = 0;
    std::unique_ptr<float[], FreeAligned> data; // blocks of (inputs x 64), the last one padded with zeros
};

// Memory a kernel streams through: 64-byte aligned, and from 2 MB on in huge pages where the kernel gives
// them (THP "madvise"): a decode step reads some 24 MB of packed weights, more 4 KB pages than the TLB holds.
float* allocateForStreaming(std::size_t bytes)
{
    constexpr std::size_t kHugePage = std::size_t{2} << 20;
    if (bytes < kHugePage)
        return static_cast<float*>(std::aligned_alloc(64, (bytes + 63) / 64 * 64));
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* data = std::aligned_alloc(kHugePage, rounded);
    if (data)
        ::madvise(data, rounded, MADV_HUGEPAGE); // advice only: without it the pages are 4 KB
    return static_cast<float*>(data);
}

std::mutex packedMutex;
std::vector<std::shared_ptr<const Packed>> packedWeights;

std::shared_ptr<const Packed> pack(const torch::Tensor& weight)
{
    auto packed = std::make_shared<Packed>(weight);
    packed->version = weight._version();
    packed->outputs = weight.size(0);
    packed->inputs = weight.size(1);
    const std::int64_t blocks = (packed->outputs + kBlock - 1) / kBlock;
    const auto floats = static_cast<std::size_t>(blocks * packed->inputs * kBlock);
    packed->data.reset(allocateForStreaming(floats * sizeof(float)));
    const float* w = weight.data_ptr<float>();
    float* out = packed->data.get();
    for (std::int64_t b = 0; b < blocks; ++b)
        for (std::int64_t c = 0; c < packed->inputs; ++c)
            for (std::int64_t j = 0; j < kBlock; ++j) {
                const std::int64_t o = b * kBlock + j;
                *out++ = o < packed->outputs ? w[o * packed->inputs + c] : 0.0f;
            }
    return packed;
}

// The packed copy of `weight` as it is now; copies of weights that are gone are dropped.
std::shared_ptr<const Packed> packedFor(const torch::Tensor& weight)
{
    const std::lock_guard<std::mutex> lock(packedMutex);
    packedWeights.erase(std::remove_if(packedWeights.begin(), packedWeights.end(),
                                       [](const auto& packed) { return packed->source.expired(); }),
                        packedWeights.end());
    for (auto& packed : packedWeights) {
        if (packed->source.lock().get() != weight.unsafeGetTensorImpl())
            continue;
        if (packed->version != weight._version() || packed->outputs != weight.size(0)
            || packed->inputs != weight.size(1))
            packed = pack(weight); // changed in place (a training step, a loaded checkpoint)
        return packed;
    }
    packedWeights.push_back(pack(weight));
    return packedWeights.back();
}

// R rows of x (stride `inputs`) times one packed block: 64 outputs, bias added, written to out (stride
// `outputs`, `width` of the 64 kept at the last block).
template <int R>
inline __attribute__((always_inline)) void blockTimesRows(const float* block, std::int64_t inputs, const float* x,
                                                          const float* bias, float* out, std::int64_t outputs,
                                                          std::int64_t width)
{
    Vector acc[R][4] = {};
    for (std::int64_t c = 0; c < inputs; ++c) {
        const float* w = block + c * kBlock;
        const Vector w0 = load(w), w1 = load(w + 16), w2 = load(w + 32), w3 = load(w + 48);
        // Unrolled, so that the R x 4 accumulators live in registers: as a loop, GCC kept them in memory and
        // every multiply-add waited on the store before it (twice the time).
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r) {
            const float v = x[r * inputs + c];
            acc[r][0] += w0 * v;
            acc[r][1] += w1 * v;
            acc[r][2] += w2 * v;
            acc[r][3] += w3 * v;
        }
    }
    for (int r = 0; r < R; ++r) {
        alignas(64) float sums[kBlock];
        for (int q = 0; q < 4; ++q)
            store(sums + 16 * q, acc[r][q]);
        for (std::int64_t j = 0; j < width; ++j)
            out[r * outputs + j] = sums[j] + (bias ? bias[j] : 0.0f);
    }
}

struct KernelArguments {
    const float* packed;
    std::int64_t outputs, inputs;
    const float* x;
    std::int64_t rows;
    const float* bias;
    float* out;
    LogitSummaries* summaries; // or none
    bool parallel() const { return outputs * inputs * rows > 200000; }
};

// Block b of 64 outputs, for every row, Group rows at a time: the block is read once per group, so a decode
// step's five rows should be one group where the registers allow it (AVX-512 has 32: 6 x 4 accumulators,
// 4 weights and a broadcast; AVX2's 16 hold half as many, and a Vector takes two of them).
template <int Group> inline __attribute__((always_inline)) void kernelBlock(const KernelArguments& a, std::int64_t b)
{
    const float* block = a.packed + b * a.inputs * kBlock;
    const std::int64_t first = b * kBlock;
    const std::int64_t width = std::min(kBlock, a.outputs - first);
    const float* blockBias = a.bias ? a.bias + first : nullptr;
    for (std::int64_t r = 0; r < a.rows; r += Group) {
        const float* xr = a.x + r * a.inputs;
        float* o = a.out + r * a.outputs + first;
        switch (std::min<std::int64_t>(Group, a.rows - r)) {
        case 1: blockTimesRows<1>(block, a.inputs, xr, blockBias, o, a.outputs, width); break;
        case 2: blockTimesRows<2>(block, a.inputs, xr, blockBias, o, a.outputs, width); break;
        case 3: blockTimesRows<3>(block, a.inputs, xr, blockBias, o, a.outputs, width); break;
        case 4: blockTimesRows<4>(block, a.inputs, xr, blockBias, o, a.outputs, width); break;
        case 5: blockTimesRows<(Group >= 5 ? 5 : 1)>(block, a.inputs, xr, blockBias, o, a.outputs, width); break;
        default: blockTimesRows<(Group >= 6 ? 6 : 1)>(block, a.inputs, xr, blockBias, o, a.outputs, width); break;
        }
    }
    // While the block's logits are in the L1 cache, and the next block's weights stream in behind this work.
    if (a.summaries)
        for (std::int64_t r = 0; r < a.rows; ++r)
            summariseBlock(a.out + r * a.outputs + first, r, b, width, *a.summaries);
}

// One thread's share of the blocks, in a parallel region (or the whole of them outside one), then, asked
// for summaries, that share's part of them while its logits are in this core's caches.
template <int Group> inline __attribute__((always_inline)) void kernelShare(const KernelArguments& a)
{
    const std::int64_t blocks = (a.outputs + kBlock - 1) / kBlock;
    const std::int64_t threads = omp_get_num_threads(), thread = omp_get_thread_num();
    const std::int64_t first = blocks * thread / threads, last = blocks * (thread + 1) / threads;
    for (std::int64_t b = first; b < last; ++b)
        kernelBlock<Group>(a, b);
    if (a.summaries)
        summariseShare(a.out, a.rows, a.outputs, first, last, thread, threads, *a.summaries);
}

// The same loop compiled three times: each path's code is reachable on purpose, so the tests run all three
// on a machine that has them (target_clones would only ever run the best).
__attribute__((target("avx512f"))) void kernelAvx512(const KernelArguments& a)
{
#pragma omp parallel if (a.parallel())
    kernelShare<6>(a);
}

__attribute__((target("avx2,fma"))) void kernelAvx2(const KernelArguments& a)
{
#pragma omp parallel if (a.parallel())
    kernelShare<kRowGroup>(a);
}

void kernelBaseline(const KernelArguments& a)
{
#pragma omp parallel if (a.parallel())
    kernelShare<kRowGroup>(a);
}

} // namespace

bool canRun(FewRowsPath path)
{
    const CpuFeatures cpu = cpuFeatures();
    switch (path) {
    case FewRowsPath::Best:
    case FewRowsPath::Baseline: return true;
    case FewRowsPath::Avx2: return cpu.avx2 && cpu.fma;
    case FewRowsPath::Avx512: return cpu.avx512f;
    }
    return false;
}

void fewRowsLinear(const float* x, std::int64_t rows, const torch::Tensor& weight, const torch::Tensor& bias,
                   float* out, FewRowsPath path)
{
    fewRowsLinear(x, rows, weight, bias, out, nullptr, path);
}

void fewRowsLinear(const float* x, std::int64_t rows, const torch::Tensor& weight, const torch::Tensor& bias,
                   float* out, LogitSummaries* summaries, FewRowsPath path)
{
    const std::shared_ptr<const Packed> packed = packedFor(weight);
    const torch::Tensor b = bias.defined() ? bias.contiguous() : bias;
    if (summaries) {
        TORCH_CHECK(static_cast<std::int64_t>(summaries->inverseTemperatures.size()) == rows,
                    "logit summaries asked for ", summaries->inverseTemperatures.size(), " rows of ", rows);
        summaries->prepare(rows, packed->outputs, omp_get_max_threads());
    }
    const KernelArguments arguments{
        packed->data.get(), packed->outputs, packed->inputs, x, rows, b.defined() ? b.data_ptr<float>() : nullptr, out,
        summaries};
    // The widest the CPU runs, found once.
    static const FewRowsPath best = canRun(FewRowsPath::Avx512) ? FewRowsPath::Avx512
        : canRun(FewRowsPath::Avx2)                             ? FewRowsPath::Avx2
                                                                : FewRowsPath::Baseline;
    switch (path == FewRowsPath::Best ? best : path) {
    case FewRowsPath::Avx512: kernelAvx512(arguments); break;
    case FewRowsPath::Avx2: kernelAvx2(arguments); break;
    default: kernelBaseline(arguments); break;
    }
    if (summaries)
        summaries->filled = true;
}

torch::Tensor fewRowsLinear(const torch::Tensor& rows, const torch::Tensor& weight, const torch::Tensor& bias,
                            FewRowsPath path)
{
    const torch::Tensor x = rows.contiguous();
    torch::Tensor out = torch::empty({x.size(0), weight.size(0)}, x.options());
    fewRowsLinear(x.data_ptr<float>(), x.size(0), weight, bias, out.data_ptr<float>(), path);
    return out;
}

std::size_t packedWeightCount()
{
    const std::lock_guard<std::mutex> lock(packedMutex);
    return static_cast<std::size_t>(std::count_if(packedWeights.begin(), packedWeights.end(),
                                                  [](const auto& packed) { return !packed->source.expired(); }));
}

} // namespace textgen
#pragma GCC diagnostic pop
