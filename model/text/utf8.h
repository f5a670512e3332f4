// UTF-8 checks and repair for text read from disk: invalid sequences become U+FFFD, never a crash.
// Not a Unicode library: no normalisation, no case mapping (Keras' lowercasing touches ASCII only).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace textgen {

// Replaces every maximal invalid subsequence with U+FFFD (the W3C/WHATWG practice) and returns how many
// replacements were made. Valid text is left untouched and is not copied.
std::size_t repairUtf8(std::string& text);

bool isValidUtf8(std::string_view text);

// Length in bytes of the UTF-8 sequence that starts at text[0], or 0 when it is not a valid sequence.
std::size_t utf8SequenceLength(std::string_view text);

} // namespace textgen
