// A run's trained model, ready to generate: its vocabulary, the weights of one of its checkpoints, and
// what that checkpoint is (epoch, step). Shared by `textgen sample`, `textgen eval` and the studio.
#pragma once

#include <QString>

#include <memory>

#include "checkpoint.h"
#include "run_directory.h"
#include "sample_set.h"
#include "vocabulary.h"

namespace textgen {

class LanguageModel;

struct RunModel {
    std::shared_ptr<Vocabulary> vocabulary;
    std::shared_ptr<LanguageModel> model;
    CheckpointHeader checkpoint;
    QString checkpointPath;
};

// The header of a sample set drawn from `run` at a checkpoint (epoch, step, file), dated now; no samples yet.
SampleSet sampleSetHeader(const RunDirectory& run, qint64 epoch, qint64 step, const QString& checkpointPath,
                          const QString& prompt, int length);

// `which` is "latest" or an epoch number (from 1). Throws RunError or CheckpointError with a reason.
QString checkpointPathFor(const RunDirectory& run, const QString& which);
// `reuse`: a model of this run's sizes to read the weights into (see loadModel).
RunModel loadRunModel(const RunDirectory& run, const QString& which, const std::string& device = "cpu",
                      std::shared_ptr<LanguageModel> reuse = nullptr);

} // namespace textgen
