// One JSON object on one line, for the tools' machine-readable output (`textgen`, `textgen-engine`). No Qt.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace textgen {

// One JSON object on one line, with keys in the order they were added (readable and diffable).
class JsonLine {
public:
    JsonLine& add(const char* key, double value, int decimals = 2);
    JsonLine& add(const char* key, long long value);
    JsonLine& add(const char* key, const std::string& value);
    // A value that is JSON already (true, an array, an object).
    JsonLine& addJson(const char* key, std::string json);
    std::string str() const;

private:
    std::vector<std::pair<std::string, std::string>> fields_;
};

std::string jsonQuoted(const std::string& text);

} // namespace textgen
