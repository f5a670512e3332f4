// Loading a run's model from one of its checkpoints.
#include "run_model.h"

#include <QDir>
#include <QFile>

#include "trainer.h"

namespace textgen {

QString checkpointPathFor(const RunDirectory& run, const QString& which)
{
    if (which.isEmpty() || which == QLatin1String("latest"))
        return run.latestCheckpointPath();
    bool ok = false;
    const qint64 epoch = which.toLongLong(&ok);
    if (!ok || epoch < 1)
        throw RunError({Problem::Code::CheckpointName, {which}});
    return run.epochCheckpointPath(epoch);
}

SampleSet sampleSetHeader(const RunDirectory& run, qint64 epoch, qint64 step, const QString& checkpointPath,
                          const QString& prompt, int length)
{
    const RunSettings& settings = run.settings();
    SampleSet set;
    set.runName = settings.name;
    set.runPath = run.path();
    set.checkpointEpoch = epoch;
    set.checkpointStep = step;
    set.checkpointFile = QDir(run.path()).relativeFilePath(checkpointPath);
    set.model = QString::fromStdString(describeConfig(settings.model));
    set.tokenizer = QString::fromUtf8(tokenizerName(settings.tokenizer).data());
    set.prompt = prompt;
    set.length = length;
    set.date = QDateTime::currentDateTimeUtc();
    return set;
}

RunModel loadRunModel(const RunDirectory& run, const QString& which, const std::string& device,
                      std::shared_ptr<LanguageModel> reuse)
{
    RunModel loaded;
    loaded.checkpointPath = checkpointPathFor(run, which);
    if (!QFile::exists(loaded.checkpointPath)) {
        QStringList epochs;
        for (const qint64 epoch : run.checkpointEpochs())
            epochs << QString::number(epoch);
        const QString asked = which.isEmpty() ? QStringLiteral("latest") : which;
        throw RunError(epochs.isEmpty() ? Problem(Problem::Code::NoCheckpointYet, {run.path(), asked})
                                        : Problem(Problem::Code::NoSuchCheckpoint,
                                                  {run.path(), asked, epochs.join(QStringLiteral(", "))}));
    }
    try {
        loaded.vocabulary = std::make_shared<Vocabulary>(
            Vocabulary::load(run.vocabularyPath().toStdString(), run.settings().tokenizer));
    } catch (const std::exception& error) {
        throw RunError(Problem::from(error));
    }
    loaded.model
        = loadModel(loaded.checkpointPath.toStdString(), run.settings().model, loaded.vocabulary->fingerprint(),
                    resolveDevice(device), &loaded.checkpoint, std::move(reuse));
    return loaded;
}

} // namespace textgen
