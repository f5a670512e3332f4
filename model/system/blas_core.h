// Which OpenBLAS kernels this process runs, and which the CPU could run: Debian's OpenBLAS 0.3.21 does not
// know newer CPUs (a Sapphire Rapids Xeon runs its Prescott kernels, 3.5 times slower), so every executable
// checks at start-up and, once, starts itself again with OPENBLAS_CORETYPE set to the best core the CPU
// supports. Not the BLAS library itself (blas_probe.h says which one is mapped). No Qt, no LibTorch.
#pragma once

#include <string>
#include <string_view>

namespace textgen {

// What cpuid says, and what the operating system lets programs use (AVX and AVX-512 state in XCR0).
struct CpuFeatures {
    std::string vendor; // "GenuineIntel", "AuthenticAMD", ...
    std::string model;  // the kernel's model name, else cpuid's brand string
    int family = 0;     // base + extended family
    bool avx2 = false, fma = false;
    bool avx512f = false, avx512bw = false, avx512dq = false, avx512vl = false;
    bool avx512bf16 = false, avx512fp16 = false;
};
CpuFeatures cpuFeatures();

// The OpenBLAS core the CPU can run at its best: "SkylakeX" for AVX-512 F/BW/DQ/VL, "Zen" for AMD's AVX2
// families, "Haswell" for AVX2 with FMA; empty when there is nothing better to ask for than what OpenBLAS
// detects by itself.
std::string bestOpenBlasCore(const CpuFeatures& cpu);

// How capable a core is, to compare two: 0 for a name this table does not know.
int openBlasCoreRank(std::string_view core);

// openblas_get_corename() of the BLAS LibTorch calls, or empty when it is not OpenBLAS.
std::string runningOpenBlasCore();

// What to do at start-up. `userCore` is OPENBLAS_CORETYPE as the process found it (empty when unset);
// `guard` is the re-execution guard's value (empty on a first start).
struct CoreChoice {
    bool restart = false; // start again with OPENBLAS_CORETYPE = core
    std::string core;
};
CoreChoice chooseOpenBlasCore(std::string_view running, std::string_view best, std::string_view userCore,
                              std::string_view guard);

// A small single-precision product through the BLAS (odd sizes, so edge kernels run too) compared with a
// plain loop. False, with what differed in `detail`, when the kernels compute something else.
bool sgemmMatchesReference(std::string* detail = nullptr);

// The start-up step every executable runs before main (blas_startup.cpp): it may replace the process with
// itself, once; on a chosen core that fails the product check it starts once more on the detected core and
// says why on stderr.
void ensureBestBlasCore();

inline constexpr const char* kBlasGuardVariable = "TEXTGEN_BLAS_CORE_CHECKED";
// The guard's values: started again on the chosen core, or gone back to the detected one after a wrong product.
inline constexpr const char* kBlasGuardChosen = "chosen";
inline constexpr const char* kBlasGuardFellBack = "detected";

// How the core this process runs was chosen, read back from the guard and OPENBLAS_CORETYPE.
enum class BlasCoreSource { Detected, ChosenAtStartUp, FellBackToDetected, User };
BlasCoreSource blasCoreSource();
// "detected", "chosen at start-up", "fell back to detected", "OPENBLAS_CORETYPE".
const char* blasCoreSourceName(BlasCoreSource source);

} // namespace textgen
