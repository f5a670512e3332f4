// Cutting encoded documents into language-model sequences, the validation split and epoch orders.
#include "lm_dataset.h"

#include <stdexcept>

#include "enum_names.h"
#include "hash.h"

namespace textgen {

namespace {
constexpr NamedValue<CutMode> kCutModeNames[] = {{CutMode::Document, "document"}, {CutMode::Stream, "stream"}};
} // namespace

std::string_view cutModeName(CutMode mode)
{
    return nameOf(kCutModeNames, mode);
}

std::optional<CutMode> cutModeFromName(std::string_view name)
{
    return valueNamed(kCutModeNames, name);
}

bool isValidationDocument(std::string_view document, double validationFraction)
{
    constexpr std::uint64_t kBuckets = 1000000;
    const auto threshold = static_cast<std::uint64_t>(validationFraction * kBuckets + 0.5);
    return hashBytes(document) % kBuckets < threshold;
}

TokenSequences::TokenSequences(std::vector<std::int32_t> tokens, std::int64_t length, std::int64_t stride,
                               std::size_t count) :
    tokens_(std::move(tokens)),
    length_(length), stride_(stride), count_(count)
{
    if (count_ > 0
        && (count_ - 1) * static_cast<std::size_t>(stride_) + static_cast<std::size_t>(length_) > tokens_.size())
        throw std::logic_error("TokenSequences: the sequences run past the stored tokens");
}

std::uint64_t TokenSequences::targetTokens() const
{
    std::uint64_t targets = 0;
    for (std::size_t i = 0; i < count_; ++i) {
        const std::int32_t* ids = sequence(i);
        for (std::int64_t t = 1; t < length_; ++t)
            targets += ids[t] != Vocabulary::kPaddingId;
    }
    return targets;
}

namespace {

// Collects the sequences of one split as documents are encoded.
class SequenceCutter {
public:
    SequenceCutter(CutMode mode, std::int64_t length) : mode_(mode), length_(static_cast<std::size_t>(length)) { }

    void addDocument(const std::vector<std::int32_t>& ids)
    {
        ++documents_;
        if (ids.empty())
            return;
        if (mode_ == CutMode::Document) {
            const std::size_t kept = std::min(ids.size(), length_);
            tokens_.insert(tokens_.end(), ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(kept));
            tokens_.resize(tokens_.size() + (length_ - kept), Vocabulary::kPaddingId);
            ++count_;
        } else {
            tokens_.insert(tokens_.end(), ids.begin(), ids.end());
        }
    }

    std::size_t documents() const { return documents_; }

    TokenSequences finish()
    {
        if (mode_ == CutMode::Document)
            return TokenSequences(std::move(tokens_), static_cast<std::int64_t>(length_),
                                  static_cast<std::int64_t>(length_), count_);
        // Windows [k(L-1), k(L-1)+L): window k's last token is window k+1's first input, never lost as a
        // target. The last window is zero-padded.
        const std::size_t stride = length_ - 1;
        if (tokens_.size() < 2)
            return {};
        const std::size_t count = (tokens_.size() - 1 + stride - 1) / stride;
        tokens_.resize((count - 1) * stride + length_, Vocabulary::kPaddingId);
        return TokenSequences(std::move(tokens_), static_cast<std::int64_t>(length_), static_cast<std::int64_t>(stride),
                              count);
    }

private:
    CutMode mode_;
    std::size_t length_;
    std::vector<std::int32_t> tokens_;
    std::size_t count_ = 0;
    std::size_t documents_ = 0;
};

} // namespace

SplitShape shapeOf(const std::vector<std::size_t>& documentTokens, CutMode cut, std::int64_t sequenceLength)
{
    SplitShape shape;
    const auto length = static_cast<std::size_t>(std::max<std::int64_t>(2, sequenceLength));
    if (cut == CutMode::Document) {
        // One sequence per non-empty document, its first L tokens; each token after the first is a target.
        for (const std::size_t tokens : documentTokens)
            if (tokens > 0) {
                ++shape.sequences;
                shape.targetTokens += std::min(tokens, length) - 1;
            }
        return shape;
    }
    std::uint64_t total = 0;
    for (const std::size_t tokens : documentTokens)
        total += tokens;
    if (total < 2)
        return shape;
    // Windows of L overlapping by one token: every token but the first is a target exactly once.
    const std::uint64_t stride = length - 1;
    shape.sequences = static_cast<std::size_t>((total - 1 + stride - 1) / stride);
    shape.targetTokens = total - 1;
    return shape;
}

LmDataset buildLmDataset(const std::vector<std::string>& documents, const Vocabulary& vocabulary,
                         const DatasetOptions& options)
{
    if (options.sequenceLength < 2)
        throw std::invalid_argument("sequence length " + std::to_string(options.sequenceLength)
                                    + " is too short: a sequence needs at least one input and one target");
    if (!(options.validationFraction >= 0.0 && options.validationFraction < 1.0))
        throw std::invalid_argument("validation fraction must be in [0, 1)");

    SequenceCutter train(options.cut, options.sequenceLength);
    SequenceCutter validation(options.cut, options.sequenceLength);
    LmDataset dataset;
    const std::vector<std::vector<std::int32_t>> encoded = vocabulary.encodeAll(documents, dataset.unknownTokens);
    for (std::size_t d = 0; d < documents.size(); ++d) {
        dataset.tokens += encoded[d].size();
        (isValidationDocument(documents[d], options.validationFraction) ? validation : train).addDocument(encoded[d]);
    }
    dataset.trainDocuments = train.documents();
    dataset.validationDocuments = validation.documents();
    dataset.train = train.finish();
    dataset.validation = validation.finish();
    return dataset;
}

std::vector<std::size_t> epochOrder(std::size_t count, std::uint64_t seed, std::int64_t epoch)
{
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i)
        order[i] = i;
    SplitMix64 random(seed ^ (0x5851f42d4c957f2dull * static_cast<std::uint64_t>(epoch + 1)));
    for (std::size_t i = count; i > 1; --i)
        std::swap(order[i - 1], order[random.below(i)]);
    return order;
}

} // namespace textgen
