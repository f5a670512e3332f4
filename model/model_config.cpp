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

ModelConfig presetConfig(Preset preset)
{
    ModelConfig config;
    config.preset = preset;
    switch (preset) {
    case Preset::Seed:
        break;
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

std::string validateConfig(const ModelConfig& config)
{
    std::ostringstream problem;
    if (config.vocabSize < 3)
        problem << "vocabulary " << config.vocabSize << " is too small: padding and [UNK] take two tokens";
    else if (config.sequenceLength < 2)
        problem << "sequence length " << config.sequenceLength << " is too short: a sequence needs an input and a target";
    else if (config.embed < 1)
        problem << "embedding " << config.embed << " must be at least 1";
    else if (config.layers < 1)
        problem << "layers " << config.layers << " must be at least 1";
    else if (!(config.dropout >= 0.0 && config.dropout < 1.0))
        problem << "dropout " << config.dropout << " must be in [0, 1)";
    else if (config.preset != Preset::Lstm) {
        if (config.heads < 1)
            problem << "heads " << config.heads << " must be at least 1";
        else if (config.feedForward < 1)
            problem << "feed-forward " << config.feedForward << " must be at least 1";
        else if (config.preset == Preset::Gpt && config.embed % config.heads != 0)
            problem << "embedding " << config.embed << " is not divisible by " << config.heads << " heads";
    }
    return problem.str();
}

std::string describeConfig(const ModelConfig& config)
{
    std::ostringstream text;
    text << presetName(config.preset) << ": vocab " << config.vocabSize << ", seq " << config.sequenceLength
         << ", embed " << config.embed;
    if (config.preset != Preset::Lstm)
        text << ", " << config.heads << " heads, ff " << config.feedForward;
    text << ", " << config.layers << (config.layers == 1 ? " layer" : " layers") << ", dropout " << config.dropout;
    return text.str();
}

} // namespace textgen
