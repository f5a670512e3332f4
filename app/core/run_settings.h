// Everything needed to reproduce a training run, as stored in its run.json: corpus and its fingerprint,
// tokenizer, dataset cutting, model sizes, training options, and the run's status. Qt Core only.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <stdexcept>

#include "corpus.h"
#include "lm_dataset.h"
#include "model_config.h"
#include "trainer.h"

namespace textgen {

class RunError : public std::runtime_error {
public:
    explicit RunError(const QString& message) : std::runtime_error(message.toStdString()) {}
};

enum class RunStatus { Created, Running, Paused, Finished, Failed };
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

struct RunSettings {
    static constexpr int kFormatVersion = 1;
    QString name;                       // display name, renamable
    QString corpusPath;
    CorpusFormat corpusFormat = CorpusFormat::Auto;
    CorpusFingerprint corpus;
    TokenizerKind tokenizer = TokenizerKind::Word;
    qint64 maxTokens = 15000;
    DatasetOptions dataset;
    ModelConfig model;
    qint64 parameters = 0;
    TrainingOptions training;
    QString device;                     // the device it trains on ("cpu", "cuda:0")
    QString libtorchVersion;
    RunStatus status = RunStatus::Created;
    QString statusReason;               // why it failed or stopped
    QDateTime created;
    QDateTime updated;
    qint64 step = 0;
    qint64 epoch = 0;                   // completed epochs
    double bestValidationLoss = qQNaN();

    QJsonObject toJson() const;
    // Throws RunError naming the field that is missing or of the wrong type.
    static RunSettings fromJson(const QJsonObject& json, const QString& origin);
};

QString libtorchVersion();

} // namespace textgen
