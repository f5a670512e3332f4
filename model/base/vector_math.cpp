#include "vector_math.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>

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

__attribute__((target_clones("avx512f", "avx2", "default"))) double sumOfExp(const float* x, std::size_t n, float shift,
                                                                             float* out)
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

__attribute__((target_clones("avx512f", "avx2", "default"))) ExponentialSums exponentials(const float* x, std::size_t n,
                                                                                          float shift, float* out)
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

} // namespace textgen
