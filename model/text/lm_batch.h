// Turning sequences into the (inputs, targets) tensors of one training batch.
// B = batch, L = sequence length; inputs and targets are (B, L - 1) int64 ids.
#pragma once

#include "lm_dataset.h"
#include "torch_api.h"

namespace textgen {

struct Batch {
    torch::Tensor inputs;  // (B, L-1) int64: seq[:-1]
    torch::Tensor targets; // (B, L-1) int64: seq[1:]
};

// The batch of the sequences indices[0 .. count); copies only those sequences (never the corpus).
Batch makeBatch(const TokenSequences& sequences, const std::size_t* indices, std::size_t count);

} // namespace textgen
