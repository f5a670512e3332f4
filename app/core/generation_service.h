// Generation off the UI thread, for a slider that is being dragged: the latest request wins. While one
// generation runs, a newer request replaces the one waiting, so of a burst of requests only the one in
// flight (which runs to its end) and the last are computed, and the window never waits. The model lives on the
// service's thread; results cross as plain values (no tensors).
#pragma once

#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

#include "generator.h"
#include "problem.h"

namespace textgen {

struct LoadedCheckpoint {
    QString runPath;
    QString checkpointPath;
    qint64 epoch = 0;
    qint64 step = 0;
    QString tokenizer;
    QString model;   // describeConfig()
    int threads = 1; // CPU threads generating (LibTorch's intra-op threads of the service thread)
};

using SharedGeneration = std::shared_ptr<const GenerationResult>;

class GenerationWorker;

class GenerationService : public QObject {
    Q_OBJECT

public:
    explicit GenerationService(QObject* parent = nullptr);
    ~GenerationService() override;

    // Loads the run's checkpoint ("latest" or an epoch number) on the service's thread.
    void load(const QString& runPath, const QString& checkpoint, const QString& device = QStringLiteral("cpu"));
    // Queues `request`, replacing any request still waiting; returns its id (increasing).
    qint64 request(const GenerationRequest& request);
    bool isLoaded() const { return loaded_.has_value(); }
    std::optional<LoadedCheckpoint> loaded() const { return loaded_; }
    // CPU threads generating from now on (every core at first). The studio asks for one while it trains on
    // the CPU: two OpenMP teams spinning on the same cores can slow each other by orders of magnitude.
    void setThreads(int threads);
    int threads() const { return threads_; } // as last asked
    // Columns the last finished request had to generate (the rest were unchanged and reused).
    int lastGeneratedColumns() const;
    // Requests the service has run so far (those replaced while waiting are not counted).
    qint64 computedRequests() const { return computed_.load(); }

signals:
    void loadedChanged(const textgen::LoadedCheckpoint& checkpoint);
    void loadFailed(const textgen::Problem& reason);
    void generated(qint64 id, const textgen::SharedGeneration& result, double milliseconds);
    void failed(qint64 id, const textgen::Problem& reason);

private:
    friend class GenerationWorker;
    std::optional<std::pair<qint64, GenerationRequest>> takePending();

    QThread thread_;
    GenerationWorker* worker_;
    QMutex mutex_;
    std::optional<std::pair<qint64, GenerationRequest>> pending_;
    qint64 nextId_ = 1;
    std::optional<LoadedCheckpoint> loaded_;
    int threads_ = 1;
    std::atomic<qint64> computed_{0};
};

class GenerationWorker : public QObject {
    Q_OBJECT

public:
    explicit GenerationWorker(GenerationService& service) : service_(service) { }
    // How many columns the last request generated; the others were the previous result's.
    int lastGenerated() const { return lastGenerated_; }

public slots:
    void load(const QString& runPath, const QString& checkpoint, const QString& device);
    void process(); // runs the pending request, and the one that replaced it meanwhile, until none is left
    void setThreads(int threads);

signals:
    void loaded(const textgen::LoadedCheckpoint& checkpoint);
    void loadFailed(const textgen::Problem& reason);
    void generated(qint64 id, const textgen::SharedGeneration& result, double milliseconds);
    void failed(qint64 id, const textgen::Problem& reason);

private:
    GenerationResult generate(const GenerationRequest& request);

    GenerationService& service_;
    std::shared_ptr<Vocabulary> vocabulary_;
    std::unique_ptr<Generator> generator_;
    // The last request and its result: a drag of the slider changes one column of five, and a column does
    // not depend on the columns beside it (tst_generator), so the unchanged ones are taken from here.
    std::optional<GenerationRequest> lastRequest_;
    SharedGeneration lastResult_;
    int lastGenerated_ = 0;
};

} // namespace textgen

Q_DECLARE_METATYPE(textgen::LoadedCheckpoint)
Q_DECLARE_METATYPE(textgen::SharedGeneration)
