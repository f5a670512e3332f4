// Small models and corpora for the engine's tests: big enough to be real, small enough to train in seconds.
#pragma once

#include <QTest>

#include <string>
#include <vector>

#include "lm_dataset.h"
#include "model_config.h"
#include "trainer.h"

Q_DECLARE_METATYPE(textgen::Preset)

namespace textgen::testing {

// A data column "preset" with one row per preset, for tests that every preset must pass.
inline void addPresetRows()
{
    QTest::addColumn<Preset>("preset");
    QTest::newRow("seed") << Preset::Seed;
    QTest::newRow("gpt") << Preset::Gpt;
    QTest::newRow("lstm") << Preset::Lstm;
}

inline ModelConfig tinyConfig(Preset preset, std::int64_t vocabSize = 40, std::int64_t sequenceLength = 12)
{
    ModelConfig config = presetConfig(preset);
    config.vocabSize = vocabSize;
    config.sequenceLength = sequenceLength;
    config.embed = 32;
    config.heads = preset == Preset::Lstm ? 0 : 2;
    config.feedForward = preset == Preset::Lstm ? 0 : 64;
    config.layers = 2;
    return config;
}

// A corpus in which every word determines the next: "w2 w3 ... w21 w2 w3 ...", in several documents.
inline std::vector<std::string> cyclicCorpus(int documents = 8, int words = 20, int length = 60)
{
    std::vector<std::string> corpus;
    for (int d = 0; d < documents; ++d) {
        std::string text;
        for (int i = 0; i < length; ++i)
            text += "w" + std::to_string(2 + (d + i) % words) + " ";
        corpus.push_back(text);
    }
    return corpus;
}

inline TrainingOptions quickOptions(Preset preset, std::int64_t epochs = 1)
{
    TrainingOptions options = trainingDefaults(preset);
    options.batchSize = 8;
    options.epochs = epochs;
    options.device = "cpu";
    options.warmupSteps = 5;
    options.seed = 7;
    return options;
}

// The small GPT that the IMDB tests train for 200 steps: 64 wide, 2 layers, 33 positions, 5000 words.
inline ModelConfig imdbSmallConfig()
{
    ModelConfig config = presetConfig(Preset::Gpt);
    config.vocabSize = 5000;
    config.sequenceLength = 33;
    config.embed = 64;
    config.heads = 2;
    config.feedForward = 128;
    config.layers = 2;
    config.dropout = 0.0;
    return config;
}

inline TrainingOptions imdbSmallOptions()
{
    TrainingOptions options = trainingDefaults(Preset::Gpt);
    options.batchSize = 64;
    options.maxSteps = 200;
    options.epochs = 1;
    options.warmupSteps = 20;
    options.learningRate = 5e-3;
    return options;
}

} // namespace textgen::testing
