// The engine's self-checks on one device: what must hold before a GPU machine's numbers are believed, and
// what the CPU must keep. Each check trains or decodes a small model (seconds) and reports pass, fail or skip
// with the numbers it compared. `textgen-engine selfcheck` runs them; tests/gpu/device_check.sh calls that.
// No Qt.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lm_dataset.h"
#include "model_config.h"
#include "vocabulary.h"

namespace textgen {

enum class CheckStatus { Passed, Failed, Skipped };
const char* checkStatusName(CheckStatus status); // "pass", "fail", "skip"

struct CheckResult {
    std::string name; // "loss_falls", "resume_identical", ...
    CheckStatus status = CheckStatus::Failed;
    std::string detail; // the numbers compared, or why it was skipped
    double seconds = 0.0;
};

struct SelfCheckOptions {
    std::string device = "cpu";
    std::string scratch;      // a folder for checkpoints (made if missing)
    int precisionSteps = 200; // steps over which reduced precision must track float32
};

// The checks, in the order they run:
//   loss_falls          a short run's loss falls by at least a fifth
//   resume_identical    stop at step N, save, load into a new trainer, go on: the losses of the run that never
//                       stopped (dropout on, so the generators' states must travel in the checkpoint)
//   decode_equals_recompute  cached decoding gives the tokens and probabilities of full recomputation
//   sampling_reproducible    the same seed gives the same columns; another seed other ones
//   checkpoint_across_devices  saved on CUDA, loaded on the CPU, and back: the same logits (needs CUDA)
//   oversized_batch     a batch no memory holds fails with the out-of-memory fault, and the run's checkpoint
//                       is unchanged and resumes as before
//   precision_tf32, precision_bf16  the first steps' losses match float32's within the stated tolerance
std::vector<CheckResult> runSelfChecks(const SelfCheckOptions& options);

// The pieces, for the tests.
CheckResult checkLossFalls(const std::string& device);
CheckResult checkResumeIdentical(const std::string& device, const std::string& scratch);
CheckResult checkDecodeEqualsRecompute(const std::string& device);
CheckResult checkSamplingReproducible(const std::string& device);
CheckResult checkCheckpointAcrossDevices(const std::string& device, const std::string& scratch);
CheckResult checkOversizedBatch(const std::string& device, const std::string& scratch);
CheckResult checkPrecisionTracksFloat32(const std::string& device, const std::string& precision, int steps);

// The largest |a_i - b_i| over two loss curves (infinity when their lengths differ).
double largestDifference(const std::vector<double>& a, const std::vector<double>& b);

// A small GPT-preset model (dropout on) and sequences it can learn: each token follows from the one before
// (t' = 2 + (7 t + 3) mod (V - 2)), from a random start. Stream-cut, so `sequences` cost one token each.
ModelConfig selfCheckConfig();
LmDataset learnableDataset(const ModelConfig& config, std::size_t sequences, std::uint64_t seed);

// The results as one JSON object: {"device", "libtorch", "passed", "checks": [{name, status, detail, seconds}]}.
std::string selfCheckJson(const std::string& device, const std::vector<CheckResult>& results);

} // namespace textgen
