// The sampler: a chain of small pure steps over one array of candidates (llama.cpp's shape): suppress the
// special tokens, temperature, top-k, top-p, then pick by inverse CDF with a given uniform number (common
// random numbers: the same u with another temperature changes the pick only through the distribution).
// Not the model and not the loop: generator.h calls these once per column and step.
#pragma once

#include "fault.h"

#include <cstdint>
#include <string>
#include <vector>

namespace textgen {

struct SamplerSettings {
    double temperature = 1.0;    // <= 0: greedy (argmax)
    int topK = 0;                // <= 0: no cut
    double topP = 1.0;           // >= 1: no cut; 0 keeps only the most probable token
    bool suppressSpecials = true; // padding (0) and [UNK] (1) are never drawn unless this is false
    std::uint64_t seed = 0;      // the column's stream of uniform numbers

    bool operator==(const SamplerSettings& o) const
    {
        return temperature == o.temperature && topK == o.topK && topP == o.topP && suppressSpecials == o.suppressSpecials
            && seed == o.seed;
    }
};

// FaultCode::None when the settings can be used; else what is wrong (TemperatureInvalid with "nan").
Fault checkSampler(const SamplerSettings& settings);

// One step's candidates: every token of the vocabulary, indexed by id.
struct Candidates {
    std::vector<float> logits;        // as the chain saw them: the model's, with the specials at -inf if suppressed
    std::vector<float> probabilities; // after the chain (sums to 1 over the kept tokens, 0 elsewhere)
    bool greedy = false;
    double entropyBits = 0.0;         // of `probabilities`
};

// The chain's steps. Each is a pure function of its input; probabilities are computed in log space with the
// maximum subtracted, so temperature 0.05 neither overflows nor underflows.
void suppressSpecials(std::vector<float>& logits);                   // logits[0], logits[1] = -inf
std::vector<float> softmaxWithTemperature(const std::vector<float>& logits, double temperature); // <= 0: one-hot argmax
void keepTopK(std::vector<float>& probabilities, int k);             // renormalised; ties kept in id order
void keepTopP(std::vector<float>& probabilities, double p);          // smallest set whose mass reaches p
// The first id whose cumulative probability (in id order) reaches u in [0, 1).
std::int32_t pickInverseCdf(const std::vector<float>& probabilities, double u);

// The whole chain: candidates after suppression, temperature, top-k and top-p.
Candidates applyChain(const float* logits, std::size_t vocabularySize, const SamplerSettings& settings);

// log(sum(exp(logits))), computed stably: softmax(logits)[i] = exp(logits[i] - logSumExp(logits)).
double logSumExp(const std::vector<float>& logits);

// Entropy in bits of a distribution (0 log 0 = 0).
double entropyBits(const std::vector<float>& probabilities);
// The same for a distribution that is softmax(logits / temperature) restricted to the tokens with probability
// > 0, without a logarithm per token: H = -sum p (l - max) / T - log p_max.
double entropyBitsOfSoftmax(const std::vector<float>& probabilities, const std::vector<float>& logits, double temperature);

// The ids of the n most probable tokens, most probable first (ties by id).
std::vector<std::int32_t> topIds(const std::vector<float>& probabilities, std::size_t n);

} // namespace textgen
