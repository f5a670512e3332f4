// The memory floor of one decode step: the bytes of weights a step must read (every linear layer and norm,
// the output layer whole; of an embedding table only the rows it looks up, which is nothing to speak of),
// streamed from where they lie, split over the threads the way the decoder splits them. No decoder can
// take less time per step on this machine; `textgen bench generate` reports its time as a ratio to it.
#pragma once

#include <cstdint>

namespace textgen {

class LanguageModel;

struct DecodeFloor {
    std::int64_t bytesPerStep = 0;
    double millisecondsPerStep = 0.0; // the median of the repeats
    double gigabytesPerSecond = 0.0;
};

DecodeFloor measureDecodeFloor(LanguageModel& model, int repeats = 30);

} // namespace textgen
