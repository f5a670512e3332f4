// Batch assembly from 32-bit stored ids into int64 tensors.
#include "lm_batch.h"

namespace textgen {

Batch makeBatch(const TokenSequences& sequences, const std::size_t* indices, std::size_t count)
{
    const std::int64_t width = sequences.length() - 1;
    const auto rows = static_cast<std::int64_t>(count);
    Batch batch{torch::empty({rows, width}, torch::kLong), torch::empty({rows, width}, torch::kLong)};
    std::int64_t* inputs = batch.inputs.data_ptr<std::int64_t>();
    std::int64_t* targets = batch.targets.data_ptr<std::int64_t>();
    for (std::size_t row = 0; row < count; ++row) {
        const std::int32_t* ids = sequences.sequence(indices[row]);
        for (std::int64_t t = 0; t < width; ++t) {
            inputs[t] = ids[t];
            targets[t] = ids[t + 1];
        }
        inputs += width;
        targets += width;
    }
    return batch;
}

} // namespace textgen
