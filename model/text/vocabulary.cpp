// Vocabulary adaptation, encoding and the vocab.txt format.
#include "vocabulary.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <fstream>
#include <sstream>

#ifdef _OPENMP
#include <omp.h>
#endif

#include "atomic_file.h"
#include "hash.h"

#ifndef _OPENMP // built without OpenMP (the fuzz targets): the pragmas are ignored and one thread counts
static int omp_get_max_threads()
{
    return 1;
}
static int omp_get_thread_num()
{
    return 0;
}
#endif

namespace textgen {

Vocabulary::Vocabulary(std::vector<std::string> tokens, TokenizerKind tokenizer) :
    tokens_(std::move(tokens)), ids_(tokens_.size()), tokenizer_(tokenizer)
{
    for (std::size_t i = 2; i < tokens_.size(); ++i)
        ids_[tokens_[i]] = static_cast<std::int32_t>(i);
}

Vocabulary Vocabulary::fromTokens(std::vector<std::string> tokens, TokenizerKind tokenizer)
{
    if (tokens.size() < 2 || !tokens[0].empty() || tokens[1] != kUnknownToken)
        throw VocabularyError({FaultCode::VocabularyStart, {}});
    return Vocabulary(std::move(tokens), tokenizer);
}

namespace {

int threadsFor(int requested)
{
    return requested > 0 ? requested : std::max(1, omp_get_max_threads());
}

} // namespace

Vocabulary Vocabulary::adapt(const std::vector<std::string>& documents, const VocabularyOptions& options,
                             const Progress& progress)
{
    // Each thread counts the documents it takes into its own table; the tables are summed at the end, so
    // the counts (and the order they give) are those of one thread counting everything.
    constexpr std::int64_t kChunk = 64; // documents a thread takes at a time
    const std::int64_t count = static_cast<std::int64_t>(documents.size());
    const int threads
        = static_cast<int>(std::clamp<std::int64_t>((count + kChunk - 1) / kChunk, 1, threadsFor(options.threads)));
    std::vector<TokenTable<std::int64_t>> tables;
    tables.reserve(static_cast<std::size_t>(threads));
    for (int t = 0; t < threads; ++t)
        tables.emplace_back(t == 0 ? 1 << 16 : 1 << 12); // the others grow as they need
    std::vector<std::exception_ptr> failures(static_cast<std::size_t>(threads));
    std::atomic<std::size_t> done{0};
#pragma omp parallel num_threads(threads)
    {
        const auto thread = static_cast<std::size_t>(omp_get_thread_num());
        std::string scratch;
        TokenTable<std::int64_t>& counts = tables[thread];
#pragma omp for schedule(dynamic, kChunk)
        for (std::int64_t d = 0; d < count; ++d) {
            if (failures[thread])
                continue;
            try {
                forEachToken(options.tokenizer, documents[static_cast<std::size_t>(d)], scratch,
                             [&](std::string_view token) { ++counts[token]; });
                done.fetch_add(1, std::memory_order_relaxed);
                if (thread == 0 && progress && d % 1024 == 0)
                    progress(done.load(std::memory_order_relaxed), documents.size());
            } catch (...) {
                failures[thread] = std::current_exception();
            }
        }
    }
    for (const std::exception_ptr& failure : failures)
        if (failure)
            std::rethrow_exception(failure);
    TokenTable<std::int64_t>& counts = tables.front();
    for (std::size_t t = 1; t < tables.size(); ++t)
        tables[t].forEach([&](std::string_view token, std::int64_t n) { counts[token] += n; });
    if (progress)
        progress(documents.size(), documents.size());

    struct Entry {
        std::string_view token;
        std::int64_t count;
    };
    std::vector<Entry> entries;
    entries.reserve(counts.size());
    counts.forEach([&](std::string_view token, std::int64_t count) {
        entries.push_back({token, count}); // neither tokenizer can produce "[UNK]": brackets are stripped
    });
    const auto before
        = [](const Entry& a, const Entry& b) { return a.count != b.count ? a.count > b.count : a.token > b.token; };
    const std::size_t keep = options.maxTokens == 0
        ? entries.size()
        : std::min(entries.size(), options.maxTokens > 2 ? options.maxTokens - 2 : 0);
    std::partial_sort(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(keep), entries.end(), before);

    std::vector<std::string> tokens;
    tokens.reserve(keep + 2);
    tokens.emplace_back();
    tokens.emplace_back(kUnknownToken);
    for (std::size_t i = 0; i < keep; ++i)
        tokens.emplace_back(entries[i].token);
    return Vocabulary(std::move(tokens), options.tokenizer);
}

std::int32_t Vocabulary::id(std::string_view token) const
{
    const std::int32_t* found = ids_.find(token);
    return found ? *found : kUnknownId;
}

std::size_t Vocabulary::encode(std::string_view text, std::vector<std::int32_t>& out) const
{
    std::size_t unknown = 0;
    thread_local std::string scratch;
    forEachToken(tokenizer_, text, scratch, [&](std::string_view token) {
        const std::int32_t* found = ids_.find(token);
        out.push_back(found ? *found : kUnknownId);
        unknown += found ? 0 : 1;
    });
    if (scratch.capacity() > (std::size_t(1) << 20))
        std::string().swap(scratch); // the buffer grows to the text: do not keep a 200 MB document's for good
    return unknown;
}

std::vector<std::vector<std::int32_t>> Vocabulary::encodeAll(const std::vector<std::string>& documents,
                                                             std::size_t& unknown, int threads) const
{
    std::vector<std::vector<std::int32_t>> ids(documents.size());
    std::size_t unknownTokens = 0;
    const std::int64_t count = static_cast<std::int64_t>(documents.size());
#pragma omp parallel for schedule(dynamic, 64) num_threads(threadsFor(threads)) reduction(+ : unknownTokens)
    for (std::int64_t d = 0; d < count; ++d) { // encode() cannot throw but for memory, which ends the program anyway
        const std::string& document = documents[static_cast<std::size_t>(d)];
        std::vector<std::int32_t>& out = ids[static_cast<std::size_t>(d)];
        out.reserve(document.size() / 5 + 8); // English averages a word per 5-6 bytes: one allocation, not ten
        unknownTokens += encode(document, out);
    }
    unknown += unknownTokens;
    return ids;
}

std::vector<std::int32_t> Vocabulary::encode(std::string_view text, std::size_t length) const
{
    std::vector<std::int32_t> ids;
    encode(text, ids);
    if (length > 0)
        ids.resize(length, kPaddingId);
    return ids;
}

std::string Vocabulary::decode(const std::int32_t* ids, std::size_t count) const
{
    std::string text;
    const bool words = tokenizer_ == TokenizerKind::Word;
    for (std::size_t i = 0; i < count; ++i) {
        if (ids[i] == kPaddingId)
            continue;
        if (ids[i] < 0 || static_cast<std::size_t>(ids[i]) >= tokens_.size())
            throw VocabularyError(
                {FaultCode::TokenIdOutside, {std::to_string(ids[i]), std::to_string(tokens_.size())}});
        if (words && !text.empty())
            text.push_back(' ');
        text += tokens_[static_cast<std::size_t>(ids[i])];
    }
    return text;
}

std::uint64_t Vocabulary::fingerprint() const
{
    std::string all(tokenizerName(tokenizer_));
    for (const std::string& token : tokens_) {
        all.push_back('\n');
        all += token;
    }
    return hashBytes(all);
}

namespace {

std::string escapeToken(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (const char c : token) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: out.push_back(c);
        }
    }
    return out;
}

} // namespace

std::string Vocabulary::serialize() const
{
    std::string text;
    for (const std::string& token : tokens_) {
        text += escapeToken(token);
        text.push_back('\n');
    }
    return text;
}

void Vocabulary::save(const std::string& path) const
{
    writeFileAtomically(path, serialize());
}

Vocabulary Vocabulary::parse(std::string_view fileText, TokenizerKind tokenizer, const std::string& origin)
{
    const auto fail = [&](std::size_t line, FaultCode code, std::vector<std::string> values = {}) {
        values.insert(values.begin(), {origin, std::to_string(line)});
        throw VocabularyError({code, std::move(values)});
    };
    if (!isValidUtf8(fileText))
        fail(1, FaultCode::VocabularyNotUtf8);
    std::vector<std::string> tokens;
    TokenTable<std::int32_t> seen;
    std::size_t start = 0;
    while (start < fileText.size()) {
        std::size_t end = fileText.find('\n', start);
        if (end == std::string_view::npos)
            end = fileText.size();
        std::string_view raw = fileText.substr(start, end - start);
        if (!raw.empty() && raw.back() == '\r') // a file saved with CRLF; a real \r token is escaped
            raw.remove_suffix(1);
        const std::size_t line = tokens.size() + 1;
        std::string token;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\') {
                token.push_back(raw[i]);
                continue;
            }
            if (++i == raw.size())
                fail(line, FaultCode::VocabularyBackslashAtEnd);
            switch (raw[i]) {
            case '\\': token.push_back('\\'); break;
            case 'n': token.push_back('\n'); break;
            case 'r': token.push_back('\r'); break;
            case 't': token.push_back('\t'); break;
            default: fail(line, FaultCode::VocabularyUnknownEscape, {std::string(1, raw[i])});
            }
        }
        if (line == 1 && !token.empty())
            fail(line, FaultCode::VocabularyFirstLine, {token});
        if (line == 2 && token != kUnknownToken)
            fail(line, FaultCode::VocabularySecondLine, {token});
        if (line > 2) {
            if (token.empty())
                fail(line, FaultCode::VocabularyEmptyToken);
            if (token == kUnknownToken)
                fail(line, FaultCode::VocabularyUnknownAgain);
            std::int32_t& first = seen[token];
            if (first != 0)
                fail(line, FaultCode::VocabularyDuplicate, {token, std::to_string(first)});
            first = static_cast<std::int32_t>(line);
        }
        tokens.push_back(std::move(token));
        start = end + 1;
    }
    if (tokens.size() < 2)
        fail(tokens.size() + 1, FaultCode::VocabularyTooShort);
    return Vocabulary(std::move(tokens), tokenizer);
}

Vocabulary Vocabulary::load(const std::string& path, TokenizerKind tokenizer)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw VocabularyError({FaultCode::VocabularyCannotOpen, {path}, errno});
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse(buffer.str(), tokenizer, path);
}

Vocabulary numberedVocabulary(std::int64_t size)
{
    std::vector<std::string> tokens{"", "[UNK]"};
    for (std::int64_t i = 2; i < size; ++i)
        tokens.push_back("w" + std::to_string(i));
    return Vocabulary::fromTokens(std::move(tokens), TokenizerKind::Word);
}

} // namespace textgen
