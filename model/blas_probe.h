// Which BLAS library LibTorch is running on in this process. Debian's LibTorch calls the system libblas.so.3;
// the reference BLAS there is about 25 times slower than OpenBLAS for training, so the project checks.
#pragma once

#include <string>

namespace textgen {

// The path of the BLAS library mapped into this process (resolved through Debian's alternatives), or an
// empty string when none is mapped (a LibTorch built with MKL, or one not yet loaded).
std::string mappedBlasLibrary();

// True when `path` is an OpenBLAS build.
bool isOpenBlas(const std::string& path);

// Empty when the process runs on OpenBLAS (or no system BLAS); otherwise what is wrong and what to install.
std::string blasWarning();

} // namespace textgen
