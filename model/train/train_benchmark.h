// Timing training steps on random tokens: the engine's own benchmark, shared by `textgen bench train` and the
// Qt-free `textgen-engine` tool that runs on GPU servers. Measures; asserts nothing.
#pragma once

#include <string>

#include "lm_dataset.h"
#include "trainer.h"

namespace textgen {

struct TrainBenchmark {
    double millisecondsPerStep = 0.0; // CPU: the median step after warm-up; CUDA: the mean of steps queued back to back
    double tokensPerSecond = 0.0;     // positions (batch x (L - 1)) per second
    double peakResidentMegabytes = 0.0;
    double pageFaultsPerStep = 0.0; // fresh pages the process took from the system, per timed step
    std::int64_t parameters = 0;
    std::string device;
};

// Random tokens of the config's vocabulary: the cost of a step does not depend on what the tokens say.
LmDataset randomTokenDataset(const ModelConfig& config, std::size_t sequences, std::uint64_t seed);

TrainBenchmark benchmarkTraining(const ModelConfig& config, const TrainingOptions& options, const LmDataset& data,
                                 int warmupSteps, int timedSteps);

double peakResidentMegabytes();

// Page faults of the whole process so far (minor and major): each a page the system maps, and zeroes when new.
long long pageFaults();

// The matrix products a training step cannot do without, timed alone as BLAS products on the same device:
// for every weight matrix W (outputs x inputs) that the step reads whole, over `rows` positions, the forward
// X W^T, the input gradient dY W and the weight gradient dY^T X. Attention's own products, the
// element-wise work and the loss are left out: the step takes at least this long. Median milliseconds.
double sgemmFloorMilliseconds(const ModelConfig& config, std::int64_t rows, const std::string& device, int repeats = 5);

} // namespace textgen
