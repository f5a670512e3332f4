// The trainer's pieces and the loop that strings them together.
#include "trainer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <cstdlib>
#include <cstring>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

#include <malloc.h>

#include "atomic_file.h"
#include "hash.h"

namespace textgen {

namespace {

constexpr double kPi = 3.14159265358979323846;

bool isOutOfMemory(const c10::Error& error)
{
    const std::string_view what = error.what(); // CUDA's words, and the CPU allocator's
    return what.find("out of memory") != std::string_view::npos
        || what.find("can't allocate memory") != std::string_view::npos;
}

std::string number(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

} // namespace

class Trainer::GeneratorScope {
public:
    GeneratorScope(torch::Tensor& state, at::Generator generator) : state_(state), generator_(std::move(generator))
    {
        std::lock_guard<std::mutex> lock(generator_.mutex());
        outside_ = generator_.get_state();
        generator_.set_state(state_);
    }
    ~GeneratorScope()
    {
        std::lock_guard<std::mutex> lock(generator_.mutex());
        state_ = generator_.get_state();
        generator_.set_state(outside_);
    }
    GeneratorScope(const GeneratorScope&) = delete;
    GeneratorScope& operator=(const GeneratorScope&) = delete;

private:
    torch::Tensor& state_;
    at::Generator generator_;
    torch::Tensor outside_;
};

namespace {

// The state `generator` would have if seeded with `seed`, leaving the generator as it was: a stream of the
// trainer's own, without reseeding anything global.
torch::Tensor seededState(at::Generator generator, std::uint64_t seed)
{
    std::lock_guard<std::mutex> lock(generator.mutex());
    const torch::Tensor outside = generator.get_state();
    generator.set_current_seed(seed);
    torch::Tensor state = generator.get_state();
    generator.set_state(outside);
    return state;
}

at::Generator deviceGenerator(const torch::Device& device)
{
    return at::globalContext().defaultGenerator(device);
}

// bfloat16 autocast on this thread (autocast is per thread) for as long as the scope lives, on `device`'s
// kind; nothing when `on` is false. LibTorch 2.4 gave autocast one API for every device kind.
class AutocastScope {
public:
    AutocastScope(bool on, c10::DeviceType type) : on_(on), type_(type)
    {
        if (!on_)
            return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
        wasEnabled_ = at::autocast::is_autocast_enabled(type_);
        wasType_ = at::autocast::get_autocast_dtype(type_);
        at::autocast::set_autocast_dtype(type_, torch::kBFloat16);
        at::autocast::set_autocast_enabled(type_, true);
#else
        const bool cuda = type_ == c10::DeviceType::CUDA;
        wasEnabled_ = cuda ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled();
        wasType_ = cuda ? at::autocast::get_autocast_gpu_dtype() : at::autocast::get_autocast_cpu_dtype();
        if (cuda) {
            at::autocast::set_autocast_gpu_dtype(torch::kBFloat16);
            at::autocast::set_enabled(true);
        } else {
            at::autocast::set_autocast_cpu_dtype(torch::kBFloat16);
            at::autocast::set_cpu_enabled(true);
        }
#endif
        at::autocast::increment_nesting();
    }
    ~AutocastScope()
    {
        if (!on_)
            return;
        if (at::autocast::decrement_nesting() == 0)
            at::autocast::clear_cache(); // the bfloat16 copies of the weights, made once per step
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
        at::autocast::set_autocast_enabled(type_, wasEnabled_);
        at::autocast::set_autocast_dtype(type_, wasType_);
#else
        if (type_ == c10::DeviceType::CUDA) {
            at::autocast::set_enabled(wasEnabled_);
            at::autocast::set_autocast_gpu_dtype(wasType_);
        } else {
            at::autocast::set_cpu_enabled(wasEnabled_);
            at::autocast::set_autocast_cpu_dtype(wasType_);
        }
#endif
    }
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool on_;
    c10::DeviceType type_;
    bool wasEnabled_ = false;
    at::ScalarType wasType_ = torch::kBFloat16;
};

// torch::nn::utils::clip_grad_norm_ (2-norm), without reading the norm back: that read would wait for the
// device every step.
void clipGradientNorm(const std::vector<torch::Tensor>& parameters, double maxNorm)
{
    std::vector<torch::Tensor> norms;
    for (const torch::Tensor& parameter : parameters)
        if (parameter.grad().defined())
            norms.push_back(parameter.grad().norm(2));
    if (norms.empty())
        return;
    const torch::Tensor total = norms.size() == 1 ? norms[0] : torch::stack(norms).norm(2);
    const torch::Tensor scale = (maxNorm / (total + 1e-6)).clamp_max(1.0);
    for (const torch::Tensor& parameter : parameters)
        if (parameter.grad().defined())
            parameter.grad().mul_(scale);
}

} // namespace

std::optional<torch::Tensor> cudaStateOfSize(const torch::Tensor& saved, std::int64_t expected)
{
    constexpr std::int64_t kUnused = 800, kSeedAndOffset = 16;
    const std::int64_t size = saved.numel();
    if (size == expected)
        return saved;
    if (size == kUnused + kSeedAndOffset && expected == kSeedAndOffset)
        return saved.narrow(0, kUnused, kSeedAndOffset).clone();
    if (size == kSeedAndOffset && expected == kUnused + kSeedAndOffset)
        return torch::cat({torch::zeros({kUnused}, torch::kByte), saved});
    return std::nullopt;
}

const char* precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Fp32: return "fp32";
    case Precision::Tf32: return "tf32";
    case Precision::Bf16: return "bf16";
    }
    return "fp32";
}

std::optional<Precision> precisionFromName(const std::string& name)
{
    for (const Precision precision : {Precision::Fp32, Precision::Tf32, Precision::Bf16})
        if (name == precisionName(precision))
            return precision;
    return std::nullopt;
}

TrainingOptions trainingDefaults(Preset preset)
{
    const PresetTraits& traits = presetTraits(preset);
    TrainingOptions options;
    options.batchSize = traits.batchSize;
    options.learningRate = traits.learningRate;
    options.gradientClip = traits.gradientClip;
    return options;
}

torch::Device resolveDevice(const std::string& name)
{
    if (name == "auto" || name.empty())
        return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    if (name == "cpu")
        return torch::kCPU;
    if (name.rfind("cuda", 0) == 0) {
        if (!torch::cuda::is_available())
            throw TrainingError({FaultCode::NoCudaDevice, {name}});
        try {
            const torch::Device device(name);
            if (device.has_index() && device.index() >= static_cast<int>(torch::cuda::device_count()))
                throw TrainingError({FaultCode::NoSuchCudaDevice, {name, std::to_string(torch::cuda::device_count())}});
            return device;
        } catch (const c10::Error&) {
            throw TrainingError({FaultCode::UnknownDevice, {name}});
        }
    }
    throw TrainingError({FaultCode::UnknownDevice, {name}});
}

Trainer::Trainer(const ModelConfig& config, const TrainingOptions& options, const LmDataset& data,
                 std::uint64_t vocabularyFingerprint, std::string tokenizer) :
    options_(options),
    data_(data), vocabularyFingerprint_(vocabularyFingerprint), tokenizer_(std::move(tokenizer)),
    device_(resolveDevice(options.device))
{
    if (options_.batchSize < 1)
        throw TrainingError({FaultCode::BatchSizeTooSmall, {std::to_string(options_.batchSize)}});
    if (!(options_.learningRate > 0.0) || !std::isfinite(options_.learningRate))
        throw TrainingError({FaultCode::LearningRateInvalid, {number(options_.learningRate)}});
    if (data_.train.empty())
        throw TrainingError({FaultCode::TrainingSplitEmpty, {std::to_string(config.sequenceLength)}});
    if (data_.train.length() != config.sequenceLength)
        throw TrainingError({FaultCode::SequenceLengthMismatch,
                             {std::to_string(data_.train.length()), std::to_string(config.sequenceLength)}});
    if (options_.threads > 0)
        torch::set_num_threads(options_.threads);
    // The weights are initialised from the run's seed; the stream then continues in rngState_ (dropout).
    rngState_ = torch::empty({0}, torch::kByte);
    {
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        torch::Tensor outside;
        {
            std::lock_guard<std::mutex> lock(generator.mutex());
            outside = generator.get_state();
            generator.set_current_seed(options_.seed);
        }
        model_ = makeModel(config); // draws from the generator: it must not be locked here
        std::lock_guard<std::mutex> lock(generator.mutex());
        rngState_ = generator.get_state();
        generator.set_state(outside);
    }
    if (device_.is_cuda()) // dropout on the GPU draws from the device's generator: the run's own stream there too
        deviceRngState_ = seededState(deviceGenerator(device_), options_.seed);
    model_->to(device_);

    if (presetTraits(config.preset).optimizer == OptimizerKind::KerasRmsprop) {
        // Keras' RMSprop defaults: rho 0.9, epsilon 1e-7 (added outside the square root, as torch does).
        optimizer_ = std::make_unique<torch::optim::RMSprop>(
            model_->parameters(), torch::optim::RMSpropOptions(options_.learningRate).alpha(0.9).eps(1e-7));
    } else {
        // Weight decay on matrices only; biases, norms and (for the LSTM) nothing else decay.
        std::vector<torch::Tensor> decayed, plain;
        for (const torch::Tensor& parameter : model_->parameters())
            (parameter.dim() >= 2 ? decayed : plain).push_back(parameter);
        std::vector<torch::optim::OptimizerParamGroup> groups;
        auto decayOptions = std::make_unique<torch::optim::AdamWOptions>(options_.learningRate);
        decayOptions->betas({0.9, 0.95}).weight_decay(options_.weightDecay);
        auto plainOptions = std::make_unique<torch::optim::AdamWOptions>(options_.learningRate);
        plainOptions->betas({0.9, 0.95}).weight_decay(0.0);
        groups.emplace_back(decayed, std::move(decayOptions));
        groups.emplace_back(plain, std::move(plainOptions));
        optimizer_ = std::make_unique<torch::optim::AdamW>(std::move(groups),
                                                           torch::optim::AdamWOptions(options_.learningRate));
    }
    batchesPerEpoch_ = static_cast<std::int64_t>(
        textgen::batchesPerEpoch(data_.train.size(), static_cast<std::size_t>(options_.batchSize)));
    order_ = epochOrder(data_.train.size(), options_.seed, epoch_);
    last_.device = device_.str(); // every step's progress names it; it never changes
}

std::string Trainer::optimizerName() const
{
    return presetTraits(config().preset).optimizerName;
}

std::int64_t Trainer::totalSteps() const
{
    const std::int64_t byEpochs = options_.epochs * batchesPerEpoch_;
    return options_.maxSteps > 0 ? std::min(options_.maxSteps, byEpochs) : byEpochs;
}

bool Trainer::finished() const
{
    return epoch_ >= options_.epochs || (options_.maxSteps > 0 && step_ >= options_.maxSteps);
}

void checkBatchSplits(std::int64_t batchSize, int processes)
{
    if (batchSize % processes != 0)
        throw TrainingError({FaultCode::WorldBatchIndivisible, {std::to_string(batchSize), std::to_string(processes)}});
}

namespace {

// The items [first, last) of `count` that this rank takes: an even split in rank order (uneven by one item
// when the ranks do not divide `count`).
std::pair<std::size_t, std::size_t> rankShare(std::size_t count, const ProcessGroup& group)
{
    const auto ranks = static_cast<std::size_t>(group.size());
    const auto rank = static_cast<std::size_t>(group.rank());
    return {count * rank / ranks, count * (rank + 1) / ranks};
}

// Every rank's mean over its own tokens, summed into the job's token-weighted mean. `tokens` comes back as
// the job's total, so that a rank knows its share of it.
double jobMean(ProcessGroup& group, double mean, double& tokens)
{
    std::vector<torch::Tensor> totals{torch::tensor({tokens, tokens == 0.0 ? 0.0 : mean * tokens}, torch::kDouble)};
    group.sum(totals);
    tokens = totals[0][0].item<double>();
    return tokens > 0.0 ? totals[0][1].item<double>() / tokens : std::nan("");
}

std::mutex keptStepMemoryMutex;
int keptStepMemoryUsers = 0; // trainers alive

} // namespace

// glibc gives a freed block back to the system when it was a mapping of its own (above a threshold that
// starts at 128 KB and follows the blocks freed, up to 32 MB) or when the heap's free top grows past twice
// that. A training step frees its activations, tens of megabytes, and the next step asks for the same again:
// the seed preset at batch 32 took 6,700 fresh pages a step, each a fault and a page the kernel zeroes, 4-6%
// of the step on a Zen 5 EPYC. While a trainer lives, blocks up to 32 MB (glibc's most) come from the heap,
// which keeps what is freed; the last trainer to go sets the rule that glibc would have come to by itself
// and hands the free memory back.
Trainer::KeptStepMemory::KeptStepMemory()
{
#ifdef __GLIBC__
    const std::lock_guard<std::mutex> lock(keptStepMemoryMutex);
    if (keptStepMemoryUsers++ == 0) {
        mallopt(M_MMAP_THRESHOLD, 32 << 20);
        mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
    }
#endif
}

Trainer::KeptStepMemory::~KeptStepMemory()
{
#ifdef __GLIBC__
    const std::lock_guard<std::mutex> lock(keptStepMemoryMutex);
    if (--keptStepMemoryUsers == 0) {
        mallopt(M_TRIM_THRESHOLD, 64 << 20);
        malloc_trim(0);
    }
#endif
}

Trainer::~Trainer()
{
    for (std::size_t i = 0; i < gradientHooks_.size(); ++i) // the model may outlive the job's buckets
        reducedParameters_[i].remove_hook(gradientHooks_[i]);
}

void Trainer::joinGroup(std::shared_ptr<ProcessGroup> group)
{
    if (!group || group->size() == 1)
        return;
    checkBatchSplits(options_.batchSize, group->size());
    group_ = std::move(group);
    {
        torch::NoGradGuard noGrad;
        // The learned values; a buffer of whole numbers or flags (a mask) is built the same everywhere.
        std::vector<torch::Tensor> weights = model_->parameters();
        for (const torch::Tensor& buffer : model_->buffers())
            if (buffer.is_floating_point())
                weights.push_back(buffer);
        group_->broadcast(weights);
    }
    // Every rank initialised the same weights from the run's seed; dropout must not draw the same masks.
    if (group_->rank() > 0) {
        const at::Generator own = at::detail::createCPUGenerator(
            options_.seed ^ (0x9E3779B97F4A7C15ULL * static_cast<std::uint64_t>(group_->rank())));
        rngState_ = own.get_state();
        if (device_.is_cuda())
            deviceRngState_
                = seededState(deviceGenerator(device_),
                              options_.seed ^ (0x9E3779B97F4A7C15ULL * static_cast<std::uint64_t>(group_->rank())));
    }
    // The buckets live as long as the job: every step sums into the same memory.
    reducedParameters_ = model_->parameters();
    if (!overlapsSums(*group_, device_.is_cuda(), [](const char* name) { return std::getenv(name); })) {
        constexpr std::int64_t kWholeBucketBytes = 16 << 20; // summed after backward: few, large messages
        gradientBuckets_ = std::make_shared<GradientBuckets>(*group_, reducedParameters_, kWholeBucketBytes);
        return;
    }
    // Gradients come out of backward roughly last layer first: buckets in that order start summing while
    // backward is still on the layers below. Small buckets give more of the sum something to hide behind.
    constexpr std::int64_t kBucketBytes = 4 << 20;
    std::reverse(reducedParameters_.begin(), reducedParameters_.end());
    gradientBuckets_ = std::make_shared<GradientBuckets>(*group_, reducedParameters_, kBucketBytes);
    for (std::size_t i = 0; i < reducedParameters_.size(); ++i) {
        std::weak_ptr<GradientBuckets> buckets = gradientBuckets_;
        gradientHooks_.push_back(reducedParameters_[i].register_hook([buckets, i](const torch::Tensor& gradient) {
            if (const auto into = buckets.lock())
                into->add(i, gradient);
        }));
    }
}

Batch Trainer::nextBatch()
{
    const auto batch = static_cast<std::size_t>(options_.batchSize);
    std::size_t begin = std::min(static_cast<std::size_t>(rowsInEpoch_), order_.size());
    std::size_t count = std::min(batch, order_.size() - begin);
    if (group_) {
        // This rank's rows of the global batch (the last, short batch may split unevenly).
        const auto [first, last] = rankShare(count, *group_);
        begin += first;
        count = last - first;
    }
    Batch tensors = makeBatch(data_.train, order_.data() + begin, count);
    if (device_.is_cuda()) {
        tensors.inputs = tensors.inputs.pin_memory().to(device_, /*non_blocking=*/true);
        tensors.targets = tensors.targets.pin_memory().to(device_, /*non_blocking=*/true);
    }
    return tensors;
}

double Trainer::learningRate(std::int64_t step) const
{
    const double peak = options_.learningRate;
    if (presetTraits(config().preset).optimizer == OptimizerKind::KerasRmsprop)
        return peak; // Keras' RMSprop: a constant rate
    const std::int64_t warmup = options_.warmupSteps;
    if (step < warmup)
        return peak * static_cast<double>(step + 1) / static_cast<double>(warmup);
    const double floor = peak * options_.minLearningRateRatio;
    const std::int64_t total = totalSteps();
    if (step >= total || total <= warmup)
        return floor;
    const double progress = static_cast<double>(step - warmup) / static_cast<double>(total - warmup);
    return floor + 0.5 * (1.0 + std::cos(kPi * progress)) * (peak - floor);
}

void Trainer::setLearningRate(double rate)
{
    for (auto& group : optimizer_->param_groups())
        group.options().set_lr(rate);
}

int Trainer::progressInterval() const
{
    if (options_.progressEvery > 0)
        return group_ ? 1 : options_.progressEvery;
    return device_.is_cuda() && !group_ ? 32 : 1;
}

double Trainer::step()
{
    enqueueStep();
    return collectSteps().back().trainLoss;
}

void Trainer::enqueueStep()
{
    if (pending_.empty())
        pendingSince_ = std::chrono::steady_clock::now();
    const Batch batch = nextBatch();
    const double rate = learningRate(step_);
    setLearningRate(rate);
    model_->train();
    const GeneratorScope generator(rngState_, at::detail::getDefaultCPUGenerator());
    std::optional<GeneratorScope> onDevice;
    if (deviceRngState_.defined())
        onDevice.emplace(deviceRngState_, deviceGenerator(device_));
    if (device_.is_cuda()) { // global switches: set for this trainer's step, whatever another one set
        at::globalContext().setAllowTF32CuBLAS(options_.precision == Precision::Tf32);
        at::globalContext().setAllowTF32CuDNN(options_.precision == Precision::Tf32);
    }
    // Read at once (and checked before the update) unless the device would idle while the host waits.
    const bool readNow = progressInterval() == 1;
    torch::Tensor recorded;
    try {
        model_->zero_grad(/*set_to_none=*/true); // no memset, and backward writes gradients instead of adding
        // A rank can get no rows of an epoch's last, short batch; it still takes part in the sums.
        const bool rows = batch.inputs.size(0) > 0;
        torch::Tensor loss;
        {
            const AutocastScope autocast(options_.precision == Precision::Bf16, device_.type());
            loss = rows ? model_->scoredLoss(batch.inputs, batch.targets) // mean over this rank's tokens
                        : torch::zeros({}, torch::TensorOptions().device(device_));
        }
        if (readNow) {
            double value = loss.item<double>();
            double share = 1.0; // of the global batch's scored tokens that this rank scored
            if (group_) {
                const double scored
                    = rows ? model_->scoredPositions(batch.inputs, batch.targets).sum().item<double>() : 0.0;
                double all = scored;
                const double mean = jobMean(*group_, value, all); // the global batch's loss
                share = all > 0.0 ? scored / all : 0.0;
                value = all > 0.0 ? mean : 0.0;
            }
            if (!std::isfinite(value))
                throw TrainingError({std::isnan(value) ? FaultCode::LossNaN : FaultCode::LossInfinite,
                                     {std::to_string(step_ + 1), number(rate)}});
            recorded = torch::tensor(value, torch::kDouble);
            if (group_) {
                // Each rank's mean, weighted by its share of the tokens: the sum over the ranks is the global mean.
                if (rows)
                    (loss * share).backward(); // the hooks, if any, start the buckets' sums as gradients come
                std::vector<torch::Tensor> gradients;
                for (torch::Tensor& parameter : reducedParameters_) {
                    if (!parameter.grad().defined())
                        parameter.mutable_grad() = torch::zeros_like(parameter);
                    gradients.push_back(parameter.grad());
                }
                if (gradientHooks_.empty()) // not summed during backward: all of them now
                    for (std::size_t i = 0; i < gradients.size(); ++i)
                        gradientBuckets_->add(i, gradients[i]);
                gradientBuckets_->finish(gradients);
            } else {
                loss.backward();
            }
        } else {
            recorded = loss.detach();
            loss.backward();
        }
        if (options_.gradientClip > 0.0)
            clipGradientNorm(model_->parameters(), options_.gradientClip);
        optimizer_->step();
    } catch (const c10::Error& error) {
        if (isOutOfMemory(error))
            throw TrainingError({FaultCode::OutOfMemory,
                                 {device_.str(), std::to_string(options_.batchSize),
                                  std::to_string(std::max<std::int64_t>(1, options_.batchSize / 2))}});
        throw;
    }
    ++step_;
    rowsInEpoch_ = std::min<std::int64_t>(rowsInEpoch_ + options_.batchSize, static_cast<std::int64_t>(order_.size()));
    PendingStep pending;
    pending.loss = recorded;
    pending.positions = batch.inputs.numel();
    pending.progress.step = step_;
    pending.progress.epoch = epoch_;
    pending.progress.epochFraction
        = static_cast<double>(rowsInEpoch_) / static_cast<double>(std::max<std::size_t>(1, order_.size()));
    pending.progress.learningRate = rate;
    pending.progress.totalSteps = totalSteps();
    pending.progress.device = last_.device;
    pending_.push_back(std::move(pending));
}

std::vector<TrainingProgress> Trainer::collectSteps()
{
    if (pending_.empty())
        return {};
    std::vector<torch::Tensor> losses;
    for (const PendingStep& pending : pending_)
        losses.push_back(pending.loss.to(torch::kDouble));
    const torch::Tensor values = torch::stack(losses).to(torch::kCPU); // the one wait for the device
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - pendingSince_).count()
        / static_cast<double>(pending_.size());
    const double ranks = group_ ? static_cast<double>(group_->size()) : 1.0; // every rank took as many rows
    std::vector<PendingStep> steps = std::move(pending_);
    pending_.clear();
    std::vector<TrainingProgress> progress;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        TrainingProgress& step = steps[i].progress;
        step.trainLoss = values[static_cast<std::int64_t>(i)].item<double>();
        if (!std::isfinite(step.trainLoss))
            throw TrainingError({std::isnan(step.trainLoss) ? FaultCode::LossNaN : FaultCode::LossInfinite,
                                 {std::to_string(step.step), number(step.learningRate)}});
        step.seconds = seconds;
        step.tokensPerSecond = static_cast<double>(steps[i].positions) * ranks / std::max(seconds, 1e-9);
        progress.push_back(step);
    }
    last_ = progress.back();
    return progress;
}

double Trainer::evaluate()
{
    if (!group_)
        return evaluateModel(*model_, data_.validation, options_.batchSize, device_).loss;
    // Each rank scores its share of the validation set; the sums make the whole set's token-weighted mean.
    const auto [first, last] = rankShare(data_.validation.size(), *group_);
    const Evaluation part = evaluateModel(*model_, data_.validation, options_.batchSize, device_, first, last);
    double tokens = static_cast<double>(part.tokens);
    return jobMean(*group_, part.loss, tokens);
}

Evaluation evaluateModel(LanguageModel& model, const TokenSequences& sequences, std::int64_t batchSize,
                         const torch::Device& device, std::size_t first, std::size_t last)
{
    last = std::min(last, sequences.size());
    if (first >= last)
        return {std::nan(""), 0};
    torch::NoGradGuard noGrad;
    const bool wasTraining = model.is_training();
    model.eval();
    torch::Tensor sum = torch::zeros({}, torch::TensorOptions().dtype(torch::kDouble).device(device));
    torch::Tensor count = torch::zeros_like(sum);
    std::vector<std::size_t> indices(last - first);
    for (std::size_t i = 0; i < indices.size(); ++i)
        indices[i] = first + i;
    const auto batch = static_cast<std::size_t>(batchSize);
    for (std::size_t begin = 0; begin < indices.size(); begin += batch) {
        Batch tensors = makeBatch(sequences, indices.data() + begin, std::min(batch, indices.size() - begin));
        tensors.inputs = tensors.inputs.to(device);
        tensors.targets = tensors.targets.to(device);
        const torch::Tensor scored = model.scoredPositions(tensors.inputs, tensors.targets).sum();
        sum += model.scoredLoss(tensors.inputs, tensors.targets).to(torch::kDouble) * scored;
        count += scored;
    }
    model.train(wasTraining);
    const auto tokens = static_cast<std::uint64_t>(count.item<double>());
    return {tokens == 0 ? std::nan("") : (sum / count).item<double>(), tokens};
}

void Trainer::beginNextEpoch()
{
    ++epoch_;
    rowsInEpoch_ = 0;
    order_ = epochOrder(data_.train.size(), options_.seed, epoch_);
}

void Trainer::saveCheckpoint(const std::string& path, const std::string& run, double validationLoss) const
{
    torch::serialize::OutputArchive root, modelArchive, optimizerArchive;
    model_->save(modelArchive);
    optimizer_->save(optimizerArchive);
    root.write("model", modelArchive);
    root.write("optimizer", optimizerArchive);
    root.write("cpu_rng_state", rngState_);
    if (deviceRngState_.defined())
        root.write("cuda_rng_state", deviceRngState_);
    std::ostringstream archive;
    root.save_to(archive);
    const std::string bytes = archive.str();

    CheckpointHeader header;
    header.model = config();
    header.tokenizer = tokenizer_;
    header.vocabularyFingerprint = vocabularyFingerprint_;
    header.run = run;
    header.optimizer = optimizerName();
    header.step = step_;
    header.epoch = epoch_;
    header.batchInEpoch = batchInEpoch();
    header.rowsInEpoch = rowsInEpoch_;
    header.seed = options_.seed;
    header.validationLoss = validationLoss;
    header.archiveBytes = bytes.size();
    header.archiveHash = hashBytes(bytes);
    writeFileAtomically(path, formatCheckpointHeader(header) + bytes);
}

namespace {

struct CheckpointArchive {
    CheckpointHeader header;
    torch::serialize::InputArchive root;
};

// Reads and checks the header, then (only then) the tensors' archive.
CheckpointArchive readCheckpoint(const std::string& path, const ModelConfig& expected,
                                 std::uint64_t vocabularyFingerprint, const torch::Device& device)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CheckpointError({FaultCode::CheckpointCannotOpen, {path}, errno});
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string file = buffer.str();
    std::size_t offset = 0;
    CheckpointArchive checkpoint;
    checkpoint.header = parseCheckpointHeader(file, file.size(), path, offset);
    if (Fault mismatch = checkpointMismatch(checkpoint.header, expected, vocabularyFingerprint, path);
        mismatch.code != FaultCode::None)
        throw CheckpointError(std::move(mismatch));
    const std::string_view bytes(file.data() + offset, checkpoint.header.archiveBytes);
    if (hashBytes(bytes) != checkpoint.header.archiveHash)
        throw CheckpointError({FaultCode::CheckpointChecksum, {path}});
    try {
        checkpoint.root.load_from(bytes.data(), bytes.size(), device);
    } catch (const c10::Error& error) {
        throw CheckpointError({FaultCode::CheckpointTensorsUnreadable, {path, error.what_without_backtrace()}});
    }
    return checkpoint;
}

template <typename Read> void readTensors(const std::string& path, Read&& read)
{
    try {
        read();
    } catch (const c10::Error& error) {
        throw CheckpointError({FaultCode::CheckpointTensorsUnreadable, {path, error.what_without_backtrace()}});
    }
}

} // namespace

CheckpointHeader Trainer::loadCheckpoint(const std::string& path)
{
    CheckpointArchive checkpoint = readCheckpoint(path, config(), vocabularyFingerprint_, device_);
    readTensors(path, [&] {
        torch::serialize::InputArchive modelArchive, optimizerArchive;
        checkpoint.root.read("model", modelArchive);
        checkpoint.root.read("optimizer", optimizerArchive);
        model_->load(modelArchive);
        optimizer_->load(optimizerArchive);
        torch::Tensor rng;
        checkpoint.root.read("cpu_rng_state", rng);
        rngState_ = rng.to(torch::kCPU);
        // A checkpoint saved on CUDA carries the device's stream; one saved on the CPU starts it from the seed.
        torch::Tensor deviceRng;
        std::optional<torch::Tensor> state;
        if (device_.is_cuda() && checkpoint.root.try_read("cuda_rng_state", deviceRng))
            state = cudaStateOfSize(deviceRng.to(torch::kCPU), deviceGenerator(device_).get_state().numel());
        if (device_.is_cuda())
            deviceRngState_ = state ? *state : seededState(deviceGenerator(device_), options_.seed);
    });
    model_->afterLoad();
    const CheckpointHeader& header = checkpoint.header;
    step_ = header.step;
    epoch_ = header.epoch;
    order_ = epochOrder(data_.train.size(), options_.seed, epoch_);
    // The rows trained, not the batches: a run resumed at another batch size goes on from the row it stopped
    // at (a file from before the field counted batches of this size).
    const auto rows = static_cast<std::int64_t>(order_.size());
    rowsInEpoch_
        = std::min(rows, header.rowsInEpoch >= 0 ? header.rowsInEpoch : header.batchInEpoch * options_.batchSize);
    return header;
}

std::shared_ptr<LanguageModel> loadModel(const std::string& path, const ModelConfig& expected,
                                         std::uint64_t vocabularyFingerprint, const torch::Device& device,
                                         CheckpointHeader* header, std::shared_ptr<LanguageModel> reuse)
{
    CheckpointArchive checkpoint = readCheckpoint(path, expected, vocabularyFingerprint, device);
    const bool reusable = reuse && describeConfig(reuse->config()) == describeConfig(expected)
        && reuse->parameters().front().device() == device;
    std::shared_ptr<LanguageModel> model = reusable ? std::move(reuse) : makeModel(expected);
    model->to(device);
    readTensors(path, [&] {
        torch::serialize::InputArchive modelArchive;
        checkpoint.root.read("model", modelArchive);
        model->load(modelArchive);
    });
    model->afterLoad();
    model->eval();
    if (header)
        *header = checkpoint.header;
    return model;
}

void trainLoop(Trainer& trainer, const TrainingCallbacks& callbacks)
{
    // The steps' progress, once their losses are read: after every step on the CPU, in bursts on CUDA.
    const auto report = [&] {
        for (const TrainingProgress& progress : trainer.collectSteps())
            if (callbacks.onStep)
                callbacks.onStep(progress);
    };
    const auto interval = static_cast<std::size_t>(trainer.progressInterval());
    while (!trainer.finished()) {
        if (callbacks.shouldStop && callbacks.shouldStop()) {
            report(); // before the caller saves: a stop never keeps a step whose loss was not finite
            return;
        }
        trainer.enqueueStep();
        if (trainer.pendingSteps() >= interval || trainer.epochComplete() || trainer.finished())
            report();
        if (trainer.epochComplete()) {
            EpochReport epoch;
            epoch.epoch = trainer.epoch();
            epoch.step = trainer.globalStep();
            epoch.validationLoss = trainer.evaluate();
            if (trainer.hasValidation() && !std::isfinite(epoch.validationLoss))
                throw TrainingError({FaultCode::ValidationNotFinite, {std::to_string(epoch.epoch + 1)}});
            trainer.beginNextEpoch();
            if (callbacks.onEpoch)
                callbacks.onEpoch(epoch);
        }
    }
    report();
}

} // namespace textgen
