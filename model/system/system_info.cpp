#include "system_info.h"

#include <dlfcn.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

#include "blas_probe.h"
#include "torch_api.h"

namespace textgen {

namespace {

int openBlasThreads()
{
    using Threads = int (*)();
    const auto threads = reinterpret_cast<Threads>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
    return threads ? threads() : 0;
}

// The driver's name for each GPU (/proc/driver/nvidia/gpus/*/information, "Model: ..."), in bus order,
// which is CUDA's default order.
std::vector<std::string> nvidiaModelNames()
{
    std::vector<std::string> names;
    std::error_code error;
    std::vector<std::filesystem::path> gpus;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/driver/nvidia/gpus", error))
        gpus.push_back(entry.path());
    std::sort(gpus.begin(), gpus.end());
    for (const auto& gpu : gpus) {
        std::ifstream in(gpu / "information");
        std::string line, name;
        while (std::getline(in, line))
            if (line.rfind("Model:", 0) == 0) {
                name = line.substr(line.find_first_not_of(" \t", 6));
                break;
            }
        names.push_back(name);
    }
    return names;
}

} // namespace

std::string cpuFlagsText(const CpuFeatures& cpu)
{
    std::string flags;
    const auto add = [&](bool present, const char* name) {
        if (present)
            flags += (flags.empty() ? "" : " ") + std::string(name);
    };
    add(cpu.avx2, "avx2");
    add(cpu.fma, "fma");
    add(cpu.avx512f, "avx512f");
    add(cpu.avx512bw, "avx512bw");
    add(cpu.avx512dq, "avx512dq");
    add(cpu.avx512vl, "avx512vl");
    add(cpu.avx512bf16, "avx512_bf16");
    add(cpu.avx512fp16, "avx512_fp16");
    return flags;
}

SystemInfo systemInfo()
{
    SystemInfo info;
    info.blasLibrary = mappedBlasLibrary();
    const std::string core = runningOpenBlasCore();
    info.openBlas = callsOpenBlas(info.blasLibrary, core);
    if (info.openBlas) // else the core of an OpenBLAS that computes nothing here
        info.blasCore = core;
    info.cpu = cpuFeatures();
    info.blasBestCore = bestOpenBlasCore(info.cpu);
    if (info.openBlas) {
        info.blasCoreSource = blasCoreSource();
        info.blasThreads = openBlasThreads();
    }
    info.blasProblem = blasProblem();
    info.logicalCores = static_cast<int>(std::thread::hardware_concurrency());
    info.libtorchVersion = TORCH_VERSION;
    info.torchThreads = torch::get_num_threads();
    info.interopThreads = torch::get_num_interop_threads();
    const auto devices = static_cast<int>(torch::cuda::device_count());
    const std::vector<std::string> names = devices > 0 ? nvidiaModelNames() : std::vector<std::string>{};
    for (int d = 0; d < devices; ++d)
        info.cuda.push_back(
            {d, d < static_cast<int>(names.size()) ? names[static_cast<std::size_t>(d)] : std::string()});
    return info;
}

} // namespace textgen
