// Preset defaults and validation of model sizes.
#include "model_config.h"

#include <cmath>
#include <sstream>

#include "enum_names.h"

namespace textgen {

namespace {
constexpr NamedValue<Preset> kPresetNames[] = {{Preset::Seed, "seed"}, {Preset::Gpt, "gpt"}, {Preset::Lstm, "lstm"}};
} // namespace

std::string_view presetName(Preset preset)
{
    return nameOf(kPresetNames, preset);
}

std::optional<Preset> presetFromName(std::string_view name)
{
    return valueNamed(kPresetNames, name);
}

const PresetTraits& presetTraits(Preset preset)
{
    static const PresetTraits seed = [] {
        PresetTraits t;
        t.scored = ScoredTokens::NonPaddingInputs;
        t.optimizer = OptimizerKind::KerasRmsprop;
        t.optimizerName = "rmsprop";
        t.batchSize = 256;    // the chapter's
        t.gradientClip = 0.0; // Keras' RMSprop does not clip
        return t;
    }();
    static const PresetTraits gpt = [] {
        PresetTraits t;
        t.headsSplitEmbedding = true;
        return t;
    }();
    static const PresetTraits lstm = [] {
        PresetTraits t;
        t.attention = false;
        t.fixedContext = false;
        t.learningRate = 2e-3;
        return t;
    }();
    switch (preset) {
    case Preset::Seed: return seed;
    case Preset::Gpt: return gpt;
    case Preset::Lstm: return lstm;
    }
    return seed;
}

ModelConfig presetConfig(Preset preset)
{
    ModelConfig config;
    config.preset = preset;
    switch (preset) {
    case Preset::Seed: break;
    case Preset::Gpt:
        config.heads = 4;
        config.feedForward = 1024;
        config.layers = 4;
        config.dropout = 0.1;
        break;
    case Preset::Lstm:
        config.embed = 512;
        config.heads = 0;
        config.feedForward = 0;
        config.layers = 2;
        config.dropout = 0.1;
        break;
    }
    return config;
}

ConfigProblem checkConfig(const ModelConfig& config)
{
    using Code = ConfigProblem::Code;
    const auto problem = [](Code code, double value, std::int64_t heads = 0) {
        return ConfigProblem{code, value, heads};
    };
    if (config.vocabSize < 3)
        return problem(Code::VocabularyTooSmall, static_cast<double>(config.vocabSize));
    if (config.sequenceLength < 2)
        return problem(Code::SequenceTooShort, static_cast<double>(config.sequenceLength));
    if (config.embed < 1)
        return problem(Code::EmbeddingTooSmall, static_cast<double>(config.embed));
    if (config.layers < 1)
        return problem(Code::TooFewLayers, static_cast<double>(config.layers));
    if (!(config.dropout >= 0.0 && config.dropout < 1.0))
        return problem(Code::DropoutOutOfRange, config.dropout);
    const PresetTraits& traits = presetTraits(config.preset);
    if (traits.attention) {
        if (config.heads < 1)
            return problem(Code::TooFewHeads, static_cast<double>(config.heads));
        if (config.feedForward < 1)
            return problem(Code::FeedForwardTooSmall, static_cast<double>(config.feedForward));
        if (traits.headsSplitEmbedding && config.embed % config.heads != 0)
            return problem(Code::EmbeddingNotDivisible, static_cast<double>(config.embed), config.heads);
    }
    return {};
}

std::string validateConfig(const ModelConfig& config)
{
    const ConfigProblem found = checkConfig(config);
    std::ostringstream problem;
    const auto size = static_cast<long long>(found.value);
    switch (found.code) {
    case ConfigProblem::Code::None: break;
    case ConfigProblem::Code::VocabularyTooSmall:
        problem << "vocabulary " << size << " is too small: padding and [UNK] take two tokens";
        break;
    case ConfigProblem::Code::SequenceTooShort:
        problem << "sequence length " << size << " is too short: a sequence needs an input and a target";
        break;
    case ConfigProblem::Code::EmbeddingTooSmall: problem << "embedding " << size << " must be at least 1"; break;
    case ConfigProblem::Code::TooFewLayers: problem << "layers " << size << " must be at least 1"; break;
    case ConfigProblem::Code::DropoutOutOfRange: problem << "dropout " << found.value << " must be in [0, 1)"; break;
    case ConfigProblem::Code::TooFewHeads: problem << "heads " << size << " must be at least 1"; break;
    case ConfigProblem::Code::FeedForwardTooSmall: problem << "feed-forward " << size << " must be at least 1"; break;
    case ConfigProblem::Code::EmbeddingNotDivisible:
        problem << "embedding " << size << " is not divisible by " << found.heads << " heads";
        break;
    }
    return problem.str();
}

std::string describeConfig(const ModelConfig& config)
{
    std::ostringstream text;
    text << presetName(config.preset) << ": vocab " << config.vocabSize << ", seq " << config.sequenceLength
         << ", embed " << config.embed;
    if (presetTraits(config.preset).attention)
        text << ", " << config.heads << " heads, ff " << config.feedForward;
    text << ", " << config.layers << (config.layers == 1 ? " layer" : " layers") << ", dropout " << config.dropout;
    return text.str();
}

} // namespace textgen
