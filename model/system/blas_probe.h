// Which BLAS library LibTorch is running on in this process. Debian's LibTorch calls the system libblas.so.3;
// the reference BLAS there is about 25 times slower than OpenBLAS for training, so the project checks.
#pragma once

#include <string>
#include <vector>

namespace textgen {

// The path of the BLAS library mapped into this process (resolved through Debian's alternatives), or an
// empty string when none is mapped (a LibTorch built with MKL, or one not yet loaded).
std::string mappedBlasLibrary();

// True when `path` is an OpenBLAS build.
bool isOpenBlas(const std::string& path);

// Whether the BLAS LibTorch calls is OpenBLAS: the mapped libblas.so.3 says, where one is (an OpenBLAS loaded
// only for LAPACK, with BLIS as libblas.so.3, still answers openblas_get_corename()); with none mapped, whether
// an OpenBLAS answers with its core (`runningCore`, linked directly).
bool callsOpenBlas(const std::string& mappedBlas, const std::string& runningCore);

// True when `path` is OpenBLAS's pthread build (Debian's libopenblas0-pthread, in openblas-pthread/). Its
// threads compete with LibTorch's OpenMP threads.
bool isPthreadOpenBlas(const std::string& path);

// Every OpenBLAS file mapped into this process (libblas.so.3, liblapack.so.3 and libopenblas.so.0 are three
// alternatives of their own: installing libopenblas0-pthread can turn one of them to the pthread build).
std::vector<std::string> mappedOpenBlasFiles();

enum class BlasProblem { None, NotOpenBlas, PthreadOpenBlas };
BlasProblem blasProblem();

// Empty when the process runs on OpenBLAS's OpenMP build (or no system BLAS); otherwise what is wrong and
// what to do.
std::string blasWarning();

} // namespace textgen
