// libFuzzer target: the sample-set parser must refuse bad input with SampleSetError, never crash; what it
// accepts must format and parse back to the same set.
#include <QByteArray>

#include <cstdint>

#include "sample_set.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        const textgen::SampleSet set = textgen::parseSampleSet(text, QStringLiteral("fuzz"));
        if (!(textgen::parseSampleSet(textgen::formatSampleSet(set), QStringLiteral("again")) == set))
            __builtin_trap();
    } catch (const textgen::SampleSetError&) { }
    return 0;
}
