// Run settings for the application layer's tests: a model small enough to train an epoch in a blink.
#pragma once

#include "run_settings.h"

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

} // namespace textgen::testing
