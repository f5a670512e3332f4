#include "batched_product.h"

#include <ATen/Parallel.h>
#include <ATen/autocast_mode.h>
#include <torch/version.h>

namespace textgen {

namespace {

bool cpuAutocastOn()
{
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
    return at::autocast::is_autocast_enabled(c10::DeviceType::CPU);
#else
    return at::autocast::is_cpu_enabled();
#endif
}

bool takesOwnPath(const torch::Tensor& a, const torch::Tensor& b)
{
    return a.is_cpu() && b.is_cpu() && a.scalar_type() == torch::kFloat && b.scalar_type() == torch::kFloat
        && (a.dim() == 3 || a.dim() == 4) && b.dim() == a.dim()
        && a.sizes().slice(0, a.dim() - 2) == b.sizes().slice(0, b.dim() - 2) && a.size(-1) == b.size(-2)
        && !cpuAutocastOn();
}

// item i of the batch: the (rows, columns) matrix at leading index i, a view.
torch::Tensor item(const torch::Tensor& t, std::int64_t i)
{
    return t.dim() == 3 ? t.select(0, i) : t.select(0, i / t.size(1)).select(0, i % t.size(1));
}

// The products, the batch's items split over the threads. Inside the parallel region OpenBLAS (its OpenMP
// build) and LibTorch run each product on the calling thread. Autograd's mode is per thread, and the pool's
// threads do not inherit the caller's: the operands are detached, and each thread turns it off itself.
torch::Tensor product(const torch::Tensor& left, const torch::Tensor& right)
{
    const torch::Tensor a = left.detach(), b = right.detach();
    std::vector<std::int64_t> sizes = a.sizes().vec();
    sizes.back() = b.size(-1);
    torch::Tensor out = torch::empty(sizes, a.options());
    const std::int64_t items = a.dim() == 3 ? a.size(0) : a.size(0) * a.size(1);
    at::parallel_for(0, items, 1, [&](std::int64_t begin, std::int64_t end) {
        const torch::NoGradGuard noGrad;
        for (std::int64_t i = begin; i < end; ++i) {
            torch::Tensor into = item(out, i);
            at::mm_out(into, item(a, i), item(b, i));
        }
    });
    return out;
}

class BatchedProduct : public torch::autograd::Function<BatchedProduct> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* context, const torch::Tensor& a,
                                 const torch::Tensor& b)
    {
        context->save_for_backward({a, b});
        return product(a, b);
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* context,
                                                   torch::autograd::variable_list outputs)
    {
        const torch::autograd::variable_list saved = context->get_saved_variables();
        const torch::Tensor& a = saved[0];
        const torch::Tensor& b = saved[1];
        const torch::Tensor& gradient = outputs[0]; // (..., M, N)
        torch::Tensor gradientA, gradientB;
        if (context->needs_input_grad(0))
            gradientA = product(gradient, b.transpose(-2, -1)); // (..., M, K)
        if (context->needs_input_grad(1))
            gradientB = product(a.transpose(-2, -1), gradient); // (..., K, N)
        return {gradientA, gradientB};
    }
};

} // namespace

torch::Tensor batchedProduct(const torch::Tensor& a, const torch::Tensor& b)
{
    if (!takesOwnPath(a, b))
        return torch::matmul(a, b);
    return BatchedProduct::apply(a, b);
}

} // namespace textgen
