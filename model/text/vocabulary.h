// The chapter's `TextVectorization` vocabulary: adapt on a corpus, encode text to ids, decode ids to text,
// save and load as one token per line. Not the dataset: cutting ids into training sequences is lm_dataset.h.
#pragma once

#include "fault.h"

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "token_table.h"
#include "tokenizer.h"

namespace textgen {

class VocabularyError : public EngineError {
public:
    using EngineError::EngineError;
};

struct VocabularyOptions {
    TokenizerKind tokenizer = TokenizerKind::Word;
    // The chapter's 15000, counting the padding and [UNK] tokens; 0 keeps every token seen.
    std::size_t maxTokens = 15000;
    // Threads that count (each its own part of the documents, merged at the end); 0: every core.
    int threads = 0;
};

class Vocabulary {
public:
    static constexpr std::int32_t kPaddingId = 0; // the empty string, as in Keras
    static constexpr std::int32_t kUnknownId = 1; // "[UNK]"
    static constexpr std::string_view kUnknownToken = "[UNK]";

    // Reports (documents done, documents in all) now and then while adapting.
    using Progress = std::function<void(std::size_t done, std::size_t total)>;

    // Counts the tokens of every document and keeps the most frequent, ordered by count descending, ties by
    // the token's bytes descending (Keras' order), after the two specials. The same vocabulary whatever the
    // number of threads; `progress` is called on the calling thread.
    static Vocabulary adapt(const std::vector<std::string>& documents, const VocabularyOptions& options,
                            const Progress& progress = {});
    // Builds a vocabulary from its tokens in id order; tokens[0] must be "" and tokens[1] "[UNK]".
    static Vocabulary fromTokens(std::vector<std::string> tokens, TokenizerKind tokenizer);

    // The file format: line i holds the token of id i (so the first line is empty). Backslash, newline,
    // carriage return and tab are written as \\, \n, \r, \t (they occur only in character vocabularies).
    static Vocabulary load(const std::string& path, TokenizerKind tokenizer);
    void save(const std::string& path) const; // atomic: written to a temporary name, then renamed
    static Vocabulary parse(std::string_view fileText, TokenizerKind tokenizer, const std::string& origin);
    std::string serialize() const;

    TokenizerKind tokenizer() const { return tokenizer_; }
    std::size_t size() const { return tokens_.size(); }
    const std::string& token(std::int32_t id) const { return tokens_.at(static_cast<std::size_t>(id)); }
    const std::vector<std::string>& tokens() const { return tokens_; }
    std::int32_t id(std::string_view token) const; // kUnknownId when absent

    // Appends the ids of text's tokens to `out` and returns how many were unknown. Allocates nothing per token.
    std::size_t encode(std::string_view text, std::vector<std::int32_t>& out) const;
    // The ids of `text`, zero-padded or truncated to `length` tokens when length > 0.
    std::vector<std::int32_t> encode(std::string_view text, std::size_t length = 0) const;
    // The ids of every document, in order, encoded on `threads` threads (0: every core); adds the number of
    // unknown tokens to `unknown`.
    std::vector<std::vector<std::int32_t>> encodeAll(const std::vector<std::string>& documents, std::size_t& unknown,
                                                     int threads = 0) const;

    // Word tokens are joined by spaces, characters are concatenated; padding is skipped.
    std::string decode(const std::int32_t* ids, std::size_t count) const;
    std::string decode(const std::vector<std::int32_t>& ids) const { return decode(ids.data(), ids.size()); }

    // A stable 64-bit hash of the tokens in order and the tokenizer: checkpoints record it to refuse
    // being loaded against another vocabulary.
    std::uint64_t fingerprint() const;

private:
    Vocabulary(std::vector<std::string> tokens, TokenizerKind tokenizer);

    std::vector<std::string> tokens_;
    TokenTable<std::int32_t> ids_;
    TokenizerKind tokenizer_ = TokenizerKind::Word;
};

// The vocabulary of a model with random weights (benchmarks, self-checks, tests): "", "[UNK]", then "w2" ...
// "w<size-1>", word tokens.
Vocabulary numberedVocabulary(std::int64_t size);

} // namespace textgen
