// Memory for key/value caches that outlives one generation. A generation's buffers were fresh memory, and the
// first write to each 4 KB page faulted: 58% of the 738 page faults of a 5 x 50 seed generation, 4% of its time
// on a Zen 5 EPYC. Finished buffers now wait in a small pool, and a generation of the same shape takes them
// back with their pages still mapped.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "torch_api.h"

namespace textgen {

// torch::empty(sizes, options), from the pool when it is a float tensor on the CPU; back to the pool when the
// last tensor using it is gone, from whichever thread.
torch::Tensor cacheBuffer(const std::vector<std::int64_t>& sizes, const torch::TensorOptions& options);

// The bytes waiting in the pool (at most 64 MiB; the oldest buffers are freed first).
std::size_t recycledCacheBytes();

// Frees what waits in the pool.
void releaseRecycledCacheBuffers();

} // namespace textgen
