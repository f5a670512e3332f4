// Why something the core was asked to do failed, as a code and the values its message needs. The core
// words nothing for a reader: the window turns a Problem into a sentence in the reader's language when it
// shows it (problem_text.h in the studio), so a message on screen follows a language switch; english()
// words it for the command line, logs and run.json's status_reason.
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <exception>
#include <stdexcept>

#include "fault.h"
#include "model_config.h"

namespace textgen {

struct Problem {
    // The values each code carries, in order. A system error (errno), when there is one, travels in
    // systemError, and the system's own words for it in systemText (QFile::errorString()).
    enum class Code {
        None,
        Engine,             // the engine's fault: see `engine`
        Unexpected,         // the exception's English text
        CannotRead,         // path, +system error
        CannotWrite,        // path, +system error
        CannotReplace,      // path
        CannotCreateFolder, // path
        RunExists,          // folder
        NotJson,            // path, Qt's reason, byte offset
        FieldInvalid,       // file, field, what it must be ("an integer", or the names it may take)
        FormatUnsupported,  // file, its format, the format this build reads
        ModelImpossible,    // file, the problem in English, then its ConfigProblem code, value and heads
        LockHeld,           // run folder, process id, host
        LockNotTaken,       // lock file, +system error
        CheckpointName,     // what was asked for
        NoCheckpointYet,    // run folder, checkpoint asked for
        NoSuchCheckpoint,   // run folder, checkpoint asked for, the epochs saved ("1, 2, 3")
        CorpusChanged,      // corpus, documents then, bytes then, documents now, bytes now
        VocabularyAltered,  // vocabulary file, its tokens, run.json's count
        NoCheckpointLoaded,
        AlreadyTraining,     // run folder
        DeviceBusy,          // device
        DeleteWhileTraining, // run folder, process id, host
        CannotDelete,        // run folder
        NoTrash,             // run folder
        StoppedAtStep,       // step (not a failure: why a run is paused)
        // the studio's training processes (textgen train --nproc)
        CannotStartProcesses, // program, the system's reason
        ProcessesFailed,      // exit code, what they printed last
        // sample sets: every one carries the file and the line, then the values listed
        SampleSetCutShort,
        NotASampleSet,       // the first line it must have
        SampleSetLine,       // the line found
        SampleSetKeyMissing, // key
        SampleSetCheckpoint,
        SampleSetNumber,        // key
        SampleSetHeading,       // sample number, the line found
        SampleSetHeadingNumber, // sample number
        SampleSetChain,         // sample number, the chain found
        SampleSetForced,        // the pair found
        SampleSetText,          // sample number, bytes
        SampleSetBlank,         // sample number
        SampleSetJson,          // the parser's reason
        SampleSetTableRow,      // cells in the row, cells in the table
        // branch trees: the file and the line too
        NotABranchTree,    // the first line it must have
        BranchTreeLine,    // the line found
        BranchTreeNode,    // node id
        BranchTreeSampler, // node id
    };
    static constexpr int kCodeCount = static_cast<int>(Code::BranchTreeSampler) + 1;

    Code code = Code::None;
    QStringList values;
    Fault engine;        // Code::Engine
    int systemError = 0; // errno, when the system said why
    QString systemText;  // the system's words for it

    Problem() = default;
    Problem(Code code, QStringList values = {}) : code(code), values(std::move(values)) { }
    // A QFile's failure: its errorString(), and errno when it is what the string says.
    Problem withSystemError(const QString& text, int error) &&;
    // A system call's failure: errno, worded by the system.
    Problem withSystemError(int error) &&;

    bool isNone() const { return code == Code::None; }
    QString english() const;

    // What the exception says: a RunError's problem, an engine error's fault, or its what() as Unexpected.
    static Problem from(const std::exception& error);
    static Problem engineFault(Fault fault);
    // ModelImpossible for a model `config` that checkConfig() refuses, read from `origin`.
    static Problem impossibleModel(const QString& origin, const ModelConfig& config);

    // {"code": "lock-held", "values": [...]} or {"engine": "loss-nan", ...}: kept in run.json.
    QJsonObject toJson() const;
    static Problem fromJson(const QJsonObject& json);
    static const char* codeName(Code code);

    bool operator==(const Problem& other) const
    {
        return code == other.code && values == other.values && engine == other.engine
            && systemError == other.systemError;
    }
};

// The engine's values as the core keeps them.
QStringList qStringList(const std::vector<std::string>& values);

class RunError : public std::runtime_error {
public:
    explicit RunError(Problem problem) :
        std::runtime_error(problem.english().toStdString()), problem_(std::move(problem))
    { }
    const Problem& problem() const { return problem_; }

private:
    Problem problem_;
};

} // namespace textgen

Q_DECLARE_METATYPE(textgen::Problem)
