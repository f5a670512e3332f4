// Data-parallel training on PyTorch's c10d: which rank of which job this process is (from --nproc's, torchrun's
// or SLURM's environment), and the process group that sums tensors across the ranks (Gloo over TCP, with a
// TCPStore for the rendezvous), in the pattern of pytorch/examples cpp/distributed. Not the launcher (app/cli)
// and not how the trainer splits a batch and averages its gradients (trainer.cpp).
#pragma once

#include "fault.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "torch_api.h"

namespace textgen {

class DistributedError : public EngineError {
public:
    using EngineError::EngineError;
};

struct WorldInfo {
    int rank = 0;                      // this process, 0 .. size - 1; rank 0 alone writes the run folder
    int size = 1;                      // processes in the job
    int localRank = 0;                 // on this machine (which GPU a CUDA rank takes)
    std::string address = "127.0.0.1"; // where rank 0's store listens (MASTER_ADDR)
    int port = 29500;                  // MASTER_PORT; torchrun's default
    std::string launcher;              // "torchrun" (also --nproc's children) or "slurm"
    // torchrun's agent already serves the store at address:port (TORCHELASTIC_USE_AGENT_STORE=True): every
    // rank connects to it, and the keys carry the restart (TORCHELASTIC_RESTART_COUNT) so a restarted job
    // does not read the last attempt's.
    bool agentStore = false;
    int restart = 0;
};

// The job this process belongs to, from `variable` (std::getenv in a program, a table in tests): torchrun's
// RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT, else SLURM's SLURM_PROCID, SLURM_NTASKS and
// SLURM_LOCALID (with MASTER_ADDR and MASTER_PORT when set, else SLURM_LAUNCH_NODE_IPADDR and 29500), and
// torchrun's agent store.
// nullopt when neither names a job. A value that does not parse, or a rank outside the world, throws
// DistributedError naming the variable.
std::optional<WorldInfo> worldFromEnvironment(const std::function<const char*(const char*)>& variable);

// The ranks of one job, joined. Every call is collective: each rank makes the same calls in the same order.
class ProcessGroup {
public:
    // Joins the job: rank 0 listens on world.address:port, the others connect; then every rank waits for all
    // of them, up to `timeout`. `agreement` is what every rank must share (the build and the run's settings,
    // one "name=value" per line): a rank that differs from rank 0 ends the job naming the first difference.
    static std::unique_ptr<ProcessGroup> join(const WorldInfo& world, const std::string& agreement,
                                              std::chrono::milliseconds timeout);
    virtual ~ProcessGroup() = default;

    virtual int rank() const = 0;
    virtual int size() const = 0;
    virtual std::string backend() const = 0; // "gloo"
    virtual bool onOneMachine() const = 0;   // every rank on this machine (the job meets on loopback)

    // Starts summing the one tensor `flat` across the ranks, in place, and returns what waits for the sum. A
    // rank that went away ends every other with DistributedError (RankLost), from the wait.
    virtual std::function<void()> startSum(torch::Tensor flat) = 0;
    // Sums `tensors` across the ranks, in place, packed into buckets (GradientBuckets) of about 16 MB.
    void sum(std::vector<torch::Tensor>& tensors);
    // Rank 0's values, on every rank.
    virtual void broadcast(std::vector<torch::Tensor>& tensors) = 0;
    // Seconds this rank has waited for sums and broadcasts so far, the slowest rank included. A sum that ran
    // while the rank computed (GradientBuckets during backward) costs only what was left of it at the wait.
    virtual double communicationSeconds() const = 0;
};

// Tensors summed across the ranks bucket by bucket, each bucket as soon as all of its tensors are in: what
// lets the sums of the gradients overlap with the backward pass that computes them, as DDP's reducer does.
// The trainer adds each parameter's gradient from an autograd hook, in the order backward produces them.
// Every rank starts the buckets in their order, as the collectives require, whatever order the tensors
// come in.
class GradientBuckets {
public:
    // Slots shaped like `like`, in that order: consecutive tensors of one dtype packed into buckets of about
    // `bucketBytes` (a bigger tensor is a bucket of its own).
    GradientBuckets(ProcessGroup& group, const std::vector<torch::Tensor>& like, std::int64_t bucketBytes);

    // This round's value of slot `index`; a bucket whose slots are all in starts summing (after the ones
    // before it).
    void add(std::size_t index, const torch::Tensor& value);
    // Starts the buckets still waiting (a slot never added counts as zero: a rank without rows in a batch),
    // waits for every sum, and copies each slot's sum into `into` (shaped like `like`). Ends the round.
    void finish(std::vector<torch::Tensor>& into);
    std::size_t bucketCount() const { return buckets_.size(); }

private:
    struct Slot {
        std::size_t bucket;
        std::int64_t offset;
        std::int64_t count;
    };
    struct Bucket {
        torch::Tensor flat;
        std::size_t missing = 0; // slots not yet added this round
        std::size_t size = 0;    // its slots
        std::function<void()> wait;
    };
    void startReady();

    ProcessGroup& group_;
    std::vector<Slot> slots_;
    std::vector<bool> added_;
    std::vector<Bucket> buckets_;
    std::size_t started_ = 0; // buckets started this round: always the first ones
};

// Whether the gradients' sums should run while backward computes them (GradientBuckets): on a GPU, whose
// backward leaves the cores free, and across machines, where a sum waits on the network. On one machine's CPU
// the sums' copies share the cores with backward: on a 2-core Xeon the wait for them shrank by a quarter to
// a third, and the step got no faster. TEXTGEN_OVERLAP_SUMS=1 or =0 (read through `variable`) decides
// instead.
bool overlapsSums(const ProcessGroup& group, bool onGpu, const std::function<const char*(const char*)>& variable);

// Rank 0 alone writes the run folder and speaks for the job; a process on its own (no group) is rank 0.
inline bool isRankZero(const ProcessGroup* group)
{
    return !group || group->rank() == 0;
}

// Whether this LibTorch was built with c10d and Gloo (Debian's is; a build without them refuses to join).
bool distributedAvailable();

} // namespace textgen
