#include "vector_math.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>

#include <immintrin.h>

#include "blas_core.h" // cpuFeatures

namespace textgen {

namespace {

// Cephes' expf: e^x = 2^n e^r with n = round(x / ln 2) and |r| <= ln 2 / 2, e^r by a polynomial.
// Plain arithmetic and an integer shift only, so that the loops around it vectorise.
constexpr float kHighest = 88.3762626647949f, kLowest = -87.3365447504019f;

inline __attribute__((always_inline)) float expInline(float x)
{
    constexpr float kLog2e = 1.44269504088896341f, kLn2High = 0.693359375f, kLn2Low = -2.12194440e-4f;
    // Selects by arithmetic (min, max, a factor of 0 or 1): written with ?:, GCC kept the loops scalar.
    const float kept = x >= kLowest ? 1.0f : 0.0f;
    x = std::min(x, kHighest);
    x = std::max(x, kLowest);
    // Rounded to the nearest integer by adding and taking away 1.5 * 2^23 (floorf would be a call per value).
    constexpr float kRound = 12582912.0f;
    const float n = (x * kLog2e + kRound) - kRound;
    const float r = x - n * kLn2High - n * kLn2Low;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * r * r + r + 1.0f;
    const std::int32_t bits = (static_cast<std::int32_t>(n) + 127) << 23;
    float power;
    std::memcpy(&power, &bits, sizeof power);
    return p * power * kept;
}

} // namespace

__attribute__((target_clones("avx512f", "avx2", "default"))) float maxOf(const float* values, std::size_t n)
{
    // Sixteen running maxima: one compare per value and no chain between neighbours.
    constexpr std::size_t kLanes = 16;
    float lane[kLanes];
    for (float& l : lane)
        l = -std::numeric_limits<float>::infinity();
    std::size_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        for (std::size_t j = 0; j < kLanes; ++j)
            lane[j] = values[i + j] > lane[j] ? values[i + j] : lane[j];
    float maximum = -std::numeric_limits<float>::infinity();
    for (const float l : lane)
        maximum = l > maximum ? l : maximum;
    for (; i < n; ++i)
        maximum = values[i] > maximum ? values[i] : maximum;
    return maximum;
}

float fastExp(float x)
{
    return expInline(x);
}

__attribute__((target_clones("avx512f", "avx2", "default"))) double sumOf(const float* values, std::size_t n)
{
    double total = 0.0;
#pragma omp simd reduction(+ : total)
    for (std::size_t i = 0; i < n; ++i)
        total += static_cast<double>(values[i]);
    return total;
}

__attribute__((target_clones("avx512f", "avx2", "default"))) void scale(float* values, std::size_t n, float factor)
{
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i)
        values[i] *= factor;
}

namespace {

__attribute__((target_clones("avx512f", "avx2", "default"))) double portableSumOfExp(const float* x, std::size_t n,
                                                                                     float shift, float* out)
{
    double total = 0.0; // in double: 15,000 terms of very different sizes
    if (out) {
#pragma omp simd reduction(+ : total)
        for (std::size_t i = 0; i < n; ++i) {
            const float e = expInline(x[i] - shift);
            out[i] = e;
            total += e;
        }
    } else {
#pragma omp simd reduction(+ : total)
        for (std::size_t i = 0; i < n; ++i)
            total += expInline(x[i] - shift);
    }
    return total;
}

__attribute__((target_clones("avx512f", "avx2", "default"))) ExponentialSums
portableExponentials(const float* x, std::size_t n, float shift, float* out)
{
    double sum = 0.0, weightedSum = 0.0;
#pragma omp simd reduction(+ : sum, weightedSum)
    for (std::size_t i = 0; i < n; ++i) {
        const float d = x[i] - shift;
        const float e = expInline(d);
        out[i] = e;
        sum += e;
        weightedSum += e * std::max(d, kLowest); // e is 0 below kLowest: 0, not 0 * -infinity, for -infinity
    }
    return {sum, weightedSum};
}

// All 16 lanes. Min and max are written as their zero-masked forms with this mask (the same instructions):
// for the unmasked ones, GCC 12 warns of an uninitialised value inside its own headers.
constexpr __mmask16 kAll = 0xFFFF;

// fastExp of 16 values as GCC compiles it for AVX-512 (the same fused multiply-adds, so the same bits), less
// the steps AVX-512 does in one: 2^n and the product with it are scalef, and the clamp below kLowest, its
// factor of 0 and the exponent's bits are a mask (not-less-than, so that a NaN stays a NaN). On a Zen 5 EPYC
// a pass over 15,000 logits took 3.1 us instead of 4.5.
__attribute__((target("avx512f"))) inline __m512 exp16(__m512 x)
{
    const __m512 kRound = _mm512_set1_ps(12582912.0f);
    const __mmask16 kept = _mm512_cmp_ps_mask(x, _mm512_set1_ps(kLowest), _CMP_NLT_UQ);
    x = _mm512_maskz_min_ps(kAll, _mm512_set1_ps(kHighest), x);
    const __m512 n = _mm512_sub_ps(_mm512_fmadd_ps(x, _mm512_set1_ps(1.44269504088896341f), kRound), kRound);
    __m512 r = _mm512_fnmadd_ps(n, _mm512_set1_ps(0.693359375f), x);
    r = _mm512_fnmadd_ps(n, _mm512_set1_ps(-2.12194440e-4f), r);
    __m512 p = _mm512_set1_ps(1.9875691500e-4f);
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.3981999507e-3f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(8.3334519073e-3f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(4.1665795894e-2f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.6666665459e-1f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(5.0000001201e-1f));
    p = _mm512_add_ps(_mm512_fmadd_ps(_mm512_mul_ps(p, r), r, r), _mm512_set1_ps(1.0f));
    return _mm512_maskz_scalef_ps(kept, p, n);
}

// The 16 floats added to the two running sums of 8 doubles each (halves taken by GCC's vector builtins, and
// the conversion zero-masked: the cast, extract, reduce and unmasked conversion intrinsics draw the same
// warning; __builtin_convertvector was four instructions where one does).
__attribute__((target("avx512f"))) inline void addInDouble(__m512 values, __m512d& low, __m512d& high)
{
    const __m256 first = __builtin_shufflevector(values, values, 0, 1, 2, 3, 4, 5, 6, 7);
    const __m256 second = __builtin_shufflevector(values, values, 8, 9, 10, 11, 12, 13, 14, 15);
    low = _mm512_add_pd(low, _mm512_maskz_cvtps_pd(0xFF, first));
    high = _mm512_add_pd(high, _mm512_maskz_cvtps_pd(0xFF, second));
}

// Both passes in one loop: sumOfExp without `weighted`, exponentials with it. Whole vectors, then the tail as
// one masked vector (masks in the main loop cost a third more time).
template <bool Weighted>
__attribute__((target("avx512f"))) ExponentialSums avx512Exponentials(const float* x, std::size_t n, float shift,
                                                                      float* out)
{
    const __m512 s = _mm512_set1_ps(shift), lowest = _mm512_set1_ps(kLowest);
    __m512d sumLow = _mm512_setzero_pd(), sumHigh = sumLow, weightedLow = sumLow, weightedHigh = sumLow;
    const auto add = [&](__m512 d, __m512 e) __attribute__((target("avx512f")))
    {
        addInDouble(e, sumLow, sumHigh);
        if (Weighted) // e is 0 below kLowest: 0, not 0 * -infinity, for -infinity
            addInDouble(_mm512_mul_ps(e, _mm512_maskz_max_ps(kAll, d, lowest)), weightedLow, weightedHigh);
    };
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        const __m512 d = _mm512_sub_ps(_mm512_loadu_ps(x + i), s);
        const __m512 e = exp16(d);
        if (out)
            _mm512_storeu_ps(out + i, e);
        add(d, e);
    }
    if (i < n) {
        const auto lanes = static_cast<__mmask16>((1u << (n - i)) - 1);
        const __m512 d = _mm512_sub_ps(_mm512_maskz_loadu_ps(lanes, x + i), s);
        const __m512 e = _mm512_maskz_mov_ps(lanes, exp16(d));
        if (out)
            _mm512_mask_storeu_ps(out + i, lanes, e);
        add(d, e);
    }
    const __m512d sums = _mm512_add_pd(sumLow, sumHigh), weightedSums = _mm512_add_pd(weightedLow, weightedHigh);
    ExponentialSums result;
    for (int lane = 0; lane < 8; ++lane) {
        result.sum += sums[lane];
        result.weightedSum += weightedSums[lane];
    }
    return result;
}

// Horizontal sum and maximum of 16 lanes through halves (GCC's reduce intrinsics draw the uninitialised-value
// warning of its own headers).
__attribute__((target("avx512f"))) inline float lanesSum(__m512 v)
{
    const __m256 eight = __builtin_shufflevector(v, v, 0, 1, 2, 3, 4, 5, 6, 7)
        + __builtin_shufflevector(v, v, 8, 9, 10, 11, 12, 13, 14, 15);
    const __m128 four
        = __builtin_shufflevector(eight, eight, 0, 1, 2, 3) + __builtin_shufflevector(eight, eight, 4, 5, 6, 7);
    return (four[0] + four[2]) + (four[1] + four[3]);
}

__attribute__((target("avx512f"))) inline float lanesMax(__m512 v)
{
    const __m256 a = __builtin_shufflevector(v, v, 0, 1, 2, 3, 4, 5, 6, 7);
    const __m256 b = __builtin_shufflevector(v, v, 8, 9, 10, 11, 12, 13, 14, 15);
    const __m256 eight = a > b ? a : b;
    const __m128 c = __builtin_shufflevector(eight, eight, 0, 1, 2, 3),
                 d = __builtin_shufflevector(eight, eight, 4, 5, 6, 7);
    const __m128 four = c > d ? c : d;
    return std::max(std::max(four[0], four[1]), std::max(four[2], four[3]));
}

// blockExponentials in four masked vectors: lanes past n read as -infinity, whose terms are 0.
__attribute__((target("avx512f"))) BlockExponentials avx512BlockExponentials(const float* l, std::size_t n, float tau)
{
    const __m512 minusInfinity = _mm512_set1_ps(-std::numeric_limits<float>::infinity());
    __m512 v[4];
    __m512 largest = minusInfinity;
    for (std::size_t q = 0; q < 4; ++q) {
        const std::size_t from = 16 * q, lanes = n > from ? std::min<std::size_t>(n - from, 16) : 0;
        const auto mask = static_cast<__mmask16>((1u << lanes) - 1);
        v[q] = _mm512_mask_loadu_ps(minusInfinity, mask, l + from);
        largest = _mm512_maskz_max_ps(kAll, largest, v[q]);
    }
    BlockExponentials block{};
    block.largest = lanesMax(largest);
    block.scaledLargest = block.largest * tau;
    if (block.largest == -std::numeric_limits<float>::infinity()) // nothing here can be drawn
        return block;
    const __m512 t = _mm512_set1_ps(tau), shift = _mm512_set1_ps(block.scaledLargest);
    const __m512 shiftAtOne = _mm512_set1_ps(block.largest), lowest = _mm512_set1_ps(kLowest);
    __m512 sum = _mm512_setzero_ps(), weighted = sum, sumAtOne = sum;
    for (const __m512 x : v) {
        const __m512 d = _mm512_sub_ps(_mm512_mul_ps(x, t), shift);
        const __m512 e = exp16(d);
        sum = _mm512_add_ps(sum, e);
        // e is 0 below kLowest: 0, not 0 * -infinity, for -infinity
        weighted = _mm512_add_ps(weighted, _mm512_mul_ps(e, _mm512_maskz_max_ps(kAll, d, lowest)));
        if (tau != 1.0f)
            sumAtOne = _mm512_add_ps(sumAtOne, exp16(_mm512_sub_ps(x, shiftAtOne)));
    }
    block.sum = lanesSum(sum);
    block.weighted = lanesSum(weighted);
    block.sumAtOne = tau != 1.0f ? lanesSum(sumAtOne) : block.sum;
    return block;
}

__attribute__((target_clones("avx512f", "avx2", "default"))) BlockExponentials
portableBlockExponentials(const float* l, std::size_t n, float tau)
{
    BlockExponentials block{};
    block.largest = maxOf(l, n);
    block.scaledLargest = block.largest * tau;
    if (block.largest == -std::numeric_limits<float>::infinity())
        return block;
    float sum = 0.0f, weighted = 0.0f, sumAtOne = 0.0f;
#pragma omp simd reduction(+ : sum, weighted, sumAtOne)
    for (std::size_t i = 0; i < n; ++i) {
        const float d = l[i] * tau - block.scaledLargest;
        const float e = expInline(d);
        sum += e;
        weighted += e * std::max(d, kLowest);
        sumAtOne += expInline(l[i] - block.largest);
    }
    block.sum = sum;
    block.weighted = weighted;
    block.sumAtOne = tau != 1.0f ? sumAtOne : sum;
    return block;
}

ExpPath bestExpPath()
{
    return canRun(ExpPath::Avx512) ? ExpPath::Avx512 : ExpPath::Portable;
}

} // namespace

bool canRun(ExpPath path)
{
    if (path != ExpPath::Avx512)
        return true;
    static const bool avx512 = cpuFeatures().avx512f; // found once, as the few-rows kernel finds its path
    return avx512;
}

double sumOfExp(const float* x, std::size_t n, float shift, float* out, ExpPath path)
{
    if ((path == ExpPath::Best ? bestExpPath() : path) == ExpPath::Avx512)
        return avx512Exponentials<false>(x, n, shift, out).sum;
    return portableSumOfExp(x, n, shift, out);
}

BlockExponentials blockExponentials(const float* logits, std::size_t n, float tau, ExpPath path)
{
    n = std::min(n, kMaxBlockExponentials);
    if ((path == ExpPath::Best ? bestExpPath() : path) == ExpPath::Avx512)
        return avx512BlockExponentials(logits, n, tau);
    return portableBlockExponentials(logits, n, tau);
}

ExponentialSums exponentials(const float* x, std::size_t n, float shift, float* out, ExpPath path)
{
    if ((path == ExpPath::Best ? bestExpPath() : path) == ExpPath::Avx512)
        return avx512Exponentials<true>(x, n, shift, out);
    return portableExponentials(x, n, shift, out);
}

} // namespace textgen
