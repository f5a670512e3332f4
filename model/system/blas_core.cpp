// cpuid, openblas_get_corename() and the start-up re-execution.
#include "blas_core.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

namespace textgen {

CpuFeatures cpuFeatures()
{
    CpuFeatures cpu;
#if defined(__x86_64__) || defined(__i386__)
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(0, &a, &b, &c, &d))
        return cpu;
    const unsigned maxLeaf = a;
    char vendor[13] = {};
    std::memcpy(vendor, &b, 4);
    std::memcpy(vendor + 4, &d, 4);
    std::memcpy(vendor + 8, &c, 4);
    cpu.vendor = vendor;
    __get_cpuid(1, &a, &b, &c, &d);
    const int baseFamily = static_cast<int>((a >> 8) & 0xf);
    cpu.family = baseFamily == 0xf ? baseFamily + static_cast<int>((a >> 20) & 0xff) : baseFamily;
    const bool osxsave = (c >> 27) & 1;
    const bool fma = (c >> 12) & 1;
    // The operating system must save the wider registers: XCR0 bits 1-2 (SSE, AVX), 5-7 (AVX-512).
    unsigned long long xcr0 = 0;
    if (osxsave) {
        unsigned lo = 0, hi = 0;
        __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
        xcr0 = (static_cast<unsigned long long>(hi) << 32) | lo;
    }
    const bool osAvx = (xcr0 & 0x6) == 0x6;
    const bool osAvx512 = osAvx && (xcr0 & 0xe0) == 0xe0;
    if (maxLeaf >= 7) {
        __get_cpuid_count(7, 0, &a, &b, &c, &d);
        cpu.avx2 = osAvx && ((b >> 5) & 1);
        cpu.fma = osAvx && fma;
        cpu.avx512f = osAvx512 && ((b >> 16) & 1);
        cpu.avx512dq = osAvx512 && ((b >> 17) & 1);
        cpu.avx512bw = osAvx512 && ((b >> 30) & 1);
        cpu.avx512vl = osAvx512 && ((b >> 31) & 1);
        cpu.avx512fp16 = osAvx512 && ((d >> 23) & 1);
        const unsigned subleaves = a;
        if (subleaves >= 1) {
            __get_cpuid_count(7, 1, &a, &b, &c, &d);
            cpu.avx512bf16 = osAvx512 && ((a >> 5) & 1);
        }
    }
    __get_cpuid(0x80000000, &a, &b, &c, &d);
    if (a >= 0x80000004) {
        char brand[49] = {};
        for (unsigned leaf = 0; leaf < 3; ++leaf) {
            unsigned r[4];
            __get_cpuid(0x80000002 + leaf, &r[0], &r[1], &r[2], &r[3]);
            std::memcpy(brand + 16 * leaf, r, 16);
        }
        cpu.model = brand;
        while (!cpu.model.empty() && cpu.model.back() == ' ')
            cpu.model.pop_back();
    }
#endif
    // The name the kernel gives, where it gives one: what lscpu and /proc/cpuinfo show a person. A virtual
    // machine's monitor may rewrite it (Firecracker names an AMD host "AMD EPYC"), and then cpuid's brand
    // string in a process differs from it.
    std::ifstream cpuinfo("/proc/cpuinfo");
    for (std::string line; std::getline(cpuinfo, line);)
        if (line.rfind("model name", 0) == 0 && line.find(':') != std::string::npos) {
            std::string name = line.substr(line.find(':') + 1);
            name.erase(0, name.find_first_not_of(" \t"));
            if (!name.empty())
                cpu.model = name;
            break;
        }
    return cpu;
}

std::string bestOpenBlasCore(const CpuFeatures& cpu)
{
    if (cpu.avx512f && cpu.avx512bw && cpu.avx512dq && cpu.avx512vl)
        return "SkylakeX";
    if (cpu.avx2 && cpu.fma)
        return cpu.vendor == "AuthenticAMD" && cpu.family >= 0x17 ? "Zen" : "Haswell";
    return {};
}

int openBlasCoreRank(std::string_view core)
{
    // OpenBLAS's names (openblas_get_corename() answers in lower or mixed case depending on the build).
    std::string name(core);
    for (char& c : name)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::pair<const char*, int> ranks[]
        = {{"prescott", 1},    {"core2", 1},      {"penryn", 1},        {"dunnington", 1}, {"nehalem", 1},
           {"atom", 1},        {"barcelona", 1},  {"bobcat", 1},        {"bulldozer", 2},  {"piledriver", 2},
           {"steamroller", 2}, {"excavator", 2},  {"sandybridge", 2},   {"haswell", 3},    {"zen", 3},
           {"skylakex", 4},    {"cooperlake", 4}, {"sapphirerapids", 4}};
    for (const auto& [known, rank] : ranks)
        if (name == known)
            return rank;
    return 0;
}

std::string runningOpenBlasCore()
{
    using CoreName = char* (*)();
    const auto coreName = reinterpret_cast<CoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    const char* name = coreName ? coreName() : nullptr;
    return name ? std::string(name) : std::string();
}

CoreChoice chooseOpenBlasCore(std::string_view running, std::string_view best, std::string_view userCore,
                              std::string_view guard)
{
    if (!guard.empty() || !userCore.empty() || running.empty() || best.empty())
        return {}; // started again already, the person's own choice, not OpenBLAS, or nothing better to ask for
    const int have = openBlasCoreRank(running), could = openBlasCoreRank(best);
    if (have == 0 || could <= have)
        return {};
    return {true, std::string(best)};
}

bool sgemmMatchesReference(std::string* detail)
{
    using Sgemm
        = void (*)(int, int, int, int, int, int, float, const float*, int, const float*, int, float, float*, int);
    const auto sgemm = reinterpret_cast<Sgemm>(dlsym(RTLD_DEFAULT, "cblas_sgemm"));
    if (!sgemm)
        return true;                  // no CBLAS in this process: nothing to check
    const int m = 67, n = 61, k = 73; // odd sizes: the kernels' edge cases run too
    std::vector<float> a(static_cast<std::size_t>(m * k)), b(static_cast<std::size_t>(k * n)),
        c(static_cast<std::size_t>(m * n), 0.0f);
    for (std::size_t i = 0; i < a.size(); ++i)
        a[i] = static_cast<float>(static_cast<int>(i * 37 % 19) - 9) / 8.0f;
    for (std::size_t i = 0; i < b.size(); ++i)
        b[i] = static_cast<float>(static_cast<int>(i * 53 % 23) - 11) / 16.0f;
    constexpr int kRowMajor = 101, kNoTrans = 111;
    sgemm(kRowMajor, kNoTrans, kNoTrans, m, n, k, 1.0f, a.data(), k, b.data(), n, 0.0f, c.data(), n);
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < n; ++j) {
            double expected = 0.0;
            for (int p = 0; p < k; ++p)
                expected += static_cast<double>(a[static_cast<std::size_t>(i * k + p)])
                    * b[static_cast<std::size_t>(p * n + j)];
            const double got = c[static_cast<std::size_t>(i * n + j)];
            if (std::abs(got - expected) > 1e-4 * (1.0 + std::abs(expected))) {
                if (detail)
                    *detail = "C[" + std::to_string(i) + "][" + std::to_string(j) + "] = " + std::to_string(got)
                        + ", expected " + std::to_string(expected);
                return false;
            }
        }
    return true;
}

namespace {

// This process's own command line, to start it again unchanged.
std::vector<std::string> commandLine()
{
    std::ifstream file("/proc/self/cmdline", std::ios::binary);
    const std::string all((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::vector<std::string> arguments;
    for (std::size_t start = 0; start < all.size();) {
        const std::size_t end = all.find('\0', start);
        arguments.push_back(all.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return arguments;
}

void startAgain()
{
    std::vector<std::string> arguments = commandLine();
    if (arguments.empty())
        return;
    std::vector<char*> argv;
    for (std::string& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::fflush(nullptr);
    ::execv("/proc/self/exe", argv.data()); // returns only when it failed: then go on as we are
}

} // namespace

BlasCoreSource blasCoreSource()
{
    const char* guard = std::getenv(kBlasGuardVariable);
    if (guard && std::strcmp(guard, kBlasGuardChosen) == 0)
        return BlasCoreSource::ChosenAtStartUp;
    if (guard && std::strcmp(guard, kBlasGuardFellBack) == 0)
        return BlasCoreSource::FellBackToDetected;
    return std::getenv("OPENBLAS_CORETYPE") ? BlasCoreSource::User : BlasCoreSource::Detected;
}

const char* blasCoreSourceName(BlasCoreSource source)
{
    switch (source) {
    case BlasCoreSource::Detected: return "detected";
    case BlasCoreSource::ChosenAtStartUp: return "chosen at start-up";
    case BlasCoreSource::FellBackToDetected: return "fell back to detected";
    case BlasCoreSource::User: return "OPENBLAS_CORETYPE";
    }
    return "";
}

void ensureBestBlasCore()
{
    const char* guard = std::getenv(kBlasGuardVariable);
    if (guard && std::strcmp(guard, kBlasGuardChosen) == 0) {
        // Started again on the chosen core: trust it only if it computes what a plain loop computes.
        std::string detail;
        if (sgemmMatchesReference(&detail))
            return;
        std::fprintf(stderr,
                     "textgen: OpenBLAS's %s kernels computed a wrong product on this CPU (%s); "
                     "going back to the core OpenBLAS detects by itself.\n",
                     std::getenv("OPENBLAS_CORETYPE") ? std::getenv("OPENBLAS_CORETYPE") : "chosen", detail.c_str());
        ::unsetenv("OPENBLAS_CORETYPE");
        ::setenv(kBlasGuardVariable, kBlasGuardFellBack, 1);
        startAgain();
        return;
    }
    const char* user = std::getenv("OPENBLAS_CORETYPE");
    const CoreChoice choice = chooseOpenBlasCore(runningOpenBlasCore(), bestOpenBlasCore(cpuFeatures()),
                                                 user ? user : "", guard ? guard : "");
    if (!choice.restart)
        return;
    ::setenv("OPENBLAS_CORETYPE", choice.core.c_str(), 1);
    ::setenv(kBlasGuardVariable, kBlasGuardChosen, 1);
    startAgain();
    ::unsetenv("OPENBLAS_CORETYPE"); // the exec failed: the environment says what this process runs
    ::unsetenv(kBlasGuardVariable);
}

} // namespace textgen
