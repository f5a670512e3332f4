// JSON lines.
#include "json_line.h"

#include <cmath>
#include <cstdio>

namespace textgen {

std::string jsonQuoted(const std::string& text)
{
    std::string quoted = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': quoted += "\\\""; break;
        case '\\': quoted += "\\\\"; break;
        case '\n': quoted += "\\n"; break;
        case '\r': quoted += "\\r"; break;
        case '\t': quoted += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                quoted += escaped;
            } else {
                quoted.push_back(c);
            }
        }
    }
    return quoted + "\"";
}

JsonLine& JsonLine::add(const char* key, double value, int decimals)
{
    char text[64];
    if (std::isfinite(value))
        std::snprintf(text, sizeof text, "%.*f", decimals, value);
    else
        std::snprintf(text, sizeof text, "null");
    fields_.emplace_back(key, text);
    return *this;
}

JsonLine& JsonLine::add(const char* key, long long value)
{
    fields_.emplace_back(key, std::to_string(value));
    return *this;
}

JsonLine& JsonLine::add(const char* key, const std::string& value)
{
    fields_.emplace_back(key, jsonQuoted(value));
    return *this;
}

JsonLine& JsonLine::addJson(const char* key, std::string json)
{
    fields_.emplace_back(key, std::move(json));
    return *this;
}

std::string JsonLine::str() const
{
    std::string line = "{";
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (i > 0)
            line += ", ";
        line += jsonQuoted(fields_[i].first) + ": " + fields_[i].second;
    }
    return line + "}";
}

} // namespace textgen
