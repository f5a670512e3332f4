// The chapter's `prepare_lm_dataset`: token sequences cut from encoded documents, inputs seq[:-1] and
// targets seq[1:], a stable validation split and seeded shuffled batches. Not the model: batches are plain ids.
//
// L = sequence length (the chapter's 100), so inputs and targets are L - 1 tokens long; B = batch.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "split_mix64.h"
#include "vocabulary.h"

namespace textgen {

enum class CutMode {
    Document, // the chapter's: each document's first L tokens, zero-padded
    Stream,   // all documents as one stream, cut into windows of L that overlap by one token, so every token
              // but the first is a target exactly once
};

std::string_view cutModeName(CutMode mode);
std::optional<CutMode> cutModeFromName(std::string_view name);

struct DatasetOptions {
    std::int64_t sequenceLength = 100; // the chapter's; a training example is L - 1 inputs and L - 1 targets
    CutMode cut = CutMode::Document;
    double validationFraction = 0.1; // of documents, chosen by a stable hash of the document's text
};

// True when `document` belongs to the validation split. It depends only on the text, so the split never
// changes between runs on the same corpus, whatever the order or number of the other documents.
bool isValidationDocument(std::string_view document, double validationFraction);

// Fixed-length token sequences stored back to back as 32-bit ids. In stream mode consecutive sequences share
// one token (stride L - 1), so the stream is stored once, not copied per sequence.
class TokenSequences {
public:
    TokenSequences() = default;
    TokenSequences(std::vector<std::int32_t> tokens, std::int64_t length, std::int64_t stride, std::size_t count);

    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    std::int64_t length() const { return length_; }
    // The L ids of sequence i.
    const std::int32_t* sequence(std::size_t i) const { return tokens_.data() + i * static_cast<std::size_t>(stride_); }
    // Ids that are targets (not padding), over all sequences: the tokens one epoch is scored on.
    std::uint64_t targetTokens() const;

private:
    std::vector<std::int32_t> tokens_;
    std::int64_t length_ = 0;
    std::int64_t stride_ = 0;
    std::size_t count_ = 0;
};

struct LmDataset {
    TokenSequences train;
    TokenSequences validation;
    std::size_t trainDocuments = 0;
    std::size_t validationDocuments = 0;
    std::size_t unknownTokens = 0; // tokens encoded as [UNK] over the whole corpus
    std::uint64_t tokens = 0;      // tokens over the whole corpus, before cutting
};

// Encodes every document and cuts it into sequences as `options` say.
LmDataset buildLmDataset(const std::vector<std::string>& documents, const Vocabulary& vocabulary,
                         const DatasetOptions& options);

// What one split of documents gives once cut, from the documents' token counts alone: known before any
// vocabulary is built, so a run's steps per epoch can be told before it starts (the New run dialog).
struct SplitShape {
    std::size_t sequences = 0;
    std::uint64_t targetTokens = 0; // as TokenSequences::targetTokens() counts them
};
SplitShape shapeOf(const std::vector<std::size_t>& documentTokens, CutMode cut, std::int64_t sequenceLength);

// The order in which one epoch visits the sequences: a Fisher-Yates shuffle seeded by (seed, epoch), so any
// epoch's order can be recomputed without replaying the ones before it (resuming needs that).
std::vector<std::size_t> epochOrder(std::size_t count, std::uint64_t seed, std::int64_t epoch);

// Number of batches in an epoch; the last batch may be smaller (Keras keeps it too).
inline std::size_t batchesPerEpoch(std::size_t count, std::size_t batchSize)
{
    return (count + batchSize - 1) / batchSize;
}

} // namespace textgen
