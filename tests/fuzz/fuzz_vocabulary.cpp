// libFuzzer target: the vocab.txt parser must refuse bad input with VocabularyError, never crash.
#include <cstdint>
#include <string_view>

#include "vocabulary.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const textgen::TokenizerKind kind : {textgen::TokenizerKind::Word, textgen::TokenizerKind::Char}) {
        try {
            const textgen::Vocabulary vocabulary = textgen::Vocabulary::parse(text, kind, "fuzz");
            // What parses must round-trip and encode without surprises.
            const textgen::Vocabulary again = textgen::Vocabulary::parse(vocabulary.serialize(), kind, "again");
            if (again.tokens() != vocabulary.tokens())
                __builtin_trap();
            vocabulary.decode(vocabulary.encode(text.substr(0, 256)));
        } catch (const textgen::VocabularyError&) { }
    }
    return 0;
}
