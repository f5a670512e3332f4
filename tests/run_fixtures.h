// Run settings for the application layer's tests: a model small enough to train an epoch in a blink.
#pragma once

#include "run_settings.h"
#include "testdata.h"

#include <string>

namespace textgen::testing {

// A tiny run of `preset` on `corpus`: stream cutting, 16 tokens, 20% validation, on the CPU.
inline RunSettings tinyRunSettings(const QString& corpus, Preset preset = Preset::Gpt, std::int64_t epochs = 2,
                                   std::int64_t batchSize = 8)
{
    RunSettings s;
    s.corpusPath = corpus;
    s.maxTokens = 200;
    s.model = presetConfig(preset);
    s.model.embed = 32;
    s.model.heads = preset == Preset::Lstm ? 0 : 2;
    s.model.feedForward = preset == Preset::Lstm ? 0 : 64;
    s.model.layers = 1;
    s.model.sequenceLength = 16;
    s.dataset = {16, CutMode::Stream, 0.2};
    s.training = trainingDefaults(preset);
    s.training.batchSize = batchSize;
    s.training.epochs = epochs;
    s.training.device = "cpu";
    s.training.warmupSteps = 2;
    return s;
}

// A run of the seed preset at the chapter's sizes (vocabulary 15000, 100 positions, 9.8M parameters) that
// trains one step at batch 8: enough to sample, since generating costs the same however trained the model is.
inline RunSettings oneStepSeedSettings(const QString& name, const QString& corpus)
{
    RunSettings settings;
    settings.name = name;
    settings.corpusPath = corpus;
    settings.model = presetConfig(Preset::Seed);
    settings.training = trainingDefaults(Preset::Seed);
    settings.training.batchSize = 8;
    settings.training.maxSteps = 1;
    settings.training.device = "cpu";
    settings.epochSamples.enabled = false;
    return settings;
}

// The GUI tests' corpus: 300 short movie sentences of 15 words each in a fortune file under `root`/corpus;
// returns that folder.
inline QString writeMovieSentences(const QString& root)
{
    std::string text;
    for (int i = 0; i < 300; ++i)
        text += "the movie was good and the acting was great but the story was thin " + std::to_string(i) + "\n%\n";
    writeFile(root, QStringLiteral("corpus/fortunes"), text);
    return QDir(root).filePath(QStringLiteral("corpus"));
}

} // namespace textgen::testing
