// A training run from corpus to checkpoints: reads the corpus, builds or reloads the vocabulary and dataset,
// trains with the engine's Trainer, and keeps the run folder (run.json, metrics.csv, checkpoints) true at
// every moment. Shared by `textgen train` and the studio's training thread. Qt Core only; no threads here.
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <memory>

#include "run_directory.h"
#include "run_lock.h"
#include "trainer.h"
#include "vocabulary.h"

namespace textgen {

// What a session is doing before its first step: a code, which each front end puts into words (the CLI in
// English with stageName, the studio in the reader's language).
enum class SessionStage { ReadingCorpus, BuildingVocabulary, LoadingCheckpoint, EncodingCorpus, BuildingModel };
QString stageName(SessionStage stage); // "reading the corpus", ...

struct SessionEvents {
    std::function<void(SessionStage stage)> stage;
    std::function<bool(const CorpusProgress&)> corpusProgress;
    std::function<void(const TrainingProgress&)> step;
    std::function<void(const EpochReport&)> epoch;
    std::function<bool()> shouldStop; // polled before every step
    // After an epoch's samples: the file written, or why none could be (training goes on either way).
    std::function<void(const QString& path, const Problem& error)> epochSamples;
};

// What a resume may change: the run's new totals and where it trains.
struct ResumeOverrides {
    std::optional<std::int64_t> epochs;
    std::optional<std::int64_t> maxSteps;
    std::optional<std::string> device;
    std::optional<int> threads;
};

class TrainingSession {
public:
    // A new run at `runPath` with `settings` (corpus, tokenizer, dataset, model, training); the vocabulary
    // size becomes what the corpus yields, at most settings.maxTokens.
    static std::unique_ptr<TrainingSession> create(const QString& runPath, RunSettings settings,
                                                   const SessionEvents& events);
    // The run at `runPath`, from its latest checkpoint (metrics after it are dropped); refuses a corpus that
    // changed since the run started.
    static std::unique_ptr<TrainingSession> resume(const QString& runPath, const ResumeOverrides& overrides,
                                                   const SessionEvents& events);

    // Trains to the run's totals, or until events.shouldStop(): then it saves a checkpoint and the run is
    // "stopped". A failure marks the run "failed" with the reason, keeps the last good checkpoint, and rethrows.
    void train();

    RunDirectory& run() { return run_; }
    Trainer& trainer() { return *trainer_; }
    const Vocabulary& vocabulary() const { return vocabulary_; }
    bool stoppedEarly() const { return stoppedEarly_; }

private:
    TrainingSession(RunDirectory run, Vocabulary vocabulary, SessionEvents events);
    void buildTrainer(const std::vector<std::string>& documents);
    void saveLatest(double validationLoss);
    void writeEpochSamples(std::int64_t epoch);
    void fail(const Problem& reason);

    RunDirectory run_;
    std::unique_ptr<RunLock> lock_;
    Vocabulary vocabulary_;
    SessionEvents events_;
    LmDataset data_;
    std::unique_ptr<Trainer> trainer_;
    double elapsedOffset_ = 0.0;
    bool stoppedEarly_ = false;
};

// Reads the corpus of a run (or any corpus) as the run reads it, reporting progress through `events`.
Corpus readRunCorpus(const QString& path, CorpusFormat format, const SessionEvents& events);

} // namespace textgen
