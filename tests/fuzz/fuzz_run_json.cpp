// libFuzzer target: run.json is read field by field; any document must either load or be refused with a
// RunError that names the field, never crash.
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

#include "run_settings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!document.isObject())
        return 0;
    try {
        const textgen::RunSettings settings = textgen::RunSettings::fromJson(document.object(), QStringLiteral("fuzz"));
        textgen::RunSettings::fromJson(settings.toJson(), QStringLiteral("again"));
    } catch (const textgen::RunError&) { }
    return 0;
}
