// Writing a file so that a reader (or a crash) sees either the old content or the new, never a mix.
// Not for Qt code, which has QSaveFile: this is the engine's equivalent, in plain POSIX.
#pragma once

#include "fault.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace textgen {

class FileError : public EngineError {
public:
    using EngineError::EngineError;
};

// Writes `bytes` to a temporary file beside `path`, flushes it to disk, then renames it over `path`.
// On failure (disk full, no permission) the temporary file is removed, `path` is untouched, and FileError
// says which file and why.
void writeFileAtomically(const std::string& path, std::string_view bytes);

// Renames a finished temporary file over `path` after flushing it (for writers that stream, such as
// torch::save): `temporary` must be in the same directory.
void commitFile(const std::string& temporary, const std::string& path);

// A fresh temporary name beside `path`, unique to this process.
std::string temporaryPathFor(const std::string& path);

} // namespace textgen
