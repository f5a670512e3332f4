// Out-of-line pieces of the tokenizers; the hot loops live in the header so they inline into their callers.
#include "tokenizer.h"

#include <algorithm>

#include "enum_names.h"

namespace textgen {

namespace {
constexpr NamedValue<TokenizerKind> kTokenizerNames[] = {{TokenizerKind::Word, "word"}, {TokenizerKind::Char, "char"}};
} // namespace

std::string_view tokenizerName(TokenizerKind kind)
{
    return nameOf(kTokenizerNames, kind);
}

std::optional<TokenizerKind> tokenizerFromName(std::string_view name)
{
    return valueNamed(kTokenizerNames, name);
}

std::vector<std::string> tokenize(TokenizerKind kind, std::string_view text)
{
    std::vector<std::string> tokens;
    std::string scratch;
    forEachToken(kind, text, scratch, [&](std::string_view token) { tokens.emplace_back(token); });
    return tokens;
}

void replaceLineBreakTags(std::string& text)
{
    static constexpr std::string_view kTag = "<br />";
    std::size_t found = text.find(kTag);
    if (found == std::string::npos)
        return;
    // One pass, in place: the result is never longer than the input, so copying forward is safe.
    char* const data = text.data();
    std::size_t write = found;
    std::size_t read = found;
    while (found != std::string::npos) {
        std::copy(data + read, data + found, data + write);
        write += found - read;
        data[write++] = ' ';
        read = found + kTag.size();
        found = text.find(kTag, read);
    }
    std::copy(data + read, data + text.size(), data + write);
    text.resize(write + (text.size() - read));
}

} // namespace textgen
