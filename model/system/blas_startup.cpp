// Compiled into every executable that links the engine (an INTERFACE source of textgen_model): before main
// runs, the process makes sure OpenBLAS runs the best kernels the CPU supports (blas_core.h).
#include "blas_core.h"

namespace {

__attribute__((constructor)) void chooseBlasCore()
{
    textgen::ensureBestBlasCore();
}

} // namespace
