// What this process computes on: the BLAS LibTorch calls and the kernels it runs, the CPU and the features
// that matter to those kernels, LibTorch's version and threads, and the CUDA devices. `textgen info` prints
// it; the studio shows it in Help > About and in the device tooltip. No Qt.
#pragma once

#include <string>
#include <vector>

#include "blas_core.h"
#include "blas_probe.h"

namespace textgen {

struct CudaDevice {
    int index = 0;
    std::string name; // from the NVIDIA driver; empty when it does not say
};

struct SystemInfo {
    std::string blasLibrary; // the libblas.so.3 mapped in (through Debian's alternatives)
    bool openBlas = false;
    std::string blasCore;     // openblas_get_corename(); empty for another BLAS
    std::string blasBestCore; // what the CPU supports at its best (empty: what OpenBLAS detects)
    BlasCoreSource blasCoreSource = BlasCoreSource::Detected;
    int blasThreads = 0; // openblas_get_num_threads(); 0 for another BLAS
    BlasProblem blasProblem = BlasProblem::None;
    CpuFeatures cpu;
    int logicalCores = 0;
    std::string libtorchVersion;
    int torchThreads = 0; // intra-op threads (OpenMP)
    int interopThreads = 0;
    std::vector<CudaDevice> cuda;
};

SystemInfo systemInfo();

// The flags the kernels care about, as cpuinfo spells them: "avx2 fma avx512f ... avx512_bf16".
std::string cpuFlagsText(const CpuFeatures& cpu);

} // namespace textgen
