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

    // Sums `tensors` across the ranks, in place, packed into buckets of about 16 MB so that small tensors
    // cost one message each bucket. A rank that went away ends every other with DistributedError (RankLost).
    virtual void sum(std::vector<torch::Tensor>& tensors) = 0;
    // Rank 0's values, on every rank.
    virtual void broadcast(std::vector<torch::Tensor>& tensors) = 0;
    // Seconds spent in sum() and broadcast() so far (waiting on the slowest rank included).
    virtual double communicationSeconds() const = 0;
};

// Rank 0 alone writes the run folder and speaks for the job; a process on its own (no group) is rank 0.
inline bool isRankZero(const ProcessGroup* group)
{
    return !group || group->rank() == 0;
}

// Whether this LibTorch was built with c10d and Gloo (Debian's is; a build without them refuses to join).
bool distributedAvailable();

} // namespace textgen
