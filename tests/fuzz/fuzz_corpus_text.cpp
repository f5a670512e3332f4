// libFuzzer target: what the corpus reader does to a file's bytes (UTF-8 repair, the "<br />" clean-up,
// fortune and paragraph splitting, both tokenizers) must hold for any input.
#include <cstdint>
#include <string>

#include "corpus.h"
#include "tokenizer.h"
#include "utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string text(reinterpret_cast<const char*>(data), size);
    textgen::looksBinary(text);
    textgen::repairUtf8(text);
    if (!textgen::isValidUtf8(text))
        __builtin_trap(); // repaired text is valid UTF-8
    // One left-to-right pass, as the chapter's regex_replace (and Python's str.replace) does: "<br<br />/>"
    // becomes "<br />" and stays so (the fuzzer's first find, kept as a row of tst_tokenizer).
    std::string expected;
    for (std::size_t at = 0;;) {
        const std::size_t found = text.find("<br />", at);
        expected.append(text, at, found == std::string::npos ? std::string::npos : found - at);
        if (found == std::string::npos)
            break;
        expected.push_back(' ');
        at = found + 6;
    }
    textgen::replaceLineBreakTags(text);
    if (text != expected)
        __builtin_trap();
    for (const std::string& fortune : textgen::splitFortunes(text))
        if (fortune.empty())
            __builtin_trap();
    for (const std::string& paragraph : textgen::splitParagraphs(text))
        if (paragraph.empty())
            __builtin_trap();
    textgen::tokenize(textgen::TokenizerKind::Word, text);
    std::string rebuilt;
    for (const std::string& token : textgen::tokenize(textgen::TokenizerKind::Char, text))
        rebuilt += token;
    if (rebuilt != text)
        __builtin_trap(); // characters of valid UTF-8 concatenate back to the text
    return 0;
}
