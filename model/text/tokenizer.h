// The chapter's text standardization and splitting (Keras `TextVectorization`), and a character tokenizer.
// Not the vocabulary: this only cuts text into token strings, handing each to a callback without allocating.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "utf8.h"

namespace textgen {

enum class TokenizerKind {
    Word, // the chapter's: lower_and_strip_punctuation, then split on whitespace
    Char, // every Unicode code point is a token, case and punctuation kept (char-rnn)
};

std::string_view tokenizerName(TokenizerKind kind);
std::optional<TokenizerKind> tokenizerFromName(std::string_view name);

namespace detail {

enum ByteClass : std::uint8_t { Keep, Space, Strip, Upper };

// Keras' DEFAULT_STRIP_REGEX removes all 32 ASCII punctuation characters; tf.strings.split (sep=None) splits
// on ASCII whitespace; tf.strings.lower (encoding='') lowers ASCII only. Every other byte is part of a word.
constexpr std::array<ByteClass, 256> makeByteClasses()
{
    std::array<ByteClass, 256> classes{};
    for (char c : std::string_view(" \t\n\v\f\r"))
        classes[static_cast<unsigned char>(c)] = Space;
    for (char c : std::string_view("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"))
        classes[static_cast<unsigned char>(c)] = Strip;
    for (int c = 'A'; c <= 'Z'; ++c)
        classes[c] = Upper;
    return classes;
}

inline constexpr std::array<ByteClass, 256> kByteClasses = makeByteClasses();

} // namespace detail

// Calls sink(std::string_view token) for every word of `text`, standardized exactly as Keras'
// `lower_and_strip_punctuation` followed by whitespace splitting. Words are built in `scratch` (grown to the
// text's length; its contents are not meaningful afterwards): reuse it across calls so that tokenizing a
// corpus allocates nothing per token. A token's view is valid only during its sink call.
template <typename Sink> void forEachWord(std::string_view text, std::string& scratch, Sink&& sink)
{
    // A word is never longer than the text: size the buffer once, then write bytes without capacity checks.
    if (scratch.size() < text.size())
        scratch.resize(text.size());
    char* const word = scratch.data();
    std::size_t length = 0;
    for (const char c : text) {
        switch (detail::kByteClasses[static_cast<unsigned char>(c)]) {
        case detail::Keep: word[length++] = c; break;
        case detail::Upper: word[length++] = static_cast<char>(c + ('a' - 'A')); break;
        case detail::Strip: break;
        case detail::Space:
            if (length != 0) {
                sink(std::string_view(word, length));
                length = 0;
            }
            break;
        }
    }
    if (length != 0)
        sink(std::string_view(word, length));
}

// Calls sink(std::string_view codePoint) for every code point of `text`; an invalid byte yields U+FFFD.
template <typename Sink> void forEachCodePoint(std::string_view text, Sink&& sink)
{
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t length = utf8SequenceLength(text.substr(i));
        if (length == 0) {
            sink(kReplacement);
            ++i;
        } else {
            sink(text.substr(i, length));
            i += length;
        }
    }
}

template <typename Sink> void forEachToken(TokenizerKind kind, std::string_view text, std::string& scratch, Sink&& sink)
{
    if (kind == TokenizerKind::Word)
        forEachWord(text, scratch, sink);
    else
        forEachCodePoint(text, sink);
}

// Convenience for tests and prompts: the tokens of `text` as strings.
std::vector<std::string> tokenize(TokenizerKind kind, std::string_view text);

// The chapter's document clean-up, applied by the corpus reader: every "<br />" becomes a space.
void replaceLineBreakTags(std::string& text);

} // namespace textgen
