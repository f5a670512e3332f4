// The memory floor of one decode step: the bytes a step must read, streamed from where they lie, split over the
// threads the way the decoder splits them. They are the weights (every linear layer and norm, the output layer
// whole; of an embedding table only the rows it looks up, which is nothing to speak of) and the cache (every
// key and value so far, which each attention reads whole, or a recurrent state). No decoder can take less time
// per step on this machine; `textgen bench generate` reports its time as a ratio to it.
#pragma once

#include <cstdint>
#include <vector>

#include "torch_api.h"

namespace textgen {

class LanguageModel;

struct DecodeFloor {
    std::int64_t bytesPerStep = 0; // weightBytes + cacheBytes
    std::int64_t weightBytes = 0, cacheBytes = 0;
    double millisecondsPerStep = 0.0; // the median of the repeats
    double gigabytesPerSecond = 0.0;
};

// The weights, and `cacheBytes` more for the cache (cacheBytesPerStep), streamed `repeats` times.
DecodeFloor measureDecodeFloor(LanguageModel& model, int repeats = 30, std::int64_t cacheBytes = 0);

// The cache a step of a generation reads, on average over its `length` steps: `columns` rows, each with the
// prompt's `promptWords` positions and one more per step (at most the model's sequence length), the first
// step the prompt's. Found by decoding a prompt of that length and one word after it: the cache's bytes per
// position, and those of a cache without positions (a recurrent state).
std::int64_t cacheBytesPerStep(LanguageModel& model, std::int64_t promptWords, std::int64_t columns,
                               std::int64_t length);

// The weights a step reads whole: every parameter but the embedding tables, of which a step only looks up
// rows, unless a table is also the output layer (tied weights).
std::vector<torch::Tensor> weightsReadWhole(LanguageModel& model);

} // namespace textgen
