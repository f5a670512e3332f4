// Looking inside one step of sampling, from its stored logits: how entropy moves with temperature, what each
// step of the chain does to the chosen token and its rivals, and what 1,000 draws from the chain give
// against the probabilities it claims (Pearson's chi-square). Numbers only: the views draw them.
#pragma once

#include <cstdint>
#include <string>
#include <optional>
#include <vector>

#include "sampler.h"

namespace textgen {

// `count` evenly spaced temperatures from `from` to `to`, both included.
std::vector<double> temperatureGrid(double from, double to, int count);

// The entropy in bits of softmax(logits / T) for each T (specials dropped first when asked, as the chain
// drops them): the model's own distribution at that temperature, before any cut. T <= 0 is greedy: 0 bits
// (log2 of the number of tied maxima). All temperatures in one batched pass.
std::vector<double> entropyCurve(const float* logits, std::size_t vocabularySize,
                                 const std::vector<double>& temperatures, bool suppressSpecials = true);

// One stage of the chain for the inspected step: the raw logits at T = 1, then the array after each step.
struct PipelineStage {
    std::string name; // "model (T = 1)", then each step's name and value (for logs)
    // What the stage is, for a view to word it: the model's own distribution, the specials removed, or a
    // step of the chain (with the settings' value for it).
    enum class Kind { Model, SuppressSpecials, Step } kind = Kind::Model;
    std::optional<SamplerStepKind> step;     // set for Kind::Step
    std::size_t kept = 0;                    // candidates left
    int chosenRank = 0;                      // 1 is the most probable; 0: the chosen token was removed here or before
    float chosenProbability = 0.0f;          // 0 when removed
    std::vector<float> watchedProbabilities; // per watched token; 0 when removed (the view greys it)
};

// The stages for `settings` at a step whose context (prompt and tokens before it) is `context`, following
// `chosen` and the `watched` tokens (the chart's candidates).
std::vector<PipelineStage> tracePipeline(const float* logits, std::size_t vocabularySize,
                                         const SamplerSettings& settings, const std::vector<std::int32_t>& context,
                                         std::int32_t chosen, const std::vector<std::int32_t>& watched);

struct ChiSquare {
    double statistic = 0.0;
    int degreesOfFreedom = 0;
    double pValue = 1.0;
};

// Pearson's test of observed counts against probabilities (summing to 1): bins whose expected count is
// below 5 are pooled into one, and a pooled bin still below 5 joins the smallest other bin.
ChiSquare chiSquareTest(const std::vector<int>& counts, const std::vector<double>& probabilities);

// Q(a, x), the regularised upper incomplete gamma function: the chi-square tail is Q(k / 2, x / 2).
double upperIncompleteGamma(double a, double x);

// `draws` draws of one step through its chain: the narrowing steps once (they draw nothing), then the pick
// `draws` times from one stream seeded with `seed`.
struct DrawCounts {
    std::vector<std::int32_t> ids;     // the candidates the chain keeps, in id order
    std::vector<double> probabilities; // the chain's probability of each
    std::vector<int> counts;           // how often each was drawn
    int draws = 0;
    ChiSquare test;
    int countOf(std::int32_t id) const;
};
DrawCounts drawRepeatedly(const float* logits, std::size_t vocabularySize, const SamplerSettings& settings,
                          const std::vector<std::int32_t>& context, int draws, std::uint64_t seed);

} // namespace textgen
