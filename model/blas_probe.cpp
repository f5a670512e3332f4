// Reading /proc/self/maps to name the BLAS library behind LibTorch.
#include "blas_probe.h"

#include <fstream>

namespace textgen {

std::string mappedBlasLibrary()
{
    // LibTorch calls the generic libblas.so.3; which file answers that name is what matters. OpenBLAS's own
    // libopenblas.so.0 may be mapped too (pulled in by its liblapack) while libblas.so.3 is the reference one.
    std::ifstream maps("/proc/self/maps");
    std::string line;
    std::string openblas;
    while (std::getline(maps, line)) {
        const std::size_t slash = line.find('/');
        if (slash == std::string::npos)
            continue;
        const std::string path = line.substr(slash);
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

std::string blasWarning()
{
    const std::string path = mappedBlasLibrary();
    if (path.empty() || isOpenBlas(path))
        return {};
    return "LibTorch is running on the BLAS at " + path
         + ", not OpenBLAS: training will be about 25 times slower. ---> HINT: sudo apt-get install "
           "libopenblas0-openmp (or run `make deps`).";
}

} // namespace textgen
