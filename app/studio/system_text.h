// What the studio computes on, in the interface's language: Help > About and the device tooltip.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "system_info.h"

namespace textgen {

class SystemText {
    Q_DECLARE_TR_FUNCTIONS(SystemText)

public:
    // A small table: BLAS and its core, CPU and its flags, LibTorch and its threads, CUDA devices.
    static QString html(const SystemInfo& info);
    // The BLAS core line alone, with how it was chosen.
    static QString blasLine(const SystemInfo& info);
    // What is wrong with the BLAS and what to do; empty when nothing is.
    static QString blasWarning(const SystemInfo& info);
};

} // namespace textgen
