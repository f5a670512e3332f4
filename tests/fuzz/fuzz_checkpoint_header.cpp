// libFuzzer target: the checkpoint header parser must refuse bad input with CheckpointError, never crash,
// and never announce an archive beyond the file.
#include <cstdint>
#include <string_view>

#include "checkpoint.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view file(reinterpret_cast<const char*>(data), size);
    try {
        std::size_t offset = 0;
        const textgen::CheckpointHeader header = textgen::parseCheckpointHeader(file, size, "fuzz", offset);
        if (offset > size || header.archiveBytes != size - offset)
            __builtin_trap();
        textgen::checkpointMismatch(header, header.model, header.vocabularyFingerprint, "fuzz");
    } catch (const textgen::CheckpointError&) { }
    return 0;
}
