// Why the engine gave up, as a code and the values its message needs. The engine words nothing for a reader:
// a window turns the code into a sentence in the reader's language; englishText() words it for the command
// line and logs, and every engine error's what() is that sentence.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace textgen {

// The values each code carries, in order, are listed beside it. A system error (errno), when there is one,
// travels in Fault::systemError and is worded after the values.
enum class FaultCode {
    None,
    // files
    CannotOpen,    // path, +system error
    CannotWrite,   // path, +system error
    CannotFlush,   // path, +system error
    CannotReplace, // path, +system error
    // corpora
    CorpusNotFound,     // path
    CorpusNoTextFiles,  // path; then a folder that could not be listed, as a skipped file (below)
    CorpusCancelled,    // path
    CorpusNoUsableText, // path, files skipped, files; then up to three skipped files
    // why one file of a corpus was skipped: no values, and errno when the system said why. Inside the two
    // codes above, a skipped file travels as three values: its path, the code's name, errno.
    SkippedCannotOpen,
    SkippedCannotRead,
    SkippedCannotList,
    SkippedBrokenLink,
    SkippedBinary,
    SkippedEmpty,
    // checkpoints
    CheckpointCannotOpen,        // path, +system error
    NotACheckpoint,              // path
    CheckpointHeaderCutShort,    // path
    CheckpointFieldMissing,      // path, field
    CheckpointFieldNotWhole,     // path, field, value
    CheckpointFieldNotNumber,    // path, field, value
    CheckpointFormat,            // path, version, the version this build reads
    CheckpointUnknownPreset,     // path, preset
    CheckpointImpossibleModel,   // path, the problem in English, then its ConfigProblem code, value and heads
    CheckpointNegativeCounts,    // path
    CheckpointArchiveSize,       // path, bytes announced, bytes present
    CheckpointChecksum,          // path
    CheckpointTensorsUnreadable, // path, LibTorch's reason
    CheckpointOtherPreset,       // path, its preset, the run's preset, the run it belongs to (may be empty)
    CheckpointOtherVocabulary,   // path, its vocabulary size, the run's, the run it belongs to
    CheckpointOtherTokens,       // path, the vocabulary size (same size, other tokens), the run it belongs to
    CheckpointOtherSizes,        // path, its sizes, the run's sizes, the run it belongs to
    // training
    NoCudaDevice,           // device asked for
    NoSuchCudaDevice,       // device asked for, CUDA devices present
    UnknownDevice,          // device asked for
    BatchSizeTooSmall,      // batch size
    LearningRateInvalid,    // learning rate
    TrainingSplitEmpty,     // sequence length
    SequenceLengthMismatch, // the dataset's sequence length, the model's
    LossNaN,                // step, learning rate
    LossInfinite,           // step, learning rate
    OutOfMemory,            // device, batch size, half the batch size
    ValidationNotFinite,    // epoch
    // data-parallel training
    WorldVariableInvalid,  // the environment variable, its value (empty: unset)
    RendezvousPortInUse,   // address, port
    RendezvousTimeout,     // world size, seconds, address:port
    RendezvousFailed,      // address:port, LibTorch's reason
    RanksDisagree,         // rank, its setting ("name=value"), rank 0's
    RankLost,              // LibTorch's reason
    WorldBatchIndivisible, // batch size, world size
    // generation
    VocabularyModelMismatch, // vocabulary size, the model's vocabulary size
    PromptEmpty,
    PromptHasNoWords, // prompt
    NoColumns,
    LengthOutOfRange,         // length, the largest length
    TemperatureInvalid,       // temperature
    TopPInvalid,              // top-p
    MinPInvalid,              // min-p
    RepetitionPenaltyInvalid, // penalty, window
    ChainRepeatsStep,         // the step's name
    ChainLeavesOutStep,       // the step's name, its value
    ForcedTokenOutside,
    // vocabularies
    VocabularyStart,
    TokenIdOutside,           // id, vocabulary size
    VocabularyCannotOpen,     // path, +system error
    VocabularyNotUtf8,        // path, line
    VocabularyBackslashAtEnd, // path, line
    VocabularyUnknownEscape,  // path, line, the escaped character
    VocabularyFirstLine,      // path, line, the token found
    VocabularySecondLine,     // path, line, the token found
    VocabularyEmptyToken,     // path, line
    VocabularyUnknownAgain,   // path, line
    VocabularyDuplicate,      // path, line, token, its first line
    VocabularyTooShort,       // path, line
};
inline constexpr int kFaultCodeCount = static_cast<int>(FaultCode::VocabularyTooShort) + 1;

struct Fault {
    FaultCode code = FaultCode::None;
    std::vector<std::string> values;
    int systemError = 0; // errno, when the system said why

    bool operator==(const Fault& other) const
    {
        return code == other.code && values == other.values && systemError == other.systemError;
    }
};

// "corpus-not-found": stable names, for files that keep a fault (run.json's status) and for tests.
const char* faultCodeName(FaultCode code);
bool faultCodeFromName(const std::string& name, FaultCode& code);

// A skipped file inside a corpus fault: appended as its path, the code's name and errno; read back from
// the value at `first` (FaultCode::None when the values hold none there).
void appendSkippedFile(Fault& fault, const std::string& path, const Fault& why);
Fault skippedFileAt(const Fault& fault, std::size_t first);

// `text` with "%1".."%9" replaced by values[0..8] in one pass (a value's own "%2" stays as it is); a
// placeholder without a value stays as it is.
std::string fillPlaceholders(const char* text, const std::vector<std::string>& values);

// The English sentence, values in place, ending in the system's reason when there is one.
std::string englishText(const Fault& fault);

class EngineError : public std::runtime_error {
public:
    explicit EngineError(Fault fault) : std::runtime_error(englishText(fault)), fault_(std::move(fault)) { }
    const Fault& fault() const { return fault_; }

private:
    Fault fault_;
};

} // namespace textgen
