#include "cache_buffers.h"

#include <cstdlib>
#include <memory>
#include <mutex>
#include <new>
#include <utility>

namespace textgen {

namespace {

constexpr std::size_t kBufferAlignment = 64;
constexpr std::size_t kPoolLimit = std::size_t{64} << 20; // a few generations of the largest preset

struct FreeBuffer {
    void operator()(float* data) const { std::free(data); }
};

class BufferPool {
public:
    static BufferPool& instance()
    {
        static BufferPool* pool = new BufferPool; // never destroyed: a tensor may give its buffer back after main
        return *pool;
    }

    // `bytes` is a multiple of kBufferAlignment.
    std::unique_ptr<float, FreeBuffer> take(std::size_t bytes)
    {
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            for (auto it = kept_.begin(); it != kept_.end(); ++it)
                if (it->first == bytes) {
                    float* data = it->second;
                    kept_.erase(it);
                    keptBytes_ -= bytes;
                    return std::unique_ptr<float, FreeBuffer>(data);
                }
        }
        return std::unique_ptr<float, FreeBuffer>(static_cast<float*>(std::aligned_alloc(kBufferAlignment, bytes)));
    }

    void give(float* data, std::size_t bytes)
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        kept_.emplace_back(bytes, data);
        keptBytes_ += bytes;
        while (keptBytes_ > kPoolLimit) { // the oldest go first
            keptBytes_ -= kept_.front().first;
            std::free(kept_.front().second);
            kept_.erase(kept_.begin());
        }
    }

    std::size_t keptBytes()
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        return keptBytes_;
    }

    void release()
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        for (const auto& [bytes, data] : kept_)
            std::free(data);
        kept_.clear();
        keptBytes_ = 0;
    }

private:
    std::mutex mutex_;
    std::vector<std::pair<std::size_t, float*>> kept_; // oldest first
    std::size_t keptBytes_ = 0;
};

} // namespace

torch::Tensor cacheBuffer(const std::vector<std::int64_t>& sizes, const torch::TensorOptions& options)
{
    if (!options.device().is_cpu() || c10::typeMetaToScalarType(options.dtype()) != torch::kFloat)
        return torch::empty(sizes, options);
    std::size_t bytes = sizeof(float);
    for (const std::int64_t size : sizes)
        bytes *= static_cast<std::size_t>(size);
    bytes = (bytes + kBufferAlignment - 1) / kBufferAlignment * kBufferAlignment;
    if (bytes == 0 || bytes > kPoolLimit) // nothing to keep, or more than the pool holds
        return torch::empty(sizes, options);
    std::unique_ptr<float, FreeBuffer> data = BufferPool::instance().take(bytes);
    if (!data)
        throw std::bad_alloc();
    torch::Tensor tensor = torch::from_blob(
        data.get(), sizes, [bytes](void* p) { BufferPool::instance().give(static_cast<float*>(p), bytes); }, options);
    data.release(); // the tensor's now
    return tensor;
}

std::size_t recycledCacheBytes()
{
    return BufferPool::instance().keptBytes();
}

void releaseRecycledCacheBuffers()
{
    BufferPool::instance().release();
}

} // namespace textgen
