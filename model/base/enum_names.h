// One table per enum maps its values to the names used on the command line, in run.json and in checkpoints.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace textgen {

template <typename Enum> struct NamedValue {
    Enum value;
    std::string_view name;
};

template <typename Enum, std::size_t N>
constexpr std::string_view nameOf(const NamedValue<Enum> (&table)[N], Enum value)
{
    for (const NamedValue<Enum>& entry : table)
        if (entry.value == value)
            return entry.name;
    return {};
}

template <typename Enum, std::size_t N>
constexpr std::optional<Enum> valueNamed(const NamedValue<Enum> (&table)[N], std::string_view name)
{
    for (const NamedValue<Enum>& entry : table)
        if (entry.name == name)
            return entry.value;
    return std::nullopt;
}

} // namespace textgen
