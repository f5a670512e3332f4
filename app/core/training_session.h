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
    //
    // In a data-parallel job (`group`), every rank builds the same vocabulary, dataset and model and trains
    // its share of each batch; rank 0 alone writes the run folder, and records the job's size in run.json.
    static std::unique_ptr<TrainingSession> create(const QString& runPath, RunSettings settings,
                                                   const SessionEvents& events,
                                                   std::shared_ptr<ProcessGroup> group = nullptr);
    // Writes a run folder at `runPath` with `settings` only, for another process to train: `textgen train
    // --resume`, maybe with --nproc, as the studio's processes do. Nothing is read yet: the corpus, its
    // fingerprint and the vocabulary are taken when the run first starts. Throws RunError.
    static void prepare(const QString& runPath, RunSettings settings);
    // The run at `runPath`, from its latest checkpoint (metrics after it are dropped); refuses a corpus that
    // changed since the run started.
    // With another number of processes than before, the global batch stays the run's.
    static std::unique_ptr<TrainingSession> resume(const QString& runPath, const ResumeOverrides& overrides,
                                                   const SessionEvents& events,
                                                   std::shared_ptr<ProcessGroup> group = nullptr);

    // Trains to the run's totals, or until events.shouldStop(): then it saves a checkpoint and the run is
    // "stopped". A failure marks the run "failed" with the reason, keeps the last good checkpoint, and rethrows.
    void train();

    RunDirectory& run() { return run_; }
    Trainer& trainer() { return *trainer_; }
    const Vocabulary& vocabulary() const { return vocabulary_; }
    bool stoppedEarly() const { return stoppedEarly_; }

private:
    TrainingSession(RunDirectory run, Vocabulary vocabulary, SessionEvents events, std::shared_ptr<ProcessGroup> group);
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
    std::shared_ptr<ProcessGroup> group_;
    bool writes_ = true; // false on the ranks other than 0 of a data-parallel job: they write nothing
    double elapsedOffset_ = 0.0;
    bool stoppedEarly_ = false;
};

// Reads the corpus of a run (or any corpus) as the run reads it, reporting progress through `events`.
Corpus readRunCorpus(const QString& path, CorpusFormat format, const SessionEvents& events);

} // namespace textgen
