// See linear_cross_entropy.h for why; the gradient of the mean cross-entropy with respect to the logits of
// row n is (softmax(logits[n]) - onehot(targets[n])) / N.
#include "linear_cross_entropy.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include <ATen/Parallel.h>

#include "vector_math.h"

namespace textgen {

namespace {

struct Gradients {
    torch::Tensor x, weight, bias;
};

// Softmax rows are normalised this many at a time, so that the passes of logsumexp, exp and the rest run
// over a piece that stays in the cache (32 rows of 15,000 floats: 1.9 MB).
constexpr std::int64_t kSoftmaxRows = 32;

// float logits (rows, V) on the CPU, contiguous: the sum over the rows of logsumexp(row) - row[target], and
// with `toGradient` each row turned into softmax(row) - onehot(target) in place. One exponential per logit
// and three passes over a row (its maximum, the exponentials written in place, their scaling), on every core:
// LibTorch's logsumexp, sub_ and exp_ took four passes and two exponentials.
double crossEntropyRows(float* logits, std::int64_t rows, std::int64_t vocabulary, const std::int64_t* targets,
                        bool toGradient)
{
    std::vector<double> losses(static_cast<std::size_t>(rows));
    at::parallel_for(0, rows, 1, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t r = begin; r < end; ++r) {
            float* row = logits + r * vocabulary;
            const std::int64_t target = targets[r];
            TORCH_CHECK(target >= 0 && target < vocabulary, "linearCrossEntropy: target ", target,
                        " outside the vocabulary of ", vocabulary); // as gather() refuses it
            const auto n = static_cast<std::size_t>(vocabulary);
            const float maximum = maxOf(row, n);
            const float targetLogit = row[target];
            const double sum = sumOfExp(row, n, maximum, toGradient ? row : nullptr);
            losses[static_cast<std::size_t>(r)] = static_cast<double>(maximum) + std::log(sum) - targetLogit;
            if (toGradient) {
                scale(row, n, static_cast<float>(1.0 / sum));
                row[target] -= 1.0f;
            }
        }
    });
    double total = 0.0;
    for (const double loss : losses)
        total += loss;
    return total;
}

// The same with LibTorch's operations, for any dtype and device: adds the rows' cross-entropy to `total`.
void libTorchPasses(torch::Tensor& logits, const torch::Tensor& targets, bool toGradient, torch::Tensor& total)
{
    // On a GPU the pieces would only multiply kernel launches: there the block is one piece.
    const std::int64_t count = logits.size(0);
    const std::int64_t pieceRows = logits.is_cuda() ? count : kSoftmaxRows;
    for (std::int64_t piece = 0; piece < count; piece += pieceRows) {
        torch::Tensor part = logits.narrow(0, piece, std::min(pieceRows, count - piece));
        const torch::Tensor partTargets = targets.narrow(0, piece, part.size(0));
        const torch::Tensor logSumExp = part.logsumexp(1, /*keepdim=*/true);
        total += (logSumExp - part.gather(1, partTargets)).sum();
        if (!toGradient)
            continue;
        part.sub_(logSumExp).exp_();                                                             // softmax
        part.scatter_add_(1, partTargets, torch::full({part.size(0), 1}, -1.0, part.options())); // - onehot
    }
}

// The loss (a 0-d tensor) and, when `gradients` is given, the gradients of that loss.
torch::Tensor blockwiseLoss(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                            const torch::Tensor& targets, std::int64_t blockRows, Gradients* gradients)
{
    TORCH_CHECK(x.dim() == 2 && weight.dim() == 2 && x.size(1) == weight.size(1),
                "linearCrossEntropy: x (N, C), weight (V, C)");
    TORCH_CHECK(targets.dim() == 1 && targets.size(0) == x.size(0), "linearCrossEntropy: targets (N)");
    const std::int64_t rows = x.size(0);
    const std::int64_t vocabulary = weight.size(0);
    const torch::Tensor weightT = weight.t();
    torch::Tensor total = torch::zeros({}, x.options());
    if (gradients != nullptr) {
        gradients->x = torch::empty_like(x, at::MemoryFormat::Contiguous);
        gradients->weight = torch::zeros_like(weight, at::MemoryFormat::Contiguous);
        if (bias.defined())
            gradients->bias = torch::zeros_like(bias, at::MemoryFormat::Contiguous);
    }
    const std::int64_t block = std::max<std::int64_t>(1, std::min(blockRows, rows));
    torch::Tensor buffer = torch::empty({block, vocabulary}, x.options());
    // Autocast can make the logits bfloat16, and a GPU has its own kernels: those go through LibTorch.
    const bool ownPasses = buffer.is_cpu() && buffer.scalar_type() == torch::kFloat;
    const torch::Tensor hostTargets = ownPasses ? targets.to(torch::kLong).contiguous() : torch::Tensor();
    double ownTotal = 0.0;
    for (std::int64_t start = 0; start < rows; start += block) {
        const std::int64_t count = std::min(block, rows - start);
        const torch::Tensor xs = x.narrow(0, start, count);
        const torch::Tensor ts = targets.narrow(0, start, count).unsqueeze(1);
        torch::Tensor logits = buffer.narrow(0, 0, count);
        if (bias.defined())
            torch::addmm_out(logits, bias, xs, weightT);
        else
            torch::mm_out(logits, xs, weightT);
        if (ownPasses) {
            ownTotal += crossEntropyRows(logits.data_ptr<float>(), count, vocabulary,
                                         hostTargets.data_ptr<std::int64_t>() + start, gradients != nullptr);
        } else {
            libTorchPasses(logits, ts, gradients != nullptr, total);
        }
        if (gradients == nullptr)
            continue;
        torch::Tensor xRows = gradients->x.narrow(0, start, count);
        torch::mm_out(xRows, logits, weight);
        gradients->weight.addmm_(logits.t(), xs);
        if (bias.defined())
            gradients->bias.add_(logits.sum(0));
    }
    const double scale = rows == 0 ? 0.0 : 1.0 / static_cast<double>(rows);
    if (gradients != nullptr) {
        gradients->x.mul_(scale);
        gradients->weight.mul_(scale);
        if (bias.defined())
            gradients->bias.mul_(scale);
    }
    if (ownPasses)
        total += ownTotal;
    return total * scale;
}

// The forward pass computes the gradients too; the backward pass scales them by the incoming gradient.
// Two functions, because LibTorch 1.13 cannot take an undefined tensor (no bias) as an autograd input.
torch::Tensor forwardSavingGradients(torch::autograd::AutogradContext* context, const torch::Tensor& x,
                                     const torch::Tensor& weight, const torch::Tensor& bias,
                                     const torch::Tensor& targets, std::int64_t blockRows)
{
    Gradients gradients;
    torch::Tensor loss = blockwiseLoss(x, weight, bias, targets, blockRows, &gradients);
    context->save_for_backward(bias.defined()
                                   ? torch::autograd::variable_list{gradients.x, gradients.weight, gradients.bias}
                                   : torch::autograd::variable_list{gradients.x, gradients.weight});
    return loss;
}

torch::autograd::variable_list scaledGradients(torch::autograd::AutogradContext* context, const torch::Tensor& scale)
{
    torch::autograd::variable_list gradients;
    for (const torch::Tensor& saved : context->get_saved_variables())
        gradients.push_back(saved * scale);
    gradients.emplace_back(); // targets
    gradients.emplace_back(); // blockRows
    return gradients;
}

class WithBias : public torch::autograd::Function<WithBias> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* context, const torch::Tensor& x,
                                 const torch::Tensor& weight, const torch::Tensor& bias, const torch::Tensor& targets,
                                 std::int64_t blockRows)
    {
        return forwardSavingGradients(context, x, weight, bias, targets, blockRows);
    }
    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* context,
                                                   torch::autograd::variable_list outputs)
    {
        return scaledGradients(context, outputs[0]);
    }
};

class WithoutBias : public torch::autograd::Function<WithoutBias> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* context, const torch::Tensor& x,
                                 const torch::Tensor& weight, const torch::Tensor& targets, std::int64_t blockRows)
    {
        return forwardSavingGradients(context, x, weight, {}, targets, blockRows);
    }
    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* context,
                                                   torch::autograd::variable_list outputs)
    {
        return scaledGradients(context, outputs[0]);
    }
};

} // namespace

torch::Tensor linearCrossEntropy(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                                 const torch::Tensor& targets, std::int64_t blockRows)
{
    const bool differentiable = torch::GradMode::is_enabled()
        && (x.requires_grad() || weight.requires_grad() || (bias.defined() && bias.requires_grad()));
    if (!differentiable)
        return blockwiseLoss(x, weight, bias, targets, blockRows, nullptr);
    return bias.defined() ? WithBias::apply(x, weight, bias, targets, blockRows)
                          : WithoutBias::apply(x, weight, targets, blockRows);
}

} // namespace textgen
