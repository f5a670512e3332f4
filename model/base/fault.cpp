#include "fault.h"

#include <array>
#include <cstdlib>
#include <cstring>

namespace textgen {

namespace {

struct FaultWords {
    FaultCode code;
    const char* name;
    const char* english; // %1, %2, ...: the values in order; the system's reason follows after ": "
};

constexpr const char* kCorpusWhatToDo
    = " Choose a folder of .txt files (such as aclImdb/), a fortune file or folder, or a plain text file.";

constexpr std::array<FaultWords, kFaultCodeCount> kWords{{
    {FaultCode::None, "none", ""},
    {FaultCode::CannotOpen, "cannot-open", "cannot open %1"},
    {FaultCode::CannotWrite, "cannot-write", "cannot write %1"},
    {FaultCode::CannotFlush, "cannot-flush", "cannot flush %1 to disk"},
    {FaultCode::CannotReplace, "cannot-replace", "cannot replace %1"},
    {FaultCode::CorpusNotFound, "corpus-not-found", "Corpus not found: %1."},
    {FaultCode::CorpusNoTextFiles, "corpus-no-text-files", "No text files in %1."},
    {FaultCode::CorpusCancelled, "corpus-cancelled", "Reading %1 was cancelled."},
    {FaultCode::CorpusNoUsableText, "corpus-no-usable-text", "No usable text in %1: %2 of %3 files skipped."},
    {FaultCode::SkippedCannotOpen, "skipped-cannot-open", "cannot open"},
    {FaultCode::SkippedCannotRead, "skipped-cannot-read", "cannot read"},
    {FaultCode::SkippedCannotList, "skipped-cannot-list", "cannot list folder"},
    {FaultCode::SkippedBrokenLink, "skipped-broken-link", "broken link: what it points to is gone"},
    {FaultCode::SkippedBinary, "skipped-binary", "binary file (not text)"},
    {FaultCode::SkippedEmpty, "skipped-empty", "no text (empty or only whitespace)"},
    {FaultCode::CheckpointCannotOpen, "checkpoint-cannot-open", "cannot open checkpoint %1"},
    {FaultCode::NotACheckpoint, "not-a-checkpoint",
     "%1: not a textgen checkpoint (it does not start with \"textgen-checkpoint\")"},
    {FaultCode::CheckpointHeaderCutShort, "checkpoint-header-cut-short",
     "%1: the header is truncated or damaged (no \"end\" line): the file was cut short"},
    {FaultCode::CheckpointFieldMissing, "checkpoint-field-missing", "%1: the header has no \"%2\" field"},
    {FaultCode::CheckpointFieldNotWhole, "checkpoint-field-not-whole",
     "%1: header field \"%2\" is not a whole number: \"%3\""},
    {FaultCode::CheckpointFieldNotNumber, "checkpoint-field-not-number",
     "%1: header field \"%2\" is not a number: \"%3\""},
    {FaultCode::CheckpointFormat, "checkpoint-format",
     "%1: format version %2 is not supported (this build reads %3): it was written by another textgen version"},
    {FaultCode::CheckpointUnknownPreset, "checkpoint-unknown-preset", "%1: unknown preset \"%2\""},
    {FaultCode::CheckpointImpossibleModel, "checkpoint-impossible-model",
     "%1: the header describes an impossible model: %2"},
    {FaultCode::CheckpointNegativeCounts, "checkpoint-negative-counts",
     "%1: negative step, epoch or batch in the header"},
    {FaultCode::CheckpointArchiveSize, "checkpoint-archive-size",
     "%1: truncated or damaged: the header announces %2 bytes of tensors, the file holds %3 (was the write "
     "interrupted?); use the previous checkpoint"},
    {FaultCode::CheckpointChecksum, "checkpoint-checksum",
     "%1: damaged: its tensors do not match the checksum in its header; use the previous checkpoint"},
    {FaultCode::CheckpointTensorsUnreadable, "checkpoint-tensors-unreadable",
     "%1: its tensors cannot be read (%2); use the previous checkpoint"},
    {FaultCode::CheckpointOtherPreset, "checkpoint-other-preset", "%1 holds a %2 model, this run is %3."},
    {FaultCode::CheckpointOtherVocabulary, "checkpoint-other-vocabulary",
     "%1 was written by a model with vocabulary %2, this run has %3."},
    {FaultCode::CheckpointOtherTokens, "checkpoint-other-tokens",
     "%1 was written by a model with vocabulary %2 (other tokens), this run has %2 of its own."},
    {FaultCode::CheckpointOtherSizes, "checkpoint-other-sizes",
     "%1 holds a model of other sizes (%2), this run is %3."},
    {FaultCode::NoCudaDevice, "no-cuda-device",
     "device %1 asked for, but this LibTorch sees no CUDA device (Debian's libtorch-dev is CPU-only): use --device cpu"},
    {FaultCode::NoSuchCudaDevice, "no-such-cuda-device",
     "device %1 does not exist: this machine has %2 CUDA device(s)"},
    {FaultCode::UnknownDevice, "unknown-device", "unknown device \"%1\": use auto, cpu, cuda or cuda:N"},
    {FaultCode::BatchSizeTooSmall, "batch-size-too-small", "batch size %1 must be at least 1"},
    {FaultCode::LearningRateInvalid, "learning-rate-invalid", "learning rate %1 must be a positive number"},
    {FaultCode::TrainingSplitEmpty, "training-split-empty",
     "the training split is empty: the corpus has too little text for sequences of %1 tokens"},
    {FaultCode::SequenceLengthMismatch, "sequence-length-mismatch",
     "the dataset's sequences are %1 tokens long, the model's %2"},
    {FaultCode::LossNaN, "loss-nan",
     "the loss became NaN at step %1 (learning rate %2): training stopped and the last checkpoint is kept. "
     "---> HINT: lower the learning rate"},
    {FaultCode::LossInfinite, "loss-infinite",
     "the loss became infinite at step %1 (learning rate %2): training stopped and the last checkpoint is kept. "
     "---> HINT: lower the learning rate"},
    {FaultCode::OutOfMemory, "out-of-memory",
     "the %1 device ran out of memory at batch size %2. ---> HINT: use a smaller batch (--batch %3) or a smaller model"},
    {FaultCode::ValidationNotFinite, "validation-not-finite",
     "the validation loss is not finite after epoch %1: the weights diverged; the last checkpoint is kept. "
     "---> HINT: lower the learning rate"},
    {FaultCode::WorldVariableInvalid, "world-variable-invalid",
     "the environment variable %1 is \"%2\", which names no rank of a job. ---> HINT: torchrun sets RANK, WORLD_SIZE, "
     "MASTER_ADDR and MASTER_PORT; SLURM sets SLURM_PROCID and SLURM_NTASKS; unset them to train in one process"},
    {FaultCode::RendezvousPortInUse, "rendezvous-port-in-use",
     "port %2 on %1 is already in use, so rank 0 cannot listen there. ---> HINT: set MASTER_PORT to a free port, "
     "or let textgen train --nproc choose one"},
    {FaultCode::RendezvousTimeout, "rendezvous-timeout",
     "not all %1 ranks joined at %3 within %2 s. ---> HINT: start every rank with the same MASTER_ADDR and "
     "MASTER_PORT, and check that rank 0's machine is reachable"},
    {FaultCode::RendezvousFailed, "rendezvous-failed", "the ranks could not meet at %1: %2"},
    {FaultCode::RanksDisagree, "ranks-disagree",
     "rank %1 was started with %2, rank 0 with %3. ---> HINT: start every rank with the same textgen and the same "
     "options"},
    {FaultCode::RankLost, "rank-lost",
     "another rank of the job stopped answering (%1): training stopped; the last checkpoint is kept and the run "
     "resumes with --resume"},
    {FaultCode::WorldBatchIndivisible, "world-batch-indivisible",
     "the batch of %1 does not split evenly over %2 processes. ---> HINT: choose a batch that the number of "
     "processes divides, or another number of processes"},
    {FaultCode::VocabularyModelMismatch, "vocabulary-model-mismatch",
     "the vocabulary has %1 tokens, the model %2: they belong to different runs"},
    {FaultCode::PromptEmpty, "prompt-empty",
     "the prompt is empty: type at least one word; the chapter's model has no start token to begin from"},
    {FaultCode::PromptHasNoWords, "prompt-has-no-words",
     "the prompt \"%1\" has no words once punctuation is removed; the chapter's model has no start token to begin from"},
    {FaultCode::NoColumns, "no-columns", "no columns to generate"},
    {FaultCode::LengthOutOfRange, "length-out-of-range", "length must be between 0 and %2 tokens, not %1"},
    {FaultCode::TemperatureInvalid, "temperature-invalid",
     "temperature must be a finite number >= 0 (0 is greedy), not %1"},
    {FaultCode::TopPInvalid, "top-p-invalid", "top-p must be in [0, 1] (1 keeps every token), not %1"},
    {FaultCode::MinPInvalid, "min-p-invalid", "min-p must be in [0, 1] (0 keeps every token), not %1"},
    {FaultCode::RepetitionPenaltyInvalid, "repetition-penalty-invalid",
     "the repetition penalty must be a finite number > 0 (1 is none) over a window of at least 0 tokens, not %1 over %2"},
    {FaultCode::ChainRepeatsStep, "chain-repeats-step", "the sampler chain lists %1 twice"},
    {FaultCode::ChainLeavesOutStep, "chain-leaves-out-step",
     "the sampler chain leaves out %1, which is set to %2: add it to the chain or unset it"},
    {FaultCode::ForcedTokenOutside, "forced-token-outside", "a forced token is outside the vocabulary"},
    {FaultCode::VocabularyStart, "vocabulary-start", "a vocabulary starts with the padding token \"\" and \"[UNK]\""},
    {FaultCode::TokenIdOutside, "token-id-outside", "token id %1 is outside the vocabulary of %2 tokens"},
    {FaultCode::VocabularyCannotOpen, "vocabulary-cannot-open", "cannot open vocabulary %1"},
    {FaultCode::VocabularyNotUtf8, "vocabulary-not-utf8",
     "%1:%2: the file is not UTF-8 text; a vocabulary is written by `textgen vocab`"},
    {FaultCode::VocabularyBackslashAtEnd, "vocabulary-backslash-at-end",
     "%1:%2: a backslash ends the line; write a backslash as \\\\"},
    {FaultCode::VocabularyUnknownEscape, "vocabulary-unknown-escape",
     "%1:%2: unknown escape \\%3 (known: \\\\ \\n \\r \\t)"},
    {FaultCode::VocabularyFirstLine, "vocabulary-first-line",
     "%1:%2: the first line must be empty (the padding token, id 0), found \"%3\""},
    {FaultCode::VocabularySecondLine, "vocabulary-second-line",
     "%1:%2: the second line must be [UNK] (the out-of-vocabulary token, id 1), found \"%3\""},
    {FaultCode::VocabularyEmptyToken, "vocabulary-empty-token",
     "%1:%2: empty token; only the first line (padding) may be empty"},
    {FaultCode::VocabularyUnknownAgain, "vocabulary-unknown-again",
     "%1:%2: [UNK] appears again; it belongs on line 2 only"},
    {FaultCode::VocabularyDuplicate, "vocabulary-duplicate", "%1:%2: duplicate token \"%3\", first on line %4"},
    {FaultCode::VocabularyTooShort, "vocabulary-too-short",
     "%1:%2: a vocabulary has at least two lines: the empty padding token and [UNK]"},
}};

constexpr bool inOrder()
{
    for (int i = 0; i < kFaultCodeCount; ++i)
        if (static_cast<int>(kWords[static_cast<std::size_t>(i)].code) != i)
            return false;
    return true;
}
static_assert(inOrder(), "kWords lists every FaultCode once, in the enum's order");

const FaultWords& wordsOf(FaultCode code)
{
    return kWords[static_cast<std::size_t>(code)];
}

bool namesTheRun(FaultCode code)
{
    return code == FaultCode::CheckpointOtherPreset || code == FaultCode::CheckpointOtherVocabulary
        || code == FaultCode::CheckpointOtherTokens || code == FaultCode::CheckpointOtherSizes;
}

} // namespace

std::string fillPlaceholders(const char* text, const std::vector<std::string>& values)
{
    std::string out;
    for (const char* c = text; *c; ++c) {
        if (c[0] == '%' && c[1] >= '1' && c[1] <= '9' && static_cast<std::size_t>(c[1] - '1') < values.size()) {
            out += values[static_cast<std::size_t>(c[1] - '1')];
            ++c;
        } else {
            out += *c;
        }
    }
    return out;
}

const char* faultCodeName(FaultCode code)
{
    return wordsOf(code).name;
}

bool faultCodeFromName(const std::string& name, FaultCode& code)
{
    for (const FaultWords& words : kWords)
        if (name == words.name) {
            code = words.code;
            return true;
        }
    return false;
}

void appendSkippedFile(Fault& fault, const std::string& path, const Fault& why)
{
    fault.values.insert(fault.values.end(), {path, faultCodeName(why.code), std::to_string(why.systemError)});
}

Fault skippedFileAt(const Fault& fault, std::size_t first)
{
    Fault why;
    if (first + 2 < fault.values.size() && faultCodeFromName(fault.values[first + 1], why.code))
        why.systemError = std::atoi(fault.values[first + 2].c_str());
    return why;
}

std::string englishText(const Fault& fault)
{
    std::string text = fillPlaceholders(wordsOf(fault.code).english, fault.values);
    if (namesTheRun(fault.code) && !fault.values.empty() && !fault.values.back().empty())
        text += " It belongs to the run " + fault.values.back() + ": open that run instead.";
    const auto& v = fault.values;
    const auto skipped = [&](std::size_t first) { return v[first] + ": " + englishText(skippedFileAt(fault, first)); };
    switch (fault.code) {
    case FaultCode::CorpusNoTextFiles:
        if (v.size() >= 4)
            text += " (" + skipped(1) + ")";
        text += kCorpusWhatToDo;
        break;
    case FaultCode::CorpusNoUsableText:
        for (std::size_t i = 3; i + 2 < v.size(); i += 3)
            text += "\n  " + skipped(i);
        text += kCorpusWhatToDo;
        break;
    case FaultCode::CorpusNotFound: text += kCorpusWhatToDo; break;
    default: break;
    }
    if (fault.systemError != 0)
        text += std::string(": ") + std::strerror(fault.systemError);
    return text;
}

} // namespace textgen
