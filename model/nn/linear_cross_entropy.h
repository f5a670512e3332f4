// The output layer and the cross-entropy loss as one operation, computed a block of rows at a time.
//
// The plain way, cross_entropy(linear(x, W, b), targets), writes the whole (N, V) logits, then their log-softmax,
// then in the backward pass a one-hot gradient and the log-softmax's gradient: for the seed preset at batch 32
// that is five passes over 3200 x 15,000 floats (190 MB each), more time than the three matrix products. Here
// each block of rows has its logits computed, turned into the gradient of the loss in place (softmax minus
// one-hot) while they are hot in the cache, and multiplied into the gradients of x, W and b at once; the
// backward pass only scales those by the incoming gradient. Same products, same result (to float rounding),
// a fraction of the memory traffic, and a (block, V) buffer instead of several (N, V) ones.
#pragma once

#include "torch_api.h"

namespace textgen {

// mean over rows n of cross_entropy(x[n] W^T + b, targets[n]) for x (N, C), weight (V, C), bias (V) or
// undefined, targets (N) int64. Differentiable in x, weight and bias. `blockRows` only changes the speed.
torch::Tensor linearCrossEntropy(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                                 const torch::Tensor& targets, std::int64_t blockRows = 512);

} // namespace textgen
