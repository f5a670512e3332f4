// Training a language model: small pure pieces around one step() (nanoGPT's train.py shape): nextBatch,
// learningRate(step), step, evaluate, checkpoint save and load; and trainLoop, which strings them together
// with callbacks. Not run folders or threads: the application layer owns those.
#pragma once

#include "fault.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>
#include <stdexcept>
#include <string>

#include "checkpoint.h"
#include "data_parallel.h"
#include "language_model.h"
#include "lm_batch.h"

namespace textgen {

class TrainingError : public EngineError {
public:
    using EngineError::EngineError;
};

// How a step computes. Tf32: float32 weights and activations, matrix products on TF32 tensor cores (CUDA
// only; the CPU has no such mode and computes in float32). Bf16: the forward pass under bfloat16 autocast
// (products in bfloat16, reductions and the loss in float32), the weights, gradients and optimizer in
// float32: on CUDA, and on CPUs with AVX512_BF16.
enum class Precision { Fp32, Tf32, Bf16 };

struct TrainingOptions {
    std::int64_t batchSize = 256;   // the chapter's
    double learningRate = 1e-3;     // RMSprop's Keras default (seed); the peak of the schedule otherwise
    std::int64_t epochs = 10;       // total for the run, counting epochs already done when resuming
    std::int64_t maxSteps = 0;      // total optimizer steps for the run; 0: no limit
    std::uint64_t seed = 1337;      // weights, batch order and dropout
    std::string device = "auto";    // "auto" (CUDA when available), "cpu", "cuda" or "cuda:N"
    int threads = 0;                // CPU intra-op threads; 0: leave LibTorch's setting
    std::int64_t warmupSteps = 100; // gpt, lstm: linear warm-up, then cosine decay to minLearningRateRatio
    double minLearningRateRatio = 0.1;
    double weightDecay = 0.1;  // AdamW, on matrices only
    double gradientClip = 1.0; // max global norm; 0: off (the seed preset, as Keras)
    Precision precision = Precision::Fp32;
    // Steps between reads of the loss (each read waits for the device); 0: every step on the CPU and in a
    // job of several ranks, every 32 on CUDA, where waiting would leave the GPU idle between steps.
    int progressEvery = 0;
};

// "fp32", "tf32", "bf16", and back (nullopt for any other name).
const char* precisionName(Precision precision);
std::optional<Precision> precisionFromName(const std::string& name);

// A global batch of `batchSize` rows splits evenly over `processes`, or TrainingError (WorldBatchIndivisible).
void checkBatchSplits(std::int64_t batchSize, int processes);

// The chapter's choices for the seed preset (RMSprop, batch 256, no clipping), today's for the others.
TrainingOptions trainingDefaults(Preset preset);

// A CUDA generator's saved state as a generator whose state is `expected` bytes takes it: LibTorch before 2.1
// keeps 816 (800 unused, then the seed and the offset), 2.1 on 16. A checkpoint of the other kind is converted;
// a layout neither knows gives nullopt (the trainer then starts the stream again from the run's seed).
std::optional<torch::Tensor> cudaStateOfSize(const torch::Tensor& saved, std::int64_t expected);

// "auto" -> CUDA when torch::cuda::is_available(), else CPU; throws TrainingError for an unknown or absent device.
torch::Device resolveDevice(const std::string& name);

// One optimizer step, the one progress type from the trainer to the window (small: it crosses threads by
// value). The trainer fills what it measures; the session adds the run-wide times.
struct TrainingProgress {
    std::int64_t step = 0;      // optimizer steps done, this one included
    std::int64_t epoch = 0;     // the epoch this step belongs to (0-based)
    double epochFraction = 0.0; // of that epoch, after this step
    double trainLoss = 0.0;
    double learningRate = 0.0;
    double tokensPerSecond = 0.0; // positions processed per second of this step
    double seconds = 0.0;         // the step's wall time (on CUDA, its share of the burst it was read with)
    std::int64_t totalSteps = 0;  // the run's, counting the steps before a resume
    std::string device;           // "cpu", "cuda:0"
    double etaSeconds = 0.0;      // session: for the remaining steps, from the recent step times
    double elapsedSeconds = 0.0;  // session: since the run started, across resumes
};

struct EpochReport {
    std::int64_t epoch = 0; // the epoch just completed (0-based)
    std::int64_t step = 0;
    double validationLoss = 0.0; // NaN when there is no validation split
};

class Trainer {
public:
    // Builds the model on the device and its optimizer; `data` must outlive the trainer.
    Trainer(const ModelConfig& config, const TrainingOptions& options, const LmDataset& data,
            std::uint64_t vocabularyFingerprint, std::string tokenizer);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    // Joins a data-parallel job. From then on every step takes this rank's share of the global batch (its
    // rows split evenly across the ranks), and the gradients are summed across the ranks, each weighted by
    // the tokens its share scored, so that the update and the loss are the one-process ones; evaluation splits
    // the validation set the same way. A bucket of gradients starts its sum as soon as backward has produced
    // them all (autograd hooks), while backward goes on with the layers below. The weights start as rank 0's;
    // the dropout stream is the rank's own. A group of one changes nothing.
    void joinGroup(std::shared_ptr<ProcessGroup> group);
    const ProcessGroup* group() const { return group_.get(); } // null unless the job has several ranks

    Batch nextBatch(); // the next batch of the current epoch (this rank's share of it), on the device
    double learningRate(std::int64_t step) const;
    double step(); // one optimizer update; returns the batch loss (waits for the device)
    // One optimizer update whose loss stays on the device until collectSteps(): on CUDA the host queues the
    // next step while the GPU runs this one. On the CPU, or with several ranks, the loss is read and checked
    // at once, before the update, as step() does.
    void enqueueStep();
    // The progress of every step enqueued since the last call, in order, after one wait for the device.
    // Throws TrainingError (LossNaN, LossInfinite) naming the first step whose loss is not finite.
    std::vector<TrainingProgress> collectSteps();
    std::size_t pendingSteps() const { return pending_.size(); }
    int progressInterval() const; // progressEvery, resolved for the device
    double evaluate();            // validation loss, token-weighted, under NoGradGuard (NaN: no split)
    bool hasValidation() const { return !data_.validation.empty(); }
    TrainingProgress lastStep() const { return last_; }

    bool epochComplete() const { return rowsInEpoch_ >= static_cast<std::int64_t>(order_.size()); }
    void beginNextEpoch();
    bool finished() const;

    void saveCheckpoint(const std::string& path, const std::string& run, double validationLoss) const;
    // Refuses (CheckpointError) a checkpoint of another preset, size or vocabulary, or a damaged file.
    CheckpointHeader loadCheckpoint(const std::string& path);

    LanguageModel& model() { return *model_; }
    std::shared_ptr<LanguageModel> modelPointer() const { return model_; }
    const ModelConfig& config() const { return model_->config(); }
    const TrainingOptions& options() const { return options_; }
    torch::Device device() const { return device_; }
    std::int64_t globalStep() const { return step_; }
    std::int64_t epoch() const { return epoch_; }
    // The batches of this size the rows trained make (the last one short), counted from the rows: a run
    // resumed at another batch size continues at its next untrained row.
    std::int64_t batchInEpoch() const { return (rowsInEpoch_ + options_.batchSize - 1) / options_.batchSize; }
    std::int64_t rowsInEpoch() const { return rowsInEpoch_; }
    std::int64_t batchesPerEpoch() const { return batchesPerEpoch_; }
    std::int64_t totalSteps() const; // the schedule's length: min(maxSteps, epochs x batches)
    std::string optimizerName() const;

private:
    void setLearningRate(double rate);
    // Dropout draws from torch's global generators (the CPU's, and on CUDA the device's); each trainer keeps
    // its own streams in rngState_ and deviceRngState_ and swaps them in for its steps, so two trainers (or a
    // trainer and a sampler) never disturb each other's numbers, and a checkpoint resumes them exactly.
    class GeneratorScope;
    // A step's loss, until its value is read.
    struct PendingStep {
        torch::Tensor loss; // 0-d, on the device (or already read, on the CPU)
        TrainingProgress progress;
        std::int64_t positions = 0; // this rank's batch elements
    };

    // Declared first, so destroyed last: while a trainer lives, the memory its steps free is kept for the
    // next step, and it goes back to the system once the last trainer and its tensors are gone (trainer.cpp).
    struct KeptStepMemory {
        KeptStepMemory();
        ~KeptStepMemory();
        KeptStepMemory(const KeptStepMemory&) = delete;
        KeptStepMemory& operator=(const KeptStepMemory&) = delete;
    };
    KeptStepMemory keptStepMemory_;
    TrainingOptions options_;
    const LmDataset& data_;
    std::uint64_t vocabularyFingerprint_;
    std::string tokenizer_;
    torch::Device device_;
    std::shared_ptr<LanguageModel> model_;
    std::unique_ptr<torch::optim::Optimizer> optimizer_;
    std::vector<std::size_t> order_;
    std::int64_t batchesPerEpoch_ = 0;
    std::int64_t step_ = 0;
    std::int64_t epoch_ = 0;
    std::int64_t rowsInEpoch_ = 0; // rows of order_ trained: where the next batch starts, at any batch size
    TrainingProgress last_;
    torch::Tensor rngState_;
    torch::Tensor deviceRngState_; // CUDA's generator state; undefined on the CPU
    std::vector<PendingStep> pending_;
    std::chrono::steady_clock::time_point pendingSince_; // when the first pending step began
    std::shared_ptr<ProcessGroup> group_;                // only with more than one rank
    // The parameters in the buckets' order (backward's, the last layer's first, when they are summed during
    // backward), their gradients' buckets, and the hooks that fill them then.
    std::vector<torch::Tensor> reducedParameters_;
    std::shared_ptr<GradientBuckets> gradientBuckets_;
    std::vector<unsigned> gradientHooks_;
};

struct TrainingCallbacks {
    std::function<void(const TrainingProgress&)> onStep;
    // After each epoch's validation: save a checkpoint, print, ... (the trainer is between epochs then).
    std::function<void(const EpochReport&)> onEpoch;
    // Polled before every step; return true to stop (the caller saves what it wants afterwards).
    std::function<bool()> shouldStop;
};

struct Evaluation {
    double loss = 0.0;        // mean cross-entropy (nats) over the scored positions; NaN when there are none
    std::uint64_t tokens = 0; // scored positions
};

// The model's loss on the sequences [first, last) (every one by default), token-weighted, in batches, under
// NoGradGuard and eval().
Evaluation evaluateModel(LanguageModel& model, const TokenSequences& sequences, std::int64_t batchSize,
                         const torch::Device& device, std::size_t first = 0, std::size_t last = SIZE_MAX);

// A model built as `expected` with the weights of the checkpoint at `path`, on `device`, in eval mode.
// Refuses (CheckpointError) a checkpoint of another preset, size or vocabulary, or a damaged file.
// `reuse`, a model of the same sizes on the same device, gets the weights instead of a new model: building
// one initialises every weight at random first, which costs more than reading them (the scrubber reads
// checkpoint after checkpoint). On failure `reuse` may hold some of the new weights: drop it.
std::shared_ptr<LanguageModel> loadModel(const std::string& path, const ModelConfig& expected,
                                         std::uint64_t vocabularyFingerprint, const torch::Device& device,
                                         CheckpointHeader* header = nullptr,
                                         std::shared_ptr<LanguageModel> reuse = nullptr);

// Trains until finished() or shouldStop(). Throws TrainingError on a non-finite loss or an out-of-memory device.
void trainLoop(Trainer& trainer, const TrainingCallbacks& callbacks);

} // namespace textgen
