// x * W^T + b for a few rows of x (a decode step: one row per column), at the speed the weights stream.
// A decode step reads every weight once and does little with each, so its time is memory, not arithmetic:
// the weights are kept a second time, packed in blocks of 64 outputs laid out input by input, so one
// sequential pass feeds 64-wide fused multiply-adds with no horizontal sums (AVX-512, AVX2 or baseline code,
// chosen from cpuid). The packed copy is made on first use and again when the weights change.
#pragma once

#include <cstdint>

#include "torch_api.h"

namespace textgen {

struct LogitSummaries;

inline constexpr std::int64_t kFewRows = 8;

// Which compiled code runs: the best the CPU can (cpuid), or one named, for tests.
enum class FewRowsPath { Best, Avx512, Avx2, Baseline };
bool canRun(FewRowsPath path);

// (rows, inputs) x (outputs, inputs)^T + (outputs) -> (rows, outputs), for 1 <= rows <= kFewRows, float
// tensors on the CPU with contiguous weights.
torch::Tensor fewRowsLinear(const torch::Tensor& rows, const torch::Tensor& weight, const torch::Tensor& bias,
                            FewRowsPath path = FewRowsPath::Best);

// The same product on raw buffers, for a caller that chains several on its own scratch memory (a whole decode
// step): x (rows, inputs) and out (rows, outputs) contiguous; weight and bias as above, bias may be undefined.
void fewRowsLinear(const float* x, std::int64_t rows, const torch::Tensor& weight, const torch::Tensor& bias,
                   float* out, FewRowsPath path = FewRowsPath::Best);

// The same, and while each block of 64 outputs is still in the cache, its summary for sampling
// (logit_summary.h) for every row whose inverse temperature is not 0: the output layer of a decode step.
// summaries->inverseTemperatures holds one per row; the call sizes and fills the rest.
void fewRowsLinear(const float* x, std::int64_t rows, const torch::Tensor& weight, const torch::Tensor& bias,
                   float* out, LogitSummaries* summaries, FewRowsPath path = FewRowsPath::Best);

// How many packed weight copies are kept now (for tests: a destroyed model's copies go).
std::size_t packedWeightCount();

} // namespace textgen
