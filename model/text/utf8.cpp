// UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF) and repair.
#include "utf8.h"

#include <cstdint>
#include <cstring>

namespace textgen {

namespace {

struct LeadByte {
    std::size_t length = 0;  // 0: cannot start a sequence
    std::uint8_t low = 0x80; // allowed range of the second byte
    std::uint8_t high = 0xBF;
};

LeadByte classify(std::uint8_t lead)
{
    if (lead < 0x80)
        return {1, 0, 0};
    if (lead >= 0xC2 && lead <= 0xDF)
        return {2, 0x80, 0xBF};
    if (lead >= 0xE0 && lead <= 0xEF)
        return {3, std::uint8_t(lead == 0xE0 ? 0xA0 : 0x80), std::uint8_t(lead == 0xED ? 0x9F : 0xBF)};
    if (lead >= 0xF0 && lead <= 0xF4)
        return {4, std::uint8_t(lead == 0xF0 ? 0x90 : 0x80), std::uint8_t(lead == 0xF4 ? 0x8F : 0xBF)};
    return {};
}

// How many leading bytes of text match the sequence its lead byte announces (at most its length).
std::size_t matchingPrefix(std::string_view text, const LeadByte& lead)
{
    std::size_t n = 1;
    if (n < lead.length && n < text.size()) {
        const auto second = static_cast<std::uint8_t>(text[1]);
        if (second < lead.low || second > lead.high)
            return n;
        ++n;
    }
    while (n < lead.length && n < text.size() && (static_cast<std::uint8_t>(text[n]) & 0xC0) == 0x80)
        ++n;
    return n;
}

} // namespace

std::size_t utf8SequenceLength(std::string_view text)
{
    if (text.empty())
        return 0;
    const LeadByte lead = classify(static_cast<std::uint8_t>(text[0]));
    if (lead.length == 0)
        return 0;
    return matchingPrefix(text, lead) == lead.length ? lead.length : 0;
}

namespace {

// Scans from `from`; returns the offset of the first invalid byte, or text.size().
std::size_t firstInvalid(std::string_view text, std::size_t from)
{
    std::size_t i = from;
    while (i < text.size()) {
        // ASCII fast path, eight bytes at a time.
        while (i + 8 <= text.size()) {
            std::uint64_t word;
            std::memcpy(&word, text.data() + i, 8);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= text.size())
            break;
        if (static_cast<std::uint8_t>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = utf8SequenceLength(text.substr(i));
        if (length == 0)
            return i;
        i += length;
    }
    return text.size();
}

// The bytes of an invalid sequence at text[0] that one U+FFFD replaces: the "maximal subpart" (a truncated
// but well-formed prefix counts as one; a byte that cannot start a sequence counts alone).
std::size_t invalidRun(std::string_view text)
{
    const LeadByte lead = classify(static_cast<std::uint8_t>(text[0]));
    return lead.length == 0 ? 1 : matchingPrefix(text, lead);
}

} // namespace

bool isValidUtf8(std::string_view text)
{
    return firstInvalid(text, 0) == text.size();
}

std::size_t repairUtf8(std::string& text)
{
    std::size_t bad = firstInvalid(text, 0);
    if (bad == text.size())
        return 0;
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    std::string repaired;
    repaired.reserve(text.size() + 16);
    repaired.append(text, 0, bad);
    std::size_t replacements = 0;
    std::size_t i = bad;
    while (i < text.size()) {
        const std::string_view rest = std::string_view(text).substr(i);
        i += invalidRun(rest);
        repaired.append(kReplacement);
        ++replacements;
        const std::size_t next = firstInvalid(text, i);
        repaired.append(text, i, next - i);
        i = next;
    }
    text.swap(repaired);
    return replacements;
}

} // namespace textgen
