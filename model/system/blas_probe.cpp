// Reading /proc/self/maps to name the BLAS library behind LibTorch.
#include "blas_probe.h"

#include <algorithm>
#include <fstream>

namespace textgen {

namespace {

// Every file mapped into this process, once each, in the order /proc/self/maps lists them.
std::vector<std::string> mappedFiles()
{
    std::ifstream maps("/proc/self/maps");
    std::string line;
    std::vector<std::string> files;
    while (std::getline(maps, line)) {
        const std::size_t slash = line.find('/');
        if (slash == std::string::npos)
            continue;
        std::string path = line.substr(slash);
        if (std::find(files.begin(), files.end(), path) == files.end())
            files.push_back(std::move(path));
    }
    return files;
}

} // namespace

std::string mappedBlasLibrary()
{
    // LibTorch calls the generic libblas.so.3; which file answers that name is what matters. OpenBLAS's own
    // libopenblas.so.0 may be mapped too (pulled in by its liblapack) while libblas.so.3 is the reference one.
    std::string openblas;
    for (const std::string& path : mappedFiles()) {
        const std::string name = path.substr(path.rfind('/') + 1);
        if (name.rfind("libblas.so", 0) == 0)
            return path;
        if (openblas.empty() && name.rfind("libopenblas", 0) == 0)
            openblas = path;
    }
    return openblas;
}

bool isOpenBlas(const std::string& path)
{
    return path.find("openblas") != std::string::npos;
}

bool callsOpenBlas(const std::string& mappedBlas, const std::string& runningCore)
{
    return mappedBlas.empty() ? !runningCore.empty() : isOpenBlas(mappedBlas);
}

bool isPthreadOpenBlas(const std::string& path)
{
    // By folder: Debian names both builds' files libopenblasp-r*.so.
    return path.find("/openblas-pthread/") != std::string::npos;
}

std::vector<std::string> mappedOpenBlasFiles()
{
    std::vector<std::string> files = mappedFiles();
    files.erase(std::remove_if(files.begin(), files.end(), [](const std::string& path) { return !isOpenBlas(path); }),
                files.end());
    return files;
}

BlasProblem blasProblem()
{
    const std::string path = mappedBlasLibrary();
    if (!path.empty() && !isOpenBlas(path))
        return BlasProblem::NotOpenBlas;
    const std::vector<std::string> files = mappedOpenBlasFiles();
    if (std::any_of(files.begin(), files.end(), isPthreadOpenBlas))
        return BlasProblem::PthreadOpenBlas;
    return BlasProblem::None;
}

std::string blasWarning()
{
    switch (blasProblem()) {
    case BlasProblem::None: return {};
    case BlasProblem::NotOpenBlas:
        return "LibTorch is running on the BLAS at " + mappedBlasLibrary()
            + ", not OpenBLAS: training will be about 25 times slower. ---> HINT: sudo apt-get install "
              "libopenblas0-openmp (or run `make deps`).";
    case BlasProblem::PthreadOpenBlas:
        return "OpenBLAS's pthread build is loaded (libopenblas0-pthread): its threads compete with LibTorch's "
               "OpenMP threads, and a training step takes about 1.5 times as long. ---> HINT: sudo apt-get remove "
               "libopenblas0-pthread, or point libblas.so.3, liblapack.so.3 and libopenblas.so.0 at openblas-openmp "
               "with update-alternatives.";
    }
    return {};
}

} // namespace textgen
