// Checkpoint files: a small text header (format version, preset, sizes, vocabulary, position in training,
// size and hash of the tensors) followed by a LibTorch archive (model, optimizer, RNG state). The header is
// read and checked before any tensor is touched, so a checkpoint of another run, or a truncated or corrupt
// file, is refused with a message that says which run it belongs to. Not the trainer: see trainer.h.
#pragma once

#include "fault.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "model_config.h"

namespace textgen {

class CheckpointError : public EngineError {
public:
    using EngineError::EngineError;
};

struct CheckpointHeader {
    static constexpr int kFormatVersion = 1;
    int formatVersion = kFormatVersion;
    ModelConfig model;
    std::string tokenizer = "word";
    std::uint64_t vocabularyFingerprint = 0;
    std::string run;       // the run it belongs to (its folder), for messages
    std::string optimizer; // "rmsprop" or "adamw"
    std::int64_t step = 0;
    std::int64_t epoch = 0;        // completed epochs
    std::int64_t batchInEpoch = 0; // batches done in the current epoch
    std::int64_t rowsInEpoch = -1; // rows of the epoch's order trained; -1: a checkpoint from before the field
    std::uint64_t seed = 0;
    double validationLoss = 0.0; // after the last completed epoch (NaN when none)
    std::uint64_t archiveBytes = 0;
    std::uint64_t archiveHash = 0;
};

std::string formatCheckpointHeader(const CheckpointHeader& header);

// Parses the header at the start of `file` (at least its first 64 KiB) of a file of `fileSize` bytes; sets
// `archiveOffset` to where the archive begins. Throws CheckpointError ("... is not a textgen checkpoint",
// "... truncated ...", ...) naming `origin`.
CheckpointHeader parseCheckpointHeader(std::string_view file, std::uint64_t fileSize, const std::string& origin,
                                       std::size_t& archiveOffset);

// Reads only the header of the checkpoint at `path` (cheap: the studio lists checkpoints with it).
CheckpointHeader readCheckpointHeader(const std::string& path);

// FaultCode::None when a checkpoint with `found` can be loaded into a model built as `expected` with that
// vocabulary; else why not, naming the run the checkpoint belongs to.
Fault checkpointMismatch(const CheckpointHeader& found, const ModelConfig& expected,
                         std::uint64_t vocabularyFingerprint, const std::string& origin);

} // namespace textgen
