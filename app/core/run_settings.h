// Everything needed to reproduce a training run, as stored in its run.json: corpus and its fingerprint,
// tokenizer, dataset cutting, model sizes, training options, and the run's status. Qt Core only.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>
#include <stdexcept>

#include "corpus.h"
#include "lm_dataset.h"
#include "model_config.h"
#include "problem.h"
#include "sampler.h"
#include "trainer.h"

namespace textgen {

// What run.json says of a run. Stopped: its process ended before the run's totals (Ctrl-C, Stop, a full
// disk), leaving it resumable; not the live pause of a training thread (TrainingController::pause).
enum class RunStatus { Created, Running, Stopped, Finished, Failed };
QString runStatusName(RunStatus status);
std::optional<RunStatus> runStatusFromName(const QString& name);

struct CorpusFingerprint {
    qint64 bytes = 0;
    qint64 documents = 0;
    QString hash; // 16 hex digits over every document, in order
    bool operator==(const CorpusFingerprint& other) const
    {
        return bytes == other.bytes && documents == other.documents && hash == other.hash;
    }
};

CorpusFingerprint fingerprintOf(const Corpus& corpus);

// The chapter's per-epoch TextGenerator, corrected: the same prompt, temperatures and seed after every N
// epochs, saved as samples/epoch-NNNN.txt so that a person can watch the same draws turn into text.
struct EpochSampling {
    bool enabled = true;
    int everyEpochs = 1;
    QString prompt = QStringLiteral("this movie");
    std::vector<double> temperatures = kChapterTemperatures;
    int length = 50;
    quint64 seed = 42;
};

struct RunSettings {
    static constexpr int kFormatVersion = 1;
    QString name; // display name, renamable
    QString corpusPath;
    CorpusFormat corpusFormat = CorpusFormat::Auto;
    CorpusFingerprint corpus;
    TokenizerKind tokenizer = TokenizerKind::Word;
    qint64 maxTokens = 15000;
    DatasetOptions dataset;
    ModelConfig model;
    qint64 parameters = 0;
    TrainingOptions training;
    EpochSampling epochSamples;
    QString device; // the device it trains on ("cpu", "cuda:0")
    // The processes of a data-parallel job (1: one process), and how they talk ("gloo"; empty for one).
    int worldSize = 1;
    QString backend;
    QString libtorchVersion;
    RunStatus status = RunStatus::Created;
    Problem statusReason; // why it failed or stopped
    QDateTime created;
    QDateTime updated;
    qint64 step = 0;
    qint64 epoch = 0; // completed epochs
    double bestValidationLoss = qQNaN();

    QJsonObject toJson() const;
    // Throws RunError naming the field that is missing or of the wrong type.
    static RunSettings fromJson(const QJsonObject& json, const QString& origin);
};

QString libtorchVersion();

// The empty window's one-click run: a small GPT on `corpus` that learns in minutes on a laptop's CPU (5,000
// words, 32 positions, 2 blocks of 64), sampled every epoch from "the meaning of life". Unnamed.
RunSettings quickStartSettings(const QString& corpus);

} // namespace textgen
