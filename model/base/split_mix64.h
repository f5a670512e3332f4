// splitmix64: the seeded stream behind every shuffle and every sampled word. Header-only, no LibTorch, so the
// sampler and the dataset share it without sharing anything else (llm.c's sampler.h keeps its RNG as small).
#pragma once

#include <cstdint>

namespace textgen {

// A deterministic 64-bit generator (splitmix64): the same numbers on every platform and library version.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) { }
    std::uint64_t next()
    {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound), without modulo bias.
    std::uint64_t below(std::uint64_t bound)
    {
        // Lemire's rejection: the threshold discards the few values that would bias the low residues.
        const std::uint64_t threshold = -bound % bound;
        for (;;) {
            const std::uint64_t r = next();
            if (r >= threshold)
                return r % bound;
        }
    }
    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t state_;
};

} // namespace textgen
