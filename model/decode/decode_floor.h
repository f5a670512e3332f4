// The memory floor of one decode step: the bytes of weights a step must read (every linear layer and norm,
// the output layer whole; of an embedding table only the rows it looks up, which is nothing to speak of),
// streamed from where they lie, split over the threads the way the decoder splits them. No decoder can
// take less time per step on this machine; `textgen bench generate` reports its time as a ratio to it.
#pragma once

#include <cstdint>
#include <vector>

#include "torch_api.h"

namespace textgen {

class LanguageModel;

struct DecodeFloor {
    std::int64_t bytesPerStep = 0;
    double millisecondsPerStep = 0.0; // the median of the repeats
    double gigabytesPerSecond = 0.0;
};

DecodeFloor measureDecodeFloor(LanguageModel& model, int repeats = 30);

// The weights a step reads whole: every parameter but the embedding tables, of which a step only looks up
// rows, unless a table is also the output layer (tied weights).
std::vector<torch::Tensor> weightsReadWhole(LanguageModel& model);

} // namespace textgen
