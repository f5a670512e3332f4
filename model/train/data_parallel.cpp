// The job's environment, the rendezvous and the Gloo process group.
#include "data_parallel.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <sstream>

#if TEXTGEN_HAVE_C10D
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#endif

namespace textgen {

namespace {

// A whole number from an environment variable, or DistributedError naming it.
int wholeNumber(const char* name, const char* text, int minimum)
{
    char* end = nullptr;
    errno = 0;
    const long value = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || errno != 0 || value < minimum || value > 1 << 30)
        throw DistributedError({FaultCode::WorldVariableInvalid, {name, text}});
    return static_cast<int>(value);
}

bool contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

std::optional<WorldInfo> worldFromEnvironment(const std::function<const char*(const char*)>& variable)
{
    const auto set = [&](const char* name) { return variable(name) != nullptr && *variable(name) != '\0'; };
    WorldInfo world;
    const char* rankName = nullptr;
    const char* sizeName = nullptr;
    const char* localName = nullptr;
    if (set("RANK") || set("WORLD_SIZE")) {
        world.launcher = "torchrun";
        rankName = "RANK";
        sizeName = "WORLD_SIZE";
        localName = "LOCAL_RANK";
    } else if (set("SLURM_PROCID") && set("SLURM_NTASKS")) {
        world.launcher = "slurm";
        rankName = "SLURM_PROCID";
        sizeName = "SLURM_NTASKS";
        localName = "SLURM_LOCALID";
    } else {
        return std::nullopt;
    }
    for (const char* name : {rankName, sizeName})
        if (!set(name))
            throw DistributedError({FaultCode::WorldVariableInvalid, {name, ""}});
    world.rank = wholeNumber(rankName, variable(rankName), 0);
    world.size = wholeNumber(sizeName, variable(sizeName), 1);
    if (world.rank >= world.size)
        throw DistributedError({FaultCode::WorldVariableInvalid, {rankName, variable(rankName)}});
    world.localRank = set(localName) ? wholeNumber(localName, variable(localName), 0) : 0;
    if (set("MASTER_ADDR"))
        world.address = variable("MASTER_ADDR");
    else if (world.launcher == "slurm" && set("SLURM_LAUNCH_NODE_IPADDR"))
        world.address = variable("SLURM_LAUNCH_NODE_IPADDR");
    else if (world.size > 1 && world.launcher == "slurm")
        throw DistributedError({FaultCode::WorldVariableInvalid, {"MASTER_ADDR", ""}});
    if (set("MASTER_PORT"))
        world.port = wholeNumber("MASTER_PORT", variable("MASTER_PORT"), 1);
    if (world.port > 65535)
        throw DistributedError({FaultCode::WorldVariableInvalid, {"MASTER_PORT", variable("MASTER_PORT")}});
    world.agentStore
        = set("TORCHELASTIC_USE_AGENT_STORE") && std::string(variable("TORCHELASTIC_USE_AGENT_STORE")) == "True";
    if (set("TORCHELASTIC_RESTART_COUNT"))
        world.restart = wholeNumber("TORCHELASTIC_RESTART_COUNT", variable("TORCHELASTIC_RESTART_COUNT"), 0);
    return world;
}

#if TEXTGEN_HAVE_C10D

namespace {

// LibTorch's reason without its backtrace.
std::string reasonOf(const std::exception& error)
{
    const auto* torchError = dynamic_cast<const c10::Error*>(&error);
    return torchError ? torchError->what_without_backtrace() : error.what();
}

bool isTimeout(const std::string& reason)
{
    return contains(reason, "imed out") || contains(reason, "imeout");
}

// A rank gone (killed, or its machine unreachable) shows as a closed or reset connection, or a timeout; any
// other failure of a collective is LibTorch's own and goes on as it came, without its backtrace.
[[noreturn]] void rankLost(const std::exception& error)
{
    const std::string reason = reasonOf(error);
    for (const char* sign : {"onnection closed", "onnection reset", "roken pipe", "imed out", "imeout", "ECONNRESET",
                             "EPIPE", "Connection refused"})
        if (contains(reason, sign))
            throw DistributedError({FaultCode::RankLost, {reason.substr(0, reason.find('\n'))}});
    throw std::runtime_error(reason);
}

bool isLoopback(const std::string& address)
{
    return address == "localhost" || address.rfind("127.", 0) == 0 || address == "::1";
}

class GlooGroup : public ProcessGroup {
public:
    GlooGroup(const WorldInfo& world, const std::string& agreement, std::chrono::milliseconds timeout) : world_(world)
    {
        c10d::TCPStoreOptions options;
        options.port = static_cast<std::uint16_t>(world.port);
        options.isServer = world.rank == 0 && !world.agentStore;
        options.numWorkers = static_cast<std::size_t>(world.size);
        options.waitWorkers = true; // a client counts itself in; the server waits until all have
        options.timeout = timeout;
        const std::string where = world.address + ":" + std::to_string(world.port);
        // Waiting for a rank that never came ends in a timeout, at whichever stage of joining it shows.
        const auto timedOut = [&] {
            return DistributedError({FaultCode::RendezvousTimeout,
                                     {std::to_string(world.size), std::to_string(timeout.count() / 1000), where}});
        };
        try {
            const auto tcp = c10::make_intrusive<c10d::TCPStore>(world.address, options);
            // A store of our own holds only this job's keys; torchrun's agent store holds its own too.
            store_ = c10::make_intrusive<c10d::PrefixStore>("textgen/" + std::to_string(world.restart), tcp);
        } catch (const std::exception& error) {
            const std::string reason = error.what();
            if (contains(reason, "ddress already in use") || contains(reason, "EADDRINUSE"))
                throw DistributedError({FaultCode::RendezvousPortInUse, {world.address, std::to_string(world.port)}});
            if (isTimeout(reason))
                throw timedOut();
            throw DistributedError({FaultCode::RendezvousFailed, {where, reason}});
        }
        try {
            checkAgreement(agreement, timeout);
        } catch (const DistributedError&) {
            throw;
        } catch (const std::exception& error) {
            if (isTimeout(reasonOf(error)))
                throw timedOut();
            rankLost(error); // the ranks had met: one of them went away
        }
        auto groupOptions = c10d::ProcessGroupGloo::Options::create(timeout);
        // Each rank listens on its own machine's address; a job on this machine alone stays on loopback.
        const char* interface = std::getenv("GLOO_SOCKET_IFNAME");
        groupOptions->devices.push_back(
            interface && *interface         ? c10d::ProcessGroupGloo::createDeviceForInterface(interface)
                : isLoopback(world.address) ? c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1")
                                            : c10d::ProcessGroupGloo::createDefaultDevice());
        try {
            group_ = c10::make_intrusive<c10d::ProcessGroupGloo>(store_, world.rank, world.size, groupOptions);
        } catch (const std::exception& error) {
            if (isTimeout(error.what()))
                throw timedOut();
            throw DistributedError({FaultCode::RendezvousFailed, {where, error.what()}});
        }
    }

    int rank() const override { return world_.rank; }
    int size() const override { return world_.size; }
    std::string backend() const override { return "gloo"; }
    bool onOneMachine() const override { return isLoopback(world_.address); }
    double communicationSeconds() const override { return seconds_; }

    std::function<void()> startSum(torch::Tensor flat) override
    {
        std::vector<torch::Tensor> one{std::move(flat)};
        c10::intrusive_ptr<c10d::Work> work;
        try {
            work = group_->allreduce(one);
        } catch (const std::exception& error) {
            rankLost(error);
        }
        return [this, work] {
            const auto start = std::chrono::steady_clock::now();
            try {
                work->wait();
            } catch (const std::exception& error) {
                rankLost(error);
            }
            seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        };
    }

    void broadcast(std::vector<torch::Tensor>& tensors) override
    {
        const auto start = std::chrono::steady_clock::now();
        try {
            for (torch::Tensor& tensor : tensors) {
                std::vector<torch::Tensor> one{tensor};
                group_->broadcast(one)->wait();
            }
        } catch (const std::exception& error) {
            rankLost(error);
        }
        seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }

private:
    // Every rank posts its agreement and its verdict on rank 0's; every rank then reads every verdict, so
    // rank 0 (whose output a person reads) names the rank that differs as well as that rank does.
    void checkAgreement(const std::string& agreement, std::chrono::milliseconds timeout)
    {
        const auto text
            = [](const std::vector<std::uint8_t>& bytes) { return std::string(bytes.begin(), bytes.end()); };
        const auto bytes
            = [](const std::string& value) { return std::vector<std::uint8_t>(value.begin(), value.end()); };
        store_->setTimeout(timeout);
        if (world_.rank == 0)
            store_->set("agreement", bytes(agreement));
        const std::string first = text(store_->get("agreement"));
        std::string verdict = "ok";
        if (first != agreement) {
            std::istringstream mine(agreement), theirs(first);
            std::string line, other;
            while (true) {
                const bool more = static_cast<bool>(std::getline(mine, line));
                const bool otherMore = static_cast<bool>(std::getline(theirs, other));
                if (!more && !otherMore)
                    break;
                if (!more)
                    line.clear();
                if (!otherMore)
                    other.clear();
                if (line != other) {
                    verdict = line + "\n" + other;
                    break;
                }
            }
        }
        store_->set("verdict/" + std::to_string(world_.rank), bytes(verdict));
        for (int rank = 0; rank < world_.size; ++rank) {
            const std::string seen = text(store_->get("verdict/" + std::to_string(rank)));
            if (seen != "ok") {
                const std::size_t split = seen.find('\n');
                throw DistributedError(
                    {FaultCode::RanksDisagree, {std::to_string(rank), seen.substr(0, split), seen.substr(split + 1)}});
            }
        }
    }

    WorldInfo world_;
    c10::intrusive_ptr<c10d::Store> store_;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group_;
    double seconds_ = 0.0;
};

} // namespace

bool distributedAvailable()
{
    return true;
}

std::unique_ptr<ProcessGroup> ProcessGroup::join(const WorldInfo& world, const std::string& agreement,
                                                 std::chrono::milliseconds timeout)
{
    return std::make_unique<GlooGroup>(world, agreement, timeout);
}

#else

bool distributedAvailable()
{
    return false;
}

std::unique_ptr<ProcessGroup> ProcessGroup::join(const WorldInfo& world, const std::string&, std::chrono::milliseconds)
{
    throw DistributedError({FaultCode::RendezvousFailed,
                            {world.address + ":" + std::to_string(world.port),
                             "this LibTorch was built without c10d and Gloo: train with one process"}});
}

#endif

GradientBuckets::GradientBuckets(ProcessGroup& group, const std::vector<torch::Tensor>& like,
                                 std::int64_t bucketBytes) :
    group_(group),
    added_(like.size(), false)
{
    for (std::size_t first = 0; first < like.size();) {
        std::size_t last = first;
        std::int64_t bytes = 0, count = 0;
        while (last < like.size() && like[last].scalar_type() == like[first].scalar_type()
               && (last == first || bytes + static_cast<std::int64_t>(like[last].nbytes()) <= bucketBytes)) {
            slots_.push_back({buckets_.size(), count, like[last].numel()});
            bytes += static_cast<std::int64_t>(like[last].nbytes());
            count += like[last].numel();
            ++last;
        }
        Bucket bucket;
        bucket.flat = torch::empty({count}, like[first].options()); // every slot is written each round
        bucket.size = bucket.missing = last - first;
        buckets_.push_back(std::move(bucket));
        first = last;
    }
}

void GradientBuckets::add(std::size_t index, const torch::Tensor& value)
{
    const Slot& slot = slots_.at(index);
    Bucket& bucket = buckets_[slot.bucket];
    bucket.flat.narrow(0, slot.offset, slot.count).copy_(value.detach().reshape(-1));
    if (!added_[index]) {
        added_[index] = true;
        --bucket.missing;
    }
    startReady();
}

void GradientBuckets::startReady()
{
    while (started_ < buckets_.size() && buckets_[started_].missing == 0) {
        Bucket& bucket = buckets_[started_++];
        bucket.wait = group_.startSum(bucket.flat);
    }
}

void GradientBuckets::finish(std::vector<torch::Tensor>& into)
{
    for (std::size_t i = 0; i < slots_.size(); ++i)
        if (!added_[i]) {
            const Slot& slot = slots_[i];
            buckets_[slot.bucket].flat.narrow(0, slot.offset, slot.count).zero_();
            added_[i] = true;
            --buckets_[slot.bucket].missing;
        }
    startReady();
    for (Bucket& bucket : buckets_) {
        bucket.wait();
        bucket.wait = nullptr;
        bucket.missing = bucket.size;
    }
    for (std::size_t i = 0; i < slots_.size(); ++i) {
        const Slot& slot = slots_[i];
        into[i].copy_(buckets_[slot.bucket].flat.narrow(0, slot.offset, slot.count).view(into[i].sizes()));
        added_[i] = false;
    }
    started_ = 0;
}

bool overlapsSums(const ProcessGroup& group, bool onGpu, const std::function<const char*(const char*)>& variable)
{
    if (const char* forced = variable("TEXTGEN_OVERLAP_SUMS"); forced && *forced)
        return std::string(forced) != "0";
    return onGpu || !group.onOneMachine();
}

void ProcessGroup::sum(std::vector<torch::Tensor>& tensors)
{
    constexpr std::int64_t kBucketBytes = 16 << 20;
    GradientBuckets buckets(*this, tensors, kBucketBytes);
    for (std::size_t i = 0; i < tensors.size(); ++i)
        buckets.add(i, tensors[i]);
    buckets.finish(tensors);
}

} // namespace textgen
