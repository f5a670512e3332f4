// The full-vocabulary passes of sampling, and attention's softmax, vectorised: a step looks at 15,000 logits
// per column several times, and scalar loops (a maximum is a chain of dependent comparisons) or a LibTorch
// call per pass (dispatch and temporary tensors) cost more than the arithmetic. Each is compiled for AVX-512,
// AVX2 and baseline x86-64, and the loader picks one (target_clones); the two exponential passes also have an
// AVX-512 kernel of their own, which gives the same bits 30% sooner.
#pragma once

#include <cstddef>

namespace textgen {

// The largest of n floats; -infinity for none. NaNs are passed over, as std::max(maximum, value) passes them.
float maxOf(const float* values, std::size_t n);

// e^x within 2 ulp for x in float's range (0 below about -87.3, so also for -infinity).
float fastExp(float x);

// Which code the exponential passes run: the best the CPU can (cpuid), or one named, for tests. Portable is
// the compiler's vectorisation of fastExp (its AVX-512 clone where the CPU has it); Avx512 the same polynomial
// and the same fused multiply-adds written with AVX-512's own 2^n (scalef) and a mask in place of clamps and
// exponent bits. Both give the same terms, bit for bit; their sums may differ in the last places (the order).
enum class ExpPath { Best, Portable, Avx512 };
bool canRun(ExpPath path);

// sum over i of e^(x[i] - shift), and each term written to out[i] when out is given.
double sumOfExp(const float* x, std::size_t n, float shift, float* out = nullptr, ExpPath path = ExpPath::Best);

// The sum of n floats, added in double precision.
double sumOf(const float* values, std::size_t n);

// Each of n floats multiplied by factor, in place.
void scale(float* values, std::size_t n, float factor);

// A softmax's two sums in its one exponential pass, each term e_i = e^(x[i] - shift) written to out[i]:
// sum = sum of e_i and weightedSum = sum of e_i (x[i] - shift). With shift the largest x, p_i = e_i / sum and
// the entropy in nats is -sum p_i log p_i = log(sum) - weightedSum / sum, without a logarithm per term.
struct ExponentialSums {
    double sum = 0.0;
    double weightedSum = 0.0;
};
ExponentialSums exponentials(const float* x, std::size_t n, float shift, float* out, ExpPath path = ExpPath::Best);

// A block of at most 64 logits l as a softmax at inverse temperature tau sees it, in registers, for the output
// layer's kernel to summarise each block as it writes it (logit_summary.h): the largest l_max, s_max = l_max tau
// (the largest scaled logit: rounding is monotonic), sum = Σ e^(l tau - s_max), weighted = Σ e^(l tau - s_max)
// (l tau - s_max) and sumAtOne = Σ e^(l - l_max). Each term as the exponential passes make it, added in float.
// No finite or +infinite logit (n = 0, all -infinity): largest -infinity and sums of 0.
struct BlockExponentials {
    float largest, scaledLargest, sum, weighted, sumAtOne;
};
inline constexpr std::size_t kMaxBlockExponentials = 64;
BlockExponentials blockExponentials(const float* logits, std::size_t n, float tau, ExpPath path = ExpPath::Best);

} // namespace textgen
