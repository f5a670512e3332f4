// A stable 64-bit hash of bytes: the same value on every platform and in every run (vocabulary fingerprints,
// the validation split, checkpoint checksums). Not cryptographic.
#pragma once

#include <cstdint>
#include <string_view>

namespace textgen {

inline std::uint64_t hashBytes(std::string_view bytes)
{
    // FNV-1a, then a final avalanche so that the low bits used for the slot index are well mixed.
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

} // namespace textgen
