#include "problem.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cstring>

namespace textgen {

namespace {

struct ProblemWords {
    Problem::Code code;
    const char* name;
    const char* english; // %1, %2, ...: the values in order; the system's reason follows after ": "
};

using Code = Problem::Code;

constexpr std::array<ProblemWords, Problem::kCodeCount> kWords{{
    {Code::None, "none", ""},
    {Code::Engine, "engine", ""},
    {Code::Unexpected, "unexpected", "%1"},
    {Code::CannotRead, "cannot-read", "Cannot read %1"},
    {Code::CannotWrite, "cannot-write", "Cannot write %1"},
    {Code::CannotReplace, "cannot-replace", "Cannot replace %1"},
    {Code::CannotCreateFolder, "cannot-create-folder", "Cannot create the run folder %1"},
    {Code::RunExists, "run-exists", "%1 already holds a run: resume it (--resume), or choose another folder"},
    {Code::NotJson, "not-json", "%1 is not valid JSON (%2 at byte %3)"},
    {Code::FieldInvalid, "field-invalid", "%1: field \"%2\" is missing or is not %3"},
    {Code::FormatUnsupported, "format-unsupported", "%1: format %2 is not supported (this build reads %3)"},
    {Code::ModelImpossible, "model-impossible", "%1: the model cannot be built: %2"},
    {Code::LockHeld, "lock-held", "%1 is being trained by pid %2 on %3: wait for it to finish, or stop it there"},
    {Code::LockNotTaken, "lock-not-taken", "Cannot take the lock %1"},
    {Code::CheckpointName, "checkpoint-name", "checkpoint must be \"latest\" or an epoch number from 1, not \"%1\""},
    {Code::NoCheckpointYet, "no-checkpoint-yet", "%1 has no checkpoint %2 yet: train it first"},
    {Code::NoSuchCheckpoint, "no-such-checkpoint", "%1 has no checkpoint %2 yet (epochs saved: %3)"},
    {Code::CorpusChanged, "corpus-changed",
     "The corpus at %1 changed since this run started (%2 documents, %3 bytes then; %4 and %5 now): resuming would "
     "train on other text. Start a new run instead."},
    {Code::VocabularyAltered, "vocabulary-altered", "%1 holds %2 tokens, run.json says %3: the run folder was altered"},
    {Code::NoCheckpointLoaded, "no-checkpoint-loaded", "No checkpoint is loaded: choose a run that has been trained."},
    {Code::AlreadyTraining, "already-training", "A run is already training (%1): stop it first."},
    {Code::DeviceBusy, "device-busy", "Another run is training on %1: one run trains at a time per device."},
    {Code::DeleteWhileTraining, "delete-while-training",
     "%1 is being trained by pid %2 on %3: stop it before deleting it."},
    {Code::CannotDelete, "cannot-delete", "Cannot delete %1."},
    {Code::NoTrash, "no-trash", "There is no trash for %1: confirm to delete it for good."},
    {Code::StoppedAtStep, "stopped-at-step", "stopped at step %1"},
    {Code::CannotStartProcesses, "cannot-start-processes", "Cannot start the training processes %1: %2"},
    {Code::ProcessesFailed, "processes-failed", "The training processes ended with exit code %1:\n%2"},
    {Code::SampleSetCutShort, "sample-set-cut-short", "%1:%2: the file ends too early (was it cut short?)"},
    {Code::NotASampleSet, "not-a-sample-set", "%1:%2: not a textgen sample set (it must start with \"%3\")"},
    {Code::SampleSetLine, "sample-set-line", "%1:%2: expected \"key: value\", found \"%3\""},
    {Code::SampleSetKeyMissing, "sample-set-key-missing", "%1:%2: the header has no \"%3\" line"},
    {Code::SampleSetCheckpoint, "sample-set-checkpoint", "%1:%2: \"checkpoint\" must read \"epoch N, step N\""},
    {Code::SampleSetNumber, "sample-set-number", "%1:%2: \"%3\" is not a number"},
    {Code::SampleSetHeading, "sample-set-heading", "%1:%2: expected the heading of sample %3, found \"%4\""},
    {Code::SampleSetHeadingNumber, "sample-set-heading-number",
     "%1:%2: a number in the heading of sample %3 cannot be read"},
    {Code::SampleSetChain, "sample-set-chain",
     "%1:%2: the chain of sample %3, \"%4\", names a step this version does not know"},
    {Code::SampleSetForced, "sample-set-forced", "%1:%2: \"forced:\" takes step=id pairs, found \"%3\""},
    {Code::SampleSetText, "sample-set-text", "%1:%2: sample %3 should hold %4 bytes followed by a line break"},
    {Code::SampleSetBlank, "sample-set-blank", "%1:%2: expected a blank line after sample %3"},
    {Code::SampleSetJson, "sample-set-json", "%1:%2: the line is not a JSON object (%3)"},
    {Code::SampleSetTableRow, "sample-set-table-row", "%1:%2: the row has %3 cells where the table has %4"},
    {Code::NotABranchTree, "not-a-branch-tree", "%1:%2: not a textgen branch tree (it must start with \"%3\")"},
    {Code::BranchTreeLine, "branch-tree-line", "%1:%2: expected a branch or one of its fields, found \"%3\""},
    {Code::BranchTreeNode, "branch-tree-node", "%1:%2: branch %3 has no parent before it, or its number is taken"},
    {Code::BranchTreeSampler, "branch-tree-sampler", "%1:%2: the sampler of branch %3 cannot be read"},
}};

constexpr bool inOrder()
{
    for (int i = 0; i < Problem::kCodeCount; ++i)
        if (static_cast<int>(kWords[static_cast<std::size_t>(i)].code) != i)
            return false;
    return true;
}
static_assert(inOrder(), "kWords lists every Problem::Code once, in the enum's order");

} // namespace

QStringList qStringList(const std::vector<std::string>& values)
{
    QStringList list;
    for (const std::string& value : values)
        list << QString::fromStdString(value);
    return list;
}

Problem Problem::withSystemError(const QString& text, int error) &&
{
    systemText = text;
    // Qt words a failed call with the system's strerror: then errno still names it, and a window can word it.
    systemError = error != 0 && text == QString::fromLocal8Bit(std::strerror(error)) ? error : 0;
    return std::move(*this);
}

Problem Problem::withSystemError(int error) &&
{
    return std::move(*this).withSystemError(QString::fromLocal8Bit(std::strerror(error)), error);
}

QString Problem::english() const
{
    if (code == Code::Engine)
        return QString::fromStdString(englishText(engine));
    std::vector<std::string> parts;
    for (const QString& value : values)
        parts.push_back(value.toStdString());
    QString text = QString::fromStdString(fillPlaceholders(kWords[static_cast<std::size_t>(code)].english, parts));
    if (!systemText.isEmpty())
        text += QStringLiteral(": ") + systemText;
    return text;
}

Problem Problem::engineFault(Fault fault)
{
    Problem problem(Code::Engine, qStringList(fault.values));
    problem.systemError = fault.systemError;
    if (fault.systemError != 0)
        problem.systemText = QString::fromLocal8Bit(std::strerror(fault.systemError));
    problem.engine = std::move(fault);
    return problem;
}

Problem Problem::impossibleModel(const QString& origin, const ModelConfig& config)
{
    const ConfigProblem problem = checkConfig(config);
    return Problem(Code::ModelImpossible,
                   {origin, QString::fromStdString(validateConfig(config)),
                    QString::number(static_cast<int>(problem.code)), QString::number(problem.value),
                    QString::number(problem.heads)});
}

Problem Problem::from(const std::exception& error)
{
    if (const auto* run = dynamic_cast<const RunError*>(&error))
        return run->problem();
    if (const auto* engine = dynamic_cast<const EngineError*>(&error))
        return engineFault(engine->fault());
    return Problem(Code::Unexpected, {QString::fromUtf8(error.what())});
}

const char* Problem::codeName(Code code)
{
    return kWords[static_cast<std::size_t>(code)].name;
}

QJsonObject Problem::toJson() const
{
    if (code == Code::None)
        return {};
    QJsonObject json;
    if (code == Code::Engine)
        json[QStringLiteral("engine")] = QString::fromUtf8(faultCodeName(engine.code));
    else
        json[QStringLiteral("code")] = QString::fromUtf8(codeName(code));
    json[QStringLiteral("values")] = QJsonArray::fromStringList(values);
    if (systemError != 0)
        json[QStringLiteral("system_error")] = systemError;
    if (!systemText.isEmpty())
        json[QStringLiteral("system_text")] = systemText;
    return json;
}

Problem Problem::fromJson(const QJsonObject& json)
{
    QStringList values;
    for (const QJsonValue& value : json.value(QStringLiteral("values")).toArray())
        values << value.toString();
    Problem problem;
    if (json.contains(QStringLiteral("engine"))) {
        Fault fault;
        if (!faultCodeFromName(json.value(QStringLiteral("engine")).toString().toStdString(), fault.code))
            return {};
        for (const QString& value : values)
            fault.values.push_back(value.toStdString());
        fault.systemError = json.value(QStringLiteral("system_error")).toInt();
        problem = engineFault(std::move(fault));
    } else {
        const QString name = json.value(QStringLiteral("code")).toString();
        const auto found = std::find_if(kWords.begin(), kWords.end(),
                                        [&](const ProblemWords& w) { return name == QLatin1String(w.name); });
        if (found == kWords.end() || found->code == Code::Engine)
            return {};
        problem = Problem(found->code, values);
        problem.systemError = json.value(QStringLiteral("system_error")).toInt();
    }
    problem.systemText = json.value(QStringLiteral("system_text")).toString(problem.systemText);
    return problem;
}

} // namespace textgen
