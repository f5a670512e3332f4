// a @ b over a batch of matrices, as attention multiplies its queries, keys and values: torch::matmul for
// same-shaped leading dimensions, differentiable, without the copies and the thread forks it makes on a CPU.
// LibTorch 1.13's CPU bmm multiplies the batch's small matrices one after another, each over all the threads,
// after copying a transposed view (a head's keys) into a contiguous tensor. Here the batch's items are split
// over the threads and each is one single-threaded BLAS product on its own view, strides as they come.
// Not for broadcasting: a's and b's leading dimensions must be equal.
#pragma once

#include "torch_api.h"

namespace textgen {

// (..., M, K) x (..., K, N) -> (..., M, N), with one or two leading dimensions. Float tensors on the CPU
// outside autocast take the path above; any other goes to torch::matmul, so the result is the same either way.
torch::Tensor batchedProduct(const torch::Tensor& a, const torch::Tensor& b);

} // namespace textgen
