// The sampler chain's array and steps.
#include "sampler.h"

#include "vector_math.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <numeric>
#include <sstream>

namespace textgen {

namespace {

// Orders positions by value descending, ties by id ascending (no ids: the position is the id).
// A NaN ranks after every number, so that this stays an ordering std::partial_sort may use.
struct Larger {
    const float* value;
    const std::int32_t* id;
    bool operator()(std::size_t a, std::size_t b) const
    {
        const float x = value[a], y = value[b];
        const bool xIsNaN = x != x, yIsNaN = y != y;
        if (xIsNaN != yIsNaN)
            return yIsNaN;
        if (!xIsNaN && x != y)
            return x > y;
        return id ? id[a] < id[b] : a < b;
    }
};

// The positions of the n largest values in order, ties by id. In two passes, the first vectorised:
// - Every group of 256 values is read as 16 columns of 16 (position 16 r + j is row r, column j), and each
//   column's maximum is a lane of a vector maximum, so no maximum is horizontal. Each column is a block.
// - The n-th largest block maximum t bounds the n-th largest value from below (n blocks each hold a value
//   >= t), so every value that can rank is >= t and sits in a block whose maximum is >= t: usually n blocks
//   of 16. Those values are ordered.
// A heap over every value, rejecting runs by their maximum, took 8 us of a 39 us sample on a Zen 5 EPYC: the
// first thousand values beat the worst kept too often for runs to be passed over.
__attribute__((target_clones("avx512f", "avx2", "default"))) std::vector<std::size_t>
orderOfLargest(const float* value, const std::int32_t* id, std::size_t size, std::size_t n)
{
    if (n == 0 || size == 0)
        return {};
    const Larger better{value, id};
    constexpr std::size_t kLanes = 16, kGroup = kLanes * kLanes;
    const std::size_t groups = size / kGroup, tail = groups * kGroup;
    std::vector<float> blockMaximum(groups * kLanes + (size - tail));
    for (std::size_t g = 0; g < groups; ++g) {
        float lane[kLanes];
        for (std::size_t j = 0; j < kLanes; ++j)
            lane[j] = -std::numeric_limits<float>::infinity();
        for (std::size_t r = 0; r < kLanes; ++r)
            for (std::size_t j = 0; j < kLanes; ++j) {
                const float v = value[g * kGroup + r * kLanes + j];
                lane[j] = v > lane[j] ? v : lane[j]; // a NaN is passed over
            }
        std::copy_n(lane, kLanes, blockMaximum.begin() + static_cast<std::ptrdiff_t>(g * kLanes));
    }
    for (std::size_t i = tail; i < size; ++i) // a tail value is its own block; a NaN is passed over here too
        blockMaximum[groups * kLanes + (i - tail)]
            = value[i] == value[i] ? value[i] : -std::numeric_limits<float>::infinity();
    // The n-th largest block maximum, by a min-heap of the n largest so far: most maxima lose to its front in
    // one comparison (std::nth_element over a copy was a quarter of a sample's time).
    float bound = -std::numeric_limits<float>::infinity();
    if (n <= blockMaximum.size()) {
        std::vector<float> largest(blockMaximum.begin(), blockMaximum.begin() + static_cast<std::ptrdiff_t>(n));
        std::make_heap(largest.begin(), largest.end(), std::greater<float>());
        for (std::size_t block = n; block < blockMaximum.size(); ++block)
            if (blockMaximum[block] > largest.front()) {
                std::pop_heap(largest.begin(), largest.end(), std::greater<float>());
                largest.back() = blockMaximum[block];
                std::push_heap(largest.begin(), largest.end(), std::greater<float>());
            }
        bound = largest.front();
    }
    std::vector<std::size_t> pool;
    for (std::size_t block = 0; block < blockMaximum.size(); ++block) {
        if (!(blockMaximum[block] >= bound))
            continue;
        if (block >= groups * kLanes) { // a tail value, its own block
            pool.push_back(tail + (block - groups * kLanes));
            continue;
        }
        const std::size_t first = block / kLanes * kGroup + block % kLanes;
        for (std::size_t r = 0; r < kLanes; ++r)
            if (value[first + r * kLanes] >= bound)
                pool.push_back(first + r * kLanes);
    }
    if (pool.size() < n) { // fewer numbers than n (NaNs are never >= the bound): every position, NaNs last
        pool.resize(size);
        std::iota(pool.begin(), pool.end(), std::size_t{0});
    }
    const std::size_t kept = std::min(n, pool.size());
    std::partial_sort(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(kept), pool.end(), better);
    pool.resize(kept);
    return pool;
}

} // namespace

std::string valueText(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

namespace {

struct StepKindName {
    SamplerStepKind kind;
    const char* name;
};
constexpr StepKindName kStepKindNames[] = {
    {SamplerStepKind::RepetitionPenalty, "repetition-penalty"},
    {SamplerStepKind::Temperature, "temperature"},
    {SamplerStepKind::TopK, "top-k"},
    {SamplerStepKind::TopP, "top-p"},
    {SamplerStepKind::MinP, "min-p"},
};

std::string stepValueText(const SamplerSettings& s, SamplerStepKind kind)
{
    switch (kind) {
    case SamplerStepKind::RepetitionPenalty:
        return valueText(s.repetitionPenalty) + " over " + std::to_string(s.repetitionWindow);
    case SamplerStepKind::Temperature: return valueText(s.temperature);
    case SamplerStepKind::TopK: return std::to_string(s.topK);
    case SamplerStepKind::TopP: return valueText(s.topP);
    case SamplerStepKind::MinP: return valueText(s.minP);
    }
    return {};
}

} // namespace

bool stepActs(const SamplerSettings& s, SamplerStepKind kind)
{
    switch (kind) {
    case SamplerStepKind::RepetitionPenalty: return s.repetitionPenalty != 1.0 && s.repetitionWindow > 0;
    case SamplerStepKind::Temperature: return true;
    case SamplerStepKind::TopK: return s.topK > 0;
    case SamplerStepKind::TopP: return s.topP < 1.0;
    case SamplerStepKind::MinP: return s.minP > 0.0;
    }
    return false;
}

const char* stepKindName(SamplerStepKind kind)
{
    for (const StepKindName& entry : kStepKindNames)
        if (entry.kind == kind)
            return entry.name;
    return "?";
}

std::optional<SamplerStepKind> stepKindFromName(const std::string& name)
{
    for (const StepKindName& entry : kStepKindNames)
        if (name == entry.name)
            return entry.kind;
    return std::nullopt;
}

std::string chainOrderText(const std::vector<SamplerStepKind>& order, const char* separator)
{
    std::string text;
    for (const SamplerStepKind kind : order)
        text += (text.empty() ? "" : separator) + std::string(stepKindName(kind));
    return text;
}

std::optional<std::vector<SamplerStepKind>> parseChainOrder(const std::string& text)
{
    std::vector<SamplerStepKind> order;
    std::string name;
    const auto flush = [&]() -> bool {
        const auto first = name.find_first_not_of(" >");
        const auto last = name.find_last_not_of(" >");
        name = first == std::string::npos ? std::string() : name.substr(first, last - first + 1);
        if (name.empty())
            return true;
        const std::optional<SamplerStepKind> kind = stepKindFromName(name);
        name.clear();
        if (!kind)
            return false;
        order.push_back(*kind);
        return true;
    };
    for (const char c : text) {
        if (c == ',' || c == '>') {
            if (!flush())
                return std::nullopt;
        } else {
            name += c;
        }
    }
    if (!flush())
        return std::nullopt;
    return order;
}

std::string describeChain(const SamplerSettings& settings)
{
    std::string text;
    for (const SamplerStepKind kind : settings.order)
        if (stepActs(settings, kind))
            text += (text.empty() ? "" : " > ") + std::string(stepKindName(kind)) + " " + stepValueText(settings, kind);
    return text;
}

Fault checkSampler(const SamplerSettings& s)
{
    if (!(s.temperature >= 0.0) || !std::isfinite(s.temperature))
        return {FaultCode::TemperatureInvalid, {valueText(s.temperature)}};
    if (!(s.topP >= 0.0 && s.topP <= 1.0))
        return {FaultCode::TopPInvalid, {valueText(s.topP)}};
    if (!(s.minP >= 0.0 && s.minP <= 1.0))
        return {FaultCode::MinPInvalid, {valueText(s.minP)}};
    if (!(s.repetitionPenalty > 0.0) || !std::isfinite(s.repetitionPenalty) || s.repetitionWindow < 0)
        return {FaultCode::RepetitionPenaltyInvalid,
                {valueText(s.repetitionPenalty), std::to_string(s.repetitionWindow)}};
    for (std::size_t i = 0; i < s.order.size(); ++i)
        if (std::find(s.order.begin(), s.order.begin() + static_cast<std::ptrdiff_t>(i), s.order[i])
            != s.order.begin() + static_cast<std::ptrdiff_t>(i))
            return {FaultCode::ChainRepeatsStep, {stepKindName(s.order[i])}};
    for (const StepKindName& entry : kStepKindNames)
        if (entry.kind != SamplerStepKind::Temperature && stepActs(s, entry.kind)
            && std::find(s.order.begin(), s.order.end(), entry.kind) == s.order.end())
            return {FaultCode::ChainLeavesOutStep, {entry.name, stepValueText(s, entry.kind)}};
    return {};
}

// --- the array ---

CandidateArray CandidateArray::fromLogits(const float* logits, std::size_t vocabularySize)
{
    CandidateArray array;
    array.assign(logits, vocabularySize);
    return array;
}

void CandidateArray::assign(const float* logits, std::size_t vocabularySize)
{
    runStart_ = 0; // writing 15,000 ids was a fifth of a sample
    logits_.assign(logits, logits + vocabularySize);
    probabilities_.clear();
    entropyNats_.reset();
    maxLogit_.reset();
    order_ = Order::Id;
    selected_ = -1;
}

std::optional<std::size_t> CandidateArray::positionOf(std::int32_t id) const
{
    if (runStart_) {
        if (id < *runStart_ || static_cast<std::size_t>(id - *runStart_) >= size())
            return std::nullopt;
        return static_cast<std::size_t>(id - *runStart_);
    }
    // In id order the ids ascend (with the specials dropped, position = id - 2): a binary search. Cut arrays are
    // short and most probable first, and callers ask for the most probable.
    const auto found = order_ == Order::Id ? std::lower_bound(ids_.begin(), ids_.end(), id)
                                           : std::find(ids_.begin(), ids_.end(), id);
    if (found == ids_.end() || *found != id)
        return std::nullopt;
    return static_cast<std::size_t>(found - ids_.begin());
}

float CandidateArray::probabilityOf(std::int32_t id) const
{
    const std::optional<std::size_t> position = positionOf(id);
    return position ? probabilities_[*position] : 0.0f;
}

void CandidateArray::ensureProbabilities()
{
    if (hasProbabilities() || empty())
        return;
    // Softmax with the maximum subtracted, in two vectorised passes: the slider regenerates hundreds of these.
    probabilities_.resize(size());
    const float maximum = maxLogit();
    float* p = probabilities_.data();
    const std::size_t n = size();
    if (!std::isfinite(maximum)) { // +infinity: the infinite ones share it; all -infinity: nothing is possible
        // (entropyNats_ stays empty: entropyBits() says 0, as for any distribution without a finite maximum)
        std::size_t infinite = 0;
        for (std::size_t i = 0; i < n; ++i)
            infinite += logits_[i] == maximum ? 1 : 0;
        for (std::size_t i = 0; i < n; ++i)
            p[i] = maximum > 0.0f && logits_[i] == maximum ? 1.0f / static_cast<float>(infinite) : 0.0f;
        return;
    }
    const ExponentialSums sums = exponentials(logits_.data(), n, maximum, p);
    scale(p, n, static_cast<float>(1.0 / sums.sum));
    entropyNats_ = std::log(sums.sum) - sums.weightedSum / sums.sum;
}

float CandidateArray::maxLogit() const
{
    if (!maxLogit_)
        maxLogit_ = maxOf(logits_.data(), size());
    return *maxLogit_;
}

void CandidateArray::scaleLogits(float factor)
{
    scale(logits_.data(), size(), factor);
    probabilities_.clear(); // the distribution changed
    entropyNats_.reset();
    // Rounding is monotonic, so a positive factor keeps the largest logit the largest: max(l) f = max(l f).
    if (maxLogit_ && factor > 0.0f)
        *maxLogit_ *= factor;
    else
        maxLogit_.reset();
}

void CandidateArray::setLogit(std::size_t i, float logit)
{
    logits_[i] = logit;
    probabilities_.clear(); // the distribution changed
    entropyNats_.reset();
    maxLogit_.reset();
}

std::vector<std::size_t> CandidateArray::mostProbable(std::size_t n) const
{
    // By logit: the same order as by probability, and the logits are always there.
    // A run's ids ascend with the positions, so ties by position are ties by id.
    return orderOfLargest(logits_.data(), runStart_ ? nullptr : ids_.data(), size(), std::min(n, size()));
}

void CandidateArray::keepPositions(const std::vector<std::size_t>& positions, Order order)
{
    // Gathered into a spare buffer, which is then swapped in: a reused array keeps both sets of capacity.
    const auto gather = [&](auto& column, auto& spare) {
        spare.resize(positions.size());
        for (std::size_t i = 0; i < positions.size(); ++i)
            spare[i] = column[positions[i]];
        column.swap(spare);
    };
    if (runStart_) {
        spareIds_.resize(positions.size());
        for (std::size_t i = 0; i < positions.size(); ++i)
            spareIds_[i] = id(positions[i]);
        ids_.swap(spareIds_);
        runStart_.reset();
    } else {
        gather(ids_, spareIds_);
    }
    gather(logits_, spareFloats_);
    maxLogit_.reset();
    if (hasProbabilities()) {
        gather(probabilities_, spareFloats_);
        renormalise();
    }
    order_ = order;
}

void CandidateArray::keepMarked(const std::vector<char>& keep)
{
    writeIds();
    std::size_t out = 0;
    for (std::size_t i = 0; i < size(); ++i) {
        if (!keep[i])
            continue;
        ids_[out] = ids_[i];
        logits_[out] = logits_[i];
        if (hasProbabilities())
            probabilities_[out] = probabilities_[i];
        ++out;
    }
    ids_.resize(out);
    logits_.resize(out);
    maxLogit_.reset();
    if (hasProbabilities()) {
        probabilities_.resize(out);
        renormalise();
    }
}

void CandidateArray::keepFromId(std::int32_t firstId)
{
    if (order_ == Order::Id) {
        // Ids ascend: the ones below firstId are a prefix.
        std::ptrdiff_t cut = 0;
        if (runStart_) {
            cut = std::clamp<std::ptrdiff_t>(firstId - *runStart_, 0, static_cast<std::ptrdiff_t>(size()));
            *runStart_ += static_cast<std::int32_t>(cut);
        } else {
            cut = std::lower_bound(ids_.begin(), ids_.end(), firstId) - ids_.begin();
            ids_.erase(ids_.begin(), ids_.begin() + cut);
        }
        logits_.erase(logits_.begin(), logits_.begin() + cut);
        if (cut > 0)
            maxLogit_.reset();
        if (hasProbabilities() && cut > 0) {
            probabilities_.erase(probabilities_.begin(), probabilities_.begin() + cut);
            renormalise();
        }
        return;
    }
    std::vector<char> keep(size());
    for (std::size_t i = 0; i < size(); ++i)
        keep[i] = ids_[i] >= firstId;
    keepMarked(keep);
}

void CandidateArray::writeIds()
{
    if (!runStart_)
        return;
    ids_.resize(size());
    std::int32_t* ids = ids_.data();
    const std::int32_t first = *runStart_;
#pragma omp simd // -O2's cost model leaves a loop with a remainder scalar unless asked
    for (std::size_t i = 0; i < size(); ++i)
        ids[i] = first + static_cast<std::int32_t>(i);
    runStart_.reset();
}

void CandidateArray::renormalise()
{
    entropyNats_.reset();
    const double total = sumOf(probabilities_.data(), probabilities_.size());
    if (total <= 0.0)
        return;
    scale(probabilities_.data(), probabilities_.size(), static_cast<float>(1.0 / total));
}

void CandidateArray::sortById()
{
    if (order_ == Order::Id)
        return;
    std::vector<std::size_t> positions(size());
    std::iota(positions.begin(), positions.end(), std::size_t{0});
    std::sort(positions.begin(), positions.end(), [&](std::size_t a, std::size_t b) { return ids_[a] < ids_[b]; });
    keepPositions(positions, Order::Id);
}

double CandidateArray::entropyBits() const
{
    const std::size_t n = size();
    if (n <= 1 || !hasProbabilities())
        return 0.0;
    if (entropyNats_)
        return std::max(0.0, *entropyNats_ / std::log(2.0));
    const float* p = probabilities_.data();
    const float* l = logits_.data();
    const float pMax = maxOf(p, n);
    const float maximum = maxLogit(); // the most probable candidate has the largest logit
    if (pMax <= 0.0f || !std::isfinite(maximum))
        return 0.0;
    float weighted = 0.0f;
#pragma omp simd reduction(+ : weighted)
    for (std::size_t i = 0; i < n; ++i)
        weighted += p[i] * (l[i] - maximum);
    const double nats = -static_cast<double>(weighted) - std::log(static_cast<double>(pMax));
    return std::max(0.0, nats / std::log(2.0));
}

// --- the steps ---

void SuppressSpecials::apply(CandidateArray& candidates)
{
    candidates.keepFromId(kFirstWordId);
}

void Temperature::apply(CandidateArray& candidates)
{
    if (candidates.empty())
        return;
    if (temperature_ <= 0.0 || !std::isfinite(candidates.maxLogit())) {
        // Greedy: the first maximum in probability order, so ties go to the lower id.
        candidates.keepPositions(candidates.mostProbable(1), CandidateArray::Order::Probability);
        return;
    }
    if (temperature_ != 1.0)
        candidates.scaleLogits(static_cast<float>(1.0 / temperature_));
}

void TopK::apply(CandidateArray& candidates)
{
    if (k_ <= 0 || static_cast<std::size_t>(k_) >= candidates.size())
        return;
    candidates.keepPositions(candidates.mostProbable(static_cast<std::size_t>(k_)), CandidateArray::Order::Probability);
}

void TopP::apply(CandidateArray& candidates)
{
    if (p_ >= 1.0 || candidates.empty())
        return;
    candidates.ensureProbabilities();
    // Most of the mass usually sits in a few hundred candidates: order those, and cut there if they reach p.
    const std::vector<std::size_t> best = candidates.mostProbable(256);
    double mass = 0.0;
    for (std::size_t keep = 0; keep < best.size(); ++keep) {
        mass += candidates.probability(best[keep]);
        if (mass >= p_ || keep + 1 == candidates.size()) {
            candidates.keepPositions({best.begin(), best.begin() + static_cast<std::ptrdiff_t>(keep + 1)},
                                     CandidateArray::Order::Probability);
            return;
        }
    }
    // A flat distribution: find the threshold instead of sorting. The largest probability t whose candidates
    // with p >= t reach p_, by bisection over the bits of positive floats (they order as integers), then the
    // candidates above t and, in id order, as many at t as the mass needs. The array keeps its order.
    const std::size_t n = candidates.size();
    std::vector<float> p(n);
    for (std::size_t i = 0; i < n; ++i)
        p[i] = candidates.probability(i);
    const auto massFrom = [&](float threshold) {
        float total = 0.0f;
#pragma omp simd reduction(+ : total)
        for (std::size_t i = 0; i < n; ++i)
            total += p[i] >= threshold ? p[i] : 0.0f;
        return static_cast<double>(total);
    };
    const auto asFloat = [](std::uint32_t bits) {
        float value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    };
    const float highest = candidates.probability(best.front());
    std::uint32_t lo = 0, hi;
    std::memcpy(&hi, &highest, sizeof hi);
    while (lo < hi) { // invariant: massFrom(lo) >= p_
        const std::uint32_t mid = lo + (hi - lo + 1) / 2;
        if (massFrom(asFloat(mid)) >= p_)
            lo = mid;
        else
            hi = mid - 1;
    }
    const float threshold = asFloat(lo);
    double kept = 0.0;
    std::vector<char> keep(n);
    std::vector<std::size_t> ties;
    for (std::size_t i = 0; i < n; ++i) {
        keep[i] = p[i] > threshold;
        if (keep[i])
            kept += p[i];
        else if (p[i] == threshold)
            ties.push_back(i);
    }
    std::sort(ties.begin(), ties.end(),
              [&](std::size_t a, std::size_t b) { return candidates.id(a) < candidates.id(b); });
    for (std::size_t i = 0; i < ties.size() && (kept < p_ || i == 0); ++i) {
        keep[ties[i]] = 1;
        kept += p[ties[i]];
    }
    candidates.keepMarked(keep);
}

void MinP::apply(CandidateArray& candidates)
{
    if (minP_ <= 0.0 || candidates.empty())
        return;
    candidates.ensureProbabilities();
    const float pMax = maxOf(candidates.probabilities(), candidates.size());
    const double threshold = minP_ * static_cast<double>(pMax);
    std::vector<char> keep(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
        keep[i] = static_cast<double>(candidates.probability(i)) >= threshold;
    candidates.keepMarked(keep);
}

void RepetitionPenalty::apply(CandidateArray& candidates)
{
    if (penalty_ == 1.0 || recent_.empty())
        return;
    std::vector<std::int32_t> distinct = recent_;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const auto penalty = static_cast<float>(penalty_);
    for (const std::int32_t id : distinct)
        if (const std::optional<std::size_t> i = candidates.positionOf(id)) {
            const float logit = candidates.logit(*i);
            candidates.setLogit(*i, logit > 0.0f ? logit / penalty : logit * penalty);
        }
}

void RepetitionPenalty::accept(std::int32_t token)
{
    if (window_ == 0)
        return;
    if (recent_.size() == window_)
        recent_.erase(recent_.begin());
    recent_.push_back(token);
}

std::int32_t InverseCdfPick::pick(CandidateArray& candidates, double u)
{
    if (candidates.empty())
        return -1;
    candidates.ensureProbabilities();
    candidates.sortById();
    // Whole blocks whose mass keeps the running sum at or below u are added at once (a vectorised sum);
    // the block where it passes u is walked one candidate at a time.
    constexpr std::size_t kBlock = 64;
    double cumulative = 0.0;
    std::size_t i = 0;
    for (; i + kBlock <= candidates.size(); i += kBlock) {
        const double block = sumOf(candidates.probabilities() + i, kBlock);
        if (cumulative + block > u)
            break;
        cumulative += block;
    }
    std::size_t taken = candidates.size() - 1; // u within rounding of 1: the last candidate
    for (; i < candidates.size(); ++i) {
        cumulative += candidates.probability(i);
        if (cumulative > u) {
            taken = i;
            break;
        }
    }
    candidates.select(candidates.id(taken));
    return candidates.selected();
}

void InverseCdfPick::apply(CandidateArray& candidates)
{
    pick(candidates, stream_.uniform()); // a draw every step, even when nothing is left to choose from
}

SamplerChain SamplerChain::narrowing(const SamplerSettings& settings, const std::vector<std::int32_t>& context)
{
    SamplerChain chain;
    if (settings.suppressSpecials)
        chain.add(std::make_unique<SuppressSpecials>());
    for (const SamplerStepKind kind : settings.order) {
        switch (kind) {
        case SamplerStepKind::RepetitionPenalty:
            if (stepActs(settings, kind))
                chain.add(std::make_unique<RepetitionPenalty>(settings.repetitionPenalty, settings.repetitionWindow));
            break;
        case SamplerStepKind::Temperature: chain.add(std::make_unique<Temperature>(settings.temperature)); break;
        case SamplerStepKind::TopK:
            if (stepActs(settings, kind))
                chain.add(std::make_unique<TopK>(settings.topK));
            break;
        case SamplerStepKind::TopP:
            if (stepActs(settings, kind))
                chain.add(std::make_unique<TopP>(settings.topP));
            break;
        case SamplerStepKind::MinP:
            if (stepActs(settings, kind))
                chain.add(std::make_unique<MinP>(settings.minP));
            break;
        }
    }
    const std::size_t window = static_cast<std::size_t>(std::max(settings.repetitionWindow, 0));
    for (std::size_t i = context.size() > window ? context.size() - window : 0; i < context.size(); ++i)
        chain.accept(context[i]);
    return chain;
}

SamplerChain SamplerChain::sampling(const SamplerSettings& settings)
{
    SamplerChain chain = narrowing(settings);
    chain.add(std::make_unique<InverseCdfPick>(settings.seed));
    return chain;
}

double SamplerChain::drawUniform()
{
    auto* pick = steps_.empty() ? nullptr : dynamic_cast<InverseCdfPick*>(steps_.back().get());
    return pick ? pick->draw() : 0.0;
}

std::optional<float> plainInverseTemperature(const SamplerSettings& settings)
{
    float tau = 1.0f; // T = 1, or no temperature step, leaves the logits as they are
    for (const SamplerStepKind kind : settings.order) {
        if (kind != SamplerStepKind::Temperature) {
            if (stepActs(settings, kind))
                return std::nullopt;
        } else if (!(settings.temperature > 0.0)) {
            return std::nullopt; // greedy is the chain's
        } else if (settings.temperature != 1.0) {
            tau = static_cast<float>(1.0 / settings.temperature); // as Temperature::apply rounds it
            if (!std::isfinite(tau) || tau == 0.0f)
                return std::nullopt;
        }
    }
    return tau;
}

SamplerChain& SamplerChain::add(std::unique_ptr<SamplerStep> step)
{
    steps_.push_back(std::move(step));
    return *this;
}

std::string SamplerChain::name() const
{
    std::string text;
    for (const auto& step : steps_)
        text += (text.empty() ? "" : " > ") + step->name();
    return text;
}

void SamplerChain::accept(std::int32_t token)
{
    for (const auto& step : steps_)
        step->accept(token);
}

void SamplerChain::apply(CandidateArray& candidates)
{
    for (const auto& step : steps_)
        step->apply(candidates);
}

CandidateArray SamplerChain::apply(const float* logits, std::size_t vocabularySize)
{
    CandidateArray candidates = CandidateArray::fromLogits(logits, vocabularySize);
    apply(candidates);
    candidates.ensureProbabilities();
    return candidates;
}

const CandidateArray& SamplerChain::applyInPlace(const float* logits, std::size_t vocabularySize)
{
    scratch_.assign(logits, vocabularySize);
    apply(scratch_);
    scratch_.ensureProbabilities();
    return scratch_;
}

// --- inspection ---

double logSumExp(const float* logits, std::size_t n)
{
    const float maximum = maxOf(logits, n); // -infinity when n is 0
    if (!std::isfinite(maximum))
        return maximum;
    return static_cast<double>(maximum) + std::log(sumOfExp(logits, n, maximum));
}

double logSumExp(const std::vector<float>& logits)
{
    return logSumExp(logits.data(), logits.size());
}

double entropyBits(const std::vector<float>& probabilities)
{
    double entropy = 0.0;
    for (const float p : probabilities)
        if (p > 0.0f)
            entropy -= static_cast<double>(p) * std::log2(static_cast<double>(p));
    return entropy;
}

std::vector<std::int32_t> topIds(const float* values, std::size_t size, std::size_t n)
{
    const std::vector<std::size_t> order = orderOfLargest(values, nullptr, size, std::min(n, size));
    return {order.begin(), order.end()};
}

} // namespace textgen
