#include "problem_text.h"

#include <QStringList>

#include <cerrno>
#include <cstring>

namespace textgen {

namespace {

// The ConfigProblem a model-cannot-be-built code carries as values: its code, value and heads from `first`.
ConfigProblem configProblemAt(const QStringList& values, int first)
{
    ConfigProblem problem;
    problem.code = static_cast<ConfigProblem::Code>(values.value(first).toInt());
    problem.value = values.value(first + 1).toDouble();
    problem.heads = values.value(first + 2).toLongLong();
    return problem;
}

// ": reason", in the interface's language, when the system said why.
QString because(int error, const QString& systemText)
{
    if (error == 0 && systemText.isEmpty())
        return {};
    return QStringLiteral(": ") + ProblemText::systemError(error, systemText);
}

} // namespace

QString ProblemText::systemError(int error, const QString& systemText)
{
    switch (error) {
    case ENOSPC: return tr("the disk is full; free some space and try again");
    case EDQUOT: return tr("the disk quota is used up; free some space and try again");
    case EACCES:
    case EPERM: return tr("permission denied");
    case ENOENT: return tr("no such file or folder");
    case EROFS: return tr("the file system is read-only");
    case EIO: return tr("the disk reported an input/output error");
    case EISDIR: return tr("it is a folder, not a file");
    case ENOTDIR: return tr("a part of the path is not a folder");
    case ENAMETOOLONG: return tr("the name is too long");
    case EMFILE:
    case ENFILE: return tr("too many files are open");
    case ENOMEM: return tr("out of memory");
    default: break;
    }
    return systemText.isEmpty() ? QString::fromLocal8Bit(std::strerror(error)) : systemText;
}

QString ProblemText::corpusHint()
{
    return tr("Choose a folder of .txt files (such as aclImdb/), a fortune file or folder, or a plain text file.");
}

QString ProblemText::of(const ConfigProblem& problem)
{
    using Code = ConfigProblem::Code;
    const auto size = static_cast<qlonglong>(problem.value);
    switch (problem.code) {
    case Code::None: return QString();
    case Code::VocabularyTooSmall: return tr("vocabulary %1 is too small: padding and [UNK] take two tokens").arg(size);
    case Code::SequenceTooShort:
        return tr("sequence length %1 is too short: a sequence needs an input and a target").arg(size);
    case Code::EmbeddingTooSmall: return tr("embedding %1 must be at least 1").arg(size);
    case Code::TooFewLayers: return tr("layers %1 must be at least 1").arg(size);
    case Code::DropoutOutOfRange: return tr("dropout %1 must be in [0, 1)").arg(problem.value);
    case Code::TooFewHeads: return tr("heads %1 must be at least 1").arg(size);
    case Code::FeedForwardTooSmall: return tr("feed-forward %1 must be at least 1").arg(size);
    case Code::EmbeddingNotDivisible:
        return tr("embedding %1 is not divisible by %2 heads").arg(size).arg(problem.heads);
    }
    return QString();
}

QString ProblemText::of(const Fault& fault)
{
    const QStringList v = qStringList(fault.values);
    const auto at = [&](int i) { return v.value(i); };
    const QString reason = because(fault.systemError, QString());
    // The mismatch codes end with the run the checkpoint belongs to, when its header names one.
    const auto belongs = [&] {
        return v.isEmpty() || v.last().isEmpty()
            ? QString()
            : QLatin1Char(' ') + tr("It belongs to the run %1: open that run instead.").arg(v.last());
    };
    using C = FaultCode;
    switch (fault.code) {
    case C::None: return QString();
    case C::CannotOpen: return tr("Cannot open %1").arg(at(0)) + reason;
    case C::CannotWrite: return tr("Cannot write %1").arg(at(0)) + reason;
    case C::CannotFlush: return tr("Cannot flush %1 to disk").arg(at(0)) + reason;
    case C::CannotReplace: return tr("Cannot replace %1").arg(at(0)) + reason;
    case C::CorpusNotFound: return tr("Corpus not found: %1.").arg(at(0)) + QLatin1Char(' ') + corpusHint();
    case C::CorpusNoTextFiles: {
        QString text = tr("No text files in %1.").arg(at(0));
        if (v.size() >= 4)
            text += QLatin1Char(' ')
                + tr("The folder %1 could not be listed (%2).").arg(at(1), of(skippedFileAt(fault, 1)));
        return text + QLatin1Char(' ') + corpusHint();
    }
    case C::CorpusCancelled: return tr("Reading %1 was cancelled.").arg(at(0));
    case C::CorpusNoUsableText: {
        QString text = tr("No usable text in %1: %2 of %3 files skipped.").arg(at(0), at(1), at(2));
        for (int i = 3; i + 2 < v.size(); i += 3)
            text += QStringLiteral("\n  %1: %2").arg(at(i), of(skippedFileAt(fault, static_cast<std::size_t>(i))));
        return text + QLatin1Char('\n') + corpusHint();
    }
    case C::SkippedCannotOpen: return tr("cannot open") + reason;
    case C::SkippedCannotRead: return tr("cannot read") + reason;
    case C::SkippedCannotList: return tr("cannot list the folder") + reason;
    case C::SkippedBrokenLink: return tr("a broken link: what it points to is gone");
    case C::SkippedBinary: return tr("a binary file, not text");
    case C::SkippedEmpty: return tr("no text (empty, or only whitespace)");
    case C::CheckpointCannotOpen: return tr("Cannot open the checkpoint %1").arg(at(0)) + reason;
    case C::NotACheckpoint: return tr("%1 is not a textgen checkpoint.").arg(at(0));
    case C::CheckpointHeaderCutShort:
        return tr("The header of %1 is cut short (it has no \"end\" line): the file was not written to the end. Use the previous checkpoint.")
            .arg(at(0));
    case C::CheckpointFieldMissing:
        return tr("The header of %1 has no \"%2\" field: the file is damaged.").arg(at(0), at(1));
    case C::CheckpointFieldNotWhole:
        return tr("The header field \"%2\" of %1 is not a whole number (\"%3\"): the file is damaged.")
            .arg(at(0), at(1), at(2));
    case C::CheckpointFieldNotNumber:
        return tr("The header field \"%2\" of %1 is not a number (\"%3\"): the file is damaged.")
            .arg(at(0), at(1), at(2));
    case C::CheckpointFormat:
        return tr("%1 has checkpoint format %2; this version of the studio reads format %3. It was written by another version of textgen.")
            .arg(at(0), at(1), at(2));
    case C::CheckpointUnknownPreset: return tr("%1 names an unknown preset \"%2\".").arg(at(0), at(1));
    case C::CheckpointImpossibleModel:
        return tr("The header of %1 describes a model that cannot be built: %2.").arg(at(0), of(configProblemAt(v, 2)));
    case C::CheckpointNegativeCounts:
        return tr("The header of %1 has a negative step, epoch or batch: the file is damaged.").arg(at(0));
    case C::CheckpointArchiveSize:
        return tr("%1 is cut short or damaged: its header announces %2 bytes of tensors, the file holds %3 (was the write interrupted?). Use the previous checkpoint.")
            .arg(at(0), at(1), at(2));
    case C::CheckpointChecksum:
        return tr("%1 is damaged: its tensors do not match the checksum in its header. Use the previous checkpoint.")
            .arg(at(0));
    case C::CheckpointTensorsUnreadable:
        return tr("The tensors of %1 cannot be read (%2). Use the previous checkpoint.").arg(at(0), at(1));
    case C::CheckpointOtherPreset:
        return tr("%1 holds a %2 model; this run is %3.").arg(at(0), at(1), at(2)) + belongs();
    case C::CheckpointOtherVocabulary:
        return tr("%1 was written by a model with a vocabulary of %2 tokens; this run has %3.").arg(at(0), at(1), at(2))
            + belongs();
    case C::CheckpointOtherTokens:
        return tr("%1 was written by a model with another vocabulary of the same size (%2 tokens).").arg(at(0), at(1))
            + belongs();
    case C::CheckpointOtherSizes:
        return tr("%1 holds a model of other sizes (%2); this run is %3.").arg(at(0), at(1), at(2)) + belongs();
    case C::NoCudaDevice:
        return tr("The device %1 was asked for, but this build of LibTorch sees no CUDA device (Debian's libtorch is CPU-only). Choose the CPU device.")
            .arg(at(0));
    case C::NoSuchCudaDevice:
        return tr("The device %1 does not exist: this machine has %2 CUDA device(s).").arg(at(0), at(1));
    case C::UnknownDevice: return tr("Unknown device \"%1\": choose auto, cpu, cuda or cuda:N.").arg(at(0));
    case C::BatchSizeTooSmall: return tr("Batch size %1 must be at least 1.").arg(at(0));
    case C::LearningRateInvalid: return tr("Learning rate %1 must be a positive number.").arg(at(0));
    case C::TrainingSplitEmpty:
        return tr("The training split is empty: the corpus has too little text for sequences of %1 tokens. Choose a larger corpus or a shorter sequence.")
            .arg(at(0));
    case C::SequenceLengthMismatch:
        return tr("The dataset's sequences are %1 tokens long, the model's %2.").arg(at(0), at(1));
    case C::LossNaN:
        return tr("The loss became NaN at step %1 (learning rate %2): training stopped, and the last checkpoint is kept. Lower the learning rate and start again.")
            .arg(at(0), at(1));
    case C::LossInfinite:
        return tr("The loss became infinite at step %1 (learning rate %2): training stopped, and the last checkpoint is kept. Lower the learning rate and start again.")
            .arg(at(0), at(1));
    case C::OutOfMemory:
        return tr("The %1 device ran out of memory at batch size %2. Use a smaller batch (%3) or a smaller model.")
            .arg(at(0), at(1), at(2));
    case C::ValidationNotFinite:
        return tr("The validation loss is not finite after epoch %1: the weights diverged, and the last checkpoint is kept. Lower the learning rate and start again.")
            .arg(at(0));
    case C::WorldVariableInvalid:
        return tr("The environment variable %1 is \"%2\", which names no rank of a job. Unset it to train in one process, or start the job with torchrun or SLURM.")
            .arg(at(0), at(1));
    case C::RendezvousPortInUse:
        return tr("Port %2 on %1 is already in use, so rank 0 cannot listen there. Set MASTER_PORT to a free port.")
            .arg(at(0), at(1));
    case C::RendezvousTimeout:
        return tr("Not all %1 ranks joined at %3 within %2 s. Start every rank with the same MASTER_ADDR and MASTER_PORT.")
            .arg(at(0), at(1), at(2));
    case C::RendezvousFailed: return tr("The ranks could not meet at %1: %2").arg(at(0), at(1));
    case C::RanksDisagree:
        return tr("Rank %1 was started with %2, rank 0 with %3. Start every rank with the same textgen and the same options.")
            .arg(at(0), at(1), at(2));
    case C::RankLost:
        return tr("Another rank of the job stopped answering (%1): training stopped. The last checkpoint is kept, and the run can be resumed.")
            .arg(at(0));
    case C::WorldBatchIndivisible:
        return tr("The batch of %1 does not split evenly over %2 processes. Choose a batch that the number of processes divides.")
            .arg(at(0), at(1));
    case C::VocabularyModelMismatch:
        return tr("The vocabulary has %1 tokens and the model %2: they belong to different runs.").arg(at(0), at(1));
    case C::PromptEmpty:
        return tr("The prompt is empty: type at least one word. The chapter's model has no start token to begin from.");
    case C::PromptHasNoWords:
        return tr("The prompt \"%1\" has no words once punctuation is removed: type at least one word.").arg(at(0));
    case C::NoColumns: return tr("There are no columns to generate.");
    case C::LengthOutOfRange: return tr("The length must be between 0 and %2 tokens, not %1.").arg(at(0), at(1));
    case C::TemperatureInvalid:
        return tr("The temperature must be a finite number of at least 0 (0 is greedy), not %1.").arg(at(0));
    case C::TopPInvalid: return tr("Top-p must be between 0 and 1 (1 keeps every token), not %1.").arg(at(0));
    case C::MinPInvalid: return tr("Min-p must be between 0 and 1 (0 keeps every token), not %1.").arg(at(0));
    case C::RepetitionPenaltyInvalid:
        return tr("The repetition penalty must be a number above 0 (1 is none), over a window of 0 tokens or more, "
                  "not %1 over %2.")
            .arg(at(0), at(1));
    case C::ChainRepeatsStep: return tr("The sampler chain lists %1 twice.").arg(at(0));
    case C::ChainLeavesOutStep:
        return tr("The sampler chain leaves out %1, which is set to %2: add it to the chain or turn it off.")
            .arg(at(0), at(1));
    case C::ForcedTokenOutside: return tr("A forced token is outside the vocabulary.");
    case C::VocabularyStart: return tr("A vocabulary starts with the padding token (an empty line) and [UNK].");
    case C::TokenIdOutside: return tr("Token id %1 is outside the vocabulary of %2 tokens.").arg(at(0), at(1));
    case C::VocabularyCannotOpen: return tr("Cannot open the vocabulary %1").arg(at(0)) + reason;
    case C::VocabularyNotUtf8:
        return tr("%1, line %2: the file is not UTF-8 text; a vocabulary is written by textgen.").arg(at(0), at(1));
    case C::VocabularyBackslashAtEnd:
        return tr("%1, line %2: a backslash ends the line; a backslash is written as \\\\.").arg(at(0), at(1));
    case C::VocabularyUnknownEscape:
        return tr("%1, line %2: unknown escape \\%3 (known: \\\\ \\n \\r \\t).").arg(at(0), at(1), at(2));
    case C::VocabularyFirstLine:
        return tr("%1, line %2: the first line must be empty (the padding token, id 0), but it holds \"%3\".")
            .arg(at(0), at(1), at(2));
    case C::VocabularySecondLine:
        return tr("%1, line %2: the second line must be [UNK] (the out-of-vocabulary token, id 1), but it holds \"%3\".")
            .arg(at(0), at(1), at(2));
    case C::VocabularyEmptyToken:
        return tr("%1, line %2: an empty token; only the first line (padding) may be empty.").arg(at(0), at(1));
    case C::VocabularyUnknownAgain:
        return tr("%1, line %2: [UNK] appears again; it belongs on line 2 only.").arg(at(0), at(1));
    case C::VocabularyDuplicate:
        return tr("%1, line %2: the token \"%3\" appears again (first on line %4).").arg(at(0), at(1), at(2), at(3));
    case C::VocabularyTooShort:
        return tr("%1, line %2: a vocabulary has at least two lines, the empty padding token and [UNK].")
            .arg(at(0), at(1));
    }
    return QString::fromStdString(englishText(fault));
}

QString ProblemText::of(const Problem& problem)
{
    const QStringList& v = problem.values;
    const auto at = [&](int i) { return v.value(i); };
    const QString reason = because(problem.systemError, problem.systemText);
    using C = Problem::Code;
    switch (problem.code) {
    case C::None: return QString();
    case C::Engine: return of(problem.engine);
    case C::Unexpected: return tr("Unexpected error: %1").arg(at(0));
    case C::CannotRead: return tr("Cannot read %1").arg(at(0)) + reason;
    case C::CannotWrite: return tr("Cannot write %1").arg(at(0)) + reason;
    case C::CannotReplace: return tr("Cannot replace %1").arg(at(0)) + reason;
    case C::CannotCreateFolder: return tr("Cannot create the run folder %1").arg(at(0)) + reason;
    case C::RunExists: return tr("%1 already holds a run: resume it, or choose another folder.").arg(at(0));
    case C::NotJson: return tr("%1 is not valid JSON (%2 at byte %3): the run is damaged.").arg(at(0), at(1), at(2));
    case C::FieldInvalid:
        return tr("%1: the field \"%2\" is missing or is not %3: the run is damaged.").arg(at(0), at(1), at(2));
    case C::FormatUnsupported:
        return tr("%1 has format %2; this version of the studio reads format %3.").arg(at(0), at(1), at(2));
    case C::ModelImpossible: return tr("%1: the model cannot be built: %2.").arg(at(0), of(configProblemAt(v, 2)));
    case C::LockHeld:
        return tr("%1 is being trained by process %2 on %3: wait for it to finish, or stop it there.")
            .arg(at(0), at(1), at(2));
    case C::LockNotTaken: return tr("Cannot take the lock %1").arg(at(0)) + reason;
    case C::CheckpointName: return tr("A checkpoint is \"latest\" or an epoch number from 1, not \"%1\".").arg(at(0));
    case C::NoCheckpointYet: return tr("%1 has no checkpoint %2 yet: train it first.").arg(at(0), at(1));
    case C::NoSuchCheckpoint: return tr("%1 has no checkpoint %2 (epochs saved: %3).").arg(at(0), at(1), at(2));
    case C::CorpusChanged:
        return tr("The corpus at %1 changed since this run started (%2 documents and %3 bytes then; %4 and %5 now): resuming would train on other text. Start a new run instead.")
            .arg(at(0), at(1), at(2), at(3), at(4));
    case C::VocabularyAltered:
        return tr("%1 holds %2 tokens, but run.json says %3: the run folder was altered.").arg(at(0), at(1), at(2));
    case C::NoCheckpointLoaded: return tr("No checkpoint is loaded: choose a run that has been trained.");
    case C::AlreadyTraining: return tr("A run is already training (%1): stop it first.").arg(at(0));
    case C::DeviceBusy: return tr("Another run is training on %1: one run trains at a time per device.").arg(at(0));
    case C::DeleteWhileTraining:
        return tr("%1 is being trained by process %2 on %3: stop it before deleting it.").arg(at(0), at(1), at(2));
    case C::CannotDelete: return tr("Cannot delete %1.").arg(at(0));
    case C::NoTrash: return tr("There is no trash for %1: confirm to delete it for good.").arg(at(0));
    case C::StoppedAtStep: return tr("stopped at step %1").arg(at(0));
    case C::CannotStartProcesses: return tr("Cannot start the training processes %1: %2").arg(at(0), at(1));
    case C::ProcessesFailed: return tr("The training processes ended with exit code %1:\n%2").arg(at(0), at(1));
    case C::SampleSetCutShort: return tr("%1, line %2: the file ends too early (was it cut short?).").arg(at(0), at(1));
    case C::NotASampleSet:
        return tr("%1, line %2: not a textgen sample set (it must start with \"%3\").").arg(at(0), at(1), at(2));
    case C::SampleSetLine: return tr("%1, line %2: expected \"key: value\", found \"%3\".").arg(at(0), at(1), at(2));
    case C::SampleSetKeyMissing: return tr("%1, line %2: the header has no \"%3\" line.").arg(at(0), at(1), at(2));
    case C::SampleSetCheckpoint:
        return tr("%1, line %2: \"checkpoint\" must read \"epoch N, step N\".").arg(at(0), at(1));
    case C::SampleSetNumber: return tr("%1, line %2: \"%3\" is not a number.").arg(at(0), at(1), at(2));
    case C::SampleSetHeading:
        return tr("%1, line %2: expected the heading of sample %3, found \"%4\".").arg(at(0), at(1), at(2), at(3));
    case C::SampleSetChain:
        return tr("%1, line %2: the chain of sample %3, \"%4\", names a step this version does not know.")
            .arg(at(0), at(1), at(2), at(3));
    case C::SampleSetHeadingNumber:
        return tr("%1, line %2: a number in the heading of sample %3 cannot be read.").arg(at(0), at(1), at(2));
    case C::SampleSetForced:
        return tr("%1, line %2: \"forced:\" takes step=id pairs, found \"%3\".").arg(at(0), at(1), at(2));
    case C::SampleSetText:
        return tr("%1, line %2: sample %3 should hold %4 bytes followed by a line break.")
            .arg(at(0), at(1), at(2), at(3));
    case C::SampleSetBlank: return tr("%1, line %2: expected a blank line after sample %3.").arg(at(0), at(1), at(2));
    case C::SampleSetJson: return tr("%1, line %2: the line is not a JSON object (%3).").arg(at(0), at(1), at(2));
    case C::SampleSetTableRow:
        return tr("%1, line %2: the row has %3 cells where the table has %4.").arg(at(0), at(1), at(2), at(3));
    case C::NotABranchTree:
        return tr("%1, line %2: not a textgen branch tree (it must start with \"%3\").").arg(at(0), at(1), at(2));
    case C::BranchTreeLine:
        return tr("%1, line %2: expected a branch or one of its fields, found \"%3\".").arg(at(0), at(1), at(2));
    case C::BranchTreeNode:
        return tr("%1, line %2: branch %3 has no parent before it, or its number is taken.").arg(at(0), at(1), at(2));
    case C::BranchTreeSampler:
        return tr("%1, line %2: the sampler of branch %3 cannot be read.").arg(at(0), at(1), at(2));
    }
    return problem.english();
}

} // namespace textgen
