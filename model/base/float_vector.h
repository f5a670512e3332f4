// Sixteen floats as one GCC vector, for the kernels that write their own loops over weights and caches (the
// few-rows product, the decode step's attention, the decode floor): one AVX-512 register, two AVX2 ones, four
// SSE ones, whichever target the calling function is compiled for. Loads and stores go through memcpy, which
// compiles to one unaligned move.
#pragma once

#include <cstring>

namespace textgen::simd {

using Vector = float __attribute__((vector_size(64)));

// Vectors pass between inlined helpers only: no call crosses the ABI the warning is about.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"

inline __attribute__((always_inline)) Vector load(const float* p)
{
    Vector v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline __attribute__((always_inline)) void store(float* p, const Vector& v)
{
    std::memcpy(p, &v, sizeof v);
}

// The sum of the 16 lanes, in lane order.
inline __attribute__((always_inline)) float lanesSum(const Vector& v)
{
    float sum = 0.0f;
    for (int i = 0; i < 16; ++i)
        sum += v[i];
    return sum;
}

#pragma GCC diagnostic pop

} // namespace textgen::simd
