// An open-addressing hash table from token strings to a small value (a count or an id), looked up by
// std::string_view so that counting and encoding a corpus allocate nothing per token.
// Not a general container: keys are only added, never removed.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "hash.h"

namespace textgen {

template <typename Value> class TokenTable {
public:
    explicit TokenTable(std::size_t expected = 1024) { rehash(capacityFor(expected)); }

    // The value stored for `key`, or nullptr.
    const Value* find(std::string_view key) const
    {
        const std::uint64_t hash = hashBytes(key);
        const Slot& slot = slots_[probe(key, hash)];
        return slot.used() ? &slot.value : nullptr;
    }

    // The value stored for `key`, inserted as Value{} when absent.
    Value& operator[](std::string_view key)
    {
        const std::uint64_t hash = hashBytes(key);
        std::size_t index = probe(key, hash);
        if (slots_[index].used())
            return slots_[index].value;
        if ((size_ + 1) * 4 > slots_.size() * 3) { // keep the load under 3/4
            rehash(slots_.size() * 2);
            index = probe(key, hash);
        }
        if (arena_.size() + key.size() > UINT32_MAX)
            throw std::length_error("token table: more than 4 GB of distinct tokens");
        Slot& slot = slots_[index];
        slot.hash = hash;
        slot.offset = static_cast<std::uint32_t>(arena_.size());
        slot.length = static_cast<std::uint32_t>(key.size());
        slot.value = Value{};
        arena_.append(key);
        ++size_;
        return slot.value;
    }

    std::size_t size() const { return size_; }

    // Calls visit(std::string_view key, const Value&) for every entry, in no particular order.
    template <typename Visit> void forEach(Visit&& visit) const
    {
        for (const Slot& slot : slots_)
            if (slot.used())
                visit(std::string_view(arena_).substr(slot.offset, slot.length), slot.value);
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t offset = kEmpty;
        std::uint32_t length = 0;
        Value value{};
        bool used() const { return offset != kEmpty; }
    };
    static constexpr std::uint32_t kEmpty = UINT32_MAX;

    static std::size_t capacityFor(std::size_t expected)
    {
        std::size_t capacity = 16;
        while (capacity * 3 < expected * 4)
            capacity *= 2;
        return capacity;
    }

    // The slot holding `key`, or the empty slot where it would go (linear probing; capacity is a power of 2).
    std::size_t probe(std::string_view key, std::uint64_t hash) const
    {
        const std::size_t mask = slots_.size() - 1;
        std::size_t index = hash & mask;
        for (;;) {
            const Slot& slot = slots_[index];
            if (!slot.used())
                return index;
            if (slot.hash == hash && slot.length == key.size()
                && std::string_view(arena_).substr(slot.offset, slot.length) == key)
                return index;
            index = (index + 1) & mask;
        }
    }

    void rehash(std::size_t capacity)
    {
        std::vector<Slot> old(capacity);
        old.swap(slots_);
        const std::size_t mask = capacity - 1;
        for (const Slot& slot : old) {
            if (!slot.used())
                continue;
            std::size_t index = slot.hash & mask;
            while (slots_[index].used())
                index = (index + 1) & mask;
            slots_[index] = slot;
        }
    }

    std::vector<Slot> slots_;
    std::string arena_;
    std::size_t size_ = 0;
};

} // namespace textgen
