#include "tests/core/text/damage_simulator.hpp"

#include "core/text/utf8.hpp"

#include <stdexcept>
#include <utility>

namespace glossgraph::damage_simulator {
namespace {

gbk::Pair pair_of(std::string_view character) {
    std::size_t pos = 0;
    const auto pair = gbk::encode(utf8::next(character, pos));
    if (!pair) throw std::invalid_argument("not a GBK character: " + std::string(character));
    return *pair;
}

bool matches(std::string_view bytes, std::size_t at, gbk::Pair pair) {
    return at + 1 < bytes.size() && static_cast<std::uint8_t>(bytes[at]) == pair.first &&
           static_cast<std::uint8_t>(bytes[at + 1]) == pair.second;
}

void append_pair(std::string& out, gbk::Pair pair) {
    out.push_back(static_cast<char>(pair.first));
    out.push_back(static_cast<char>(pair.second));
}

}  // namespace

std::string to_gbk(std::string_view utf8) {
    std::string out;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const char32_t cp = utf8::next(utf8, pos);
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
            continue;
        }
        std::string character;
        utf8::append(character, cp);
        append_pair(out, pair_of(character));
    }
    return out;
}

namespace {

// The scan of annotate: at every byte, the last key whose two bytes match there is annotated
// (when in_step_only, only where a character starts: a straddling match is copied as it is).
std::string scan_annotations(std::string_view gbk, const std::vector<Key>& keys, bool in_step_only) {
    std::vector<std::pair<gbk::Pair, std::string>> pairs;  // each key's bytes and "(pinyin)"
    for (const Key& key : keys) {
        std::string annotation(1, '(');
        annotation.append(to_gbk(key.pinyin)).push_back(')');
        pairs.emplace_back(pair_of(key.character), std::move(annotation));
    }
    std::string out;
    std::size_t next_character = 0;  // where the next character of gbk starts
    for (std::size_t at = 0; at < gbk.size();) {
        while (next_character < at) next_character += static_cast<std::uint8_t>(gbk[next_character]) < 0x80 ? 1 : 2;
        const std::string* found = nullptr;
        for (const auto& [pair, annotation] : pairs)
            if (matches(gbk, at, pair)) found = &annotation;
        if (found == nullptr) {
            out.push_back(gbk[at++]);
            continue;
        }
        out.append(gbk.substr(at, 2));
        if (!in_step_only || at == next_character) out.append(*found);
        at += 2;
    }
    return out;
}

}  // namespace

std::string annotate(std::string_view gbk, const std::vector<Key>& keys) { return scan_annotations(gbk, keys, false); }

std::string annotate_in_step(std::string_view gbk, const std::vector<Key>& keys) { return scan_annotations(gbk, keys, true); }

std::string separate(std::string_view gbk, const std::vector<std::string>& characters) {
    std::string out;
    for (std::size_t at = 0; at < gbk.size(); ++at) {
        for (const std::string& character : characters)
            if (matches(gbk, at, pair_of(character))) out.push_back(kSeparator);
        out.push_back(gbk[at]);
    }
    return out;
}

std::string decode_like_mbstring(std::string_view gbk) {
    std::string out;
    for (std::size_t at = 0; at < gbk.size();) {
        const auto lead = static_cast<std::uint8_t>(gbk[at]);
        if (lead < 0x80) {
            if (lead != static_cast<std::uint8_t>(kSeparator)) out.push_back(static_cast<char>(lead));
            ++at;
            continue;
        }
        if (lead == 0x80 || lead == 0xFF || at + 1 == gbk.size() || !gbk::is_trail(static_cast<std::uint8_t>(gbk[at + 1]))) {
            utf8::append(out, lead == 0x80 ? U'€' : U'?');
            at += lead == 0x80 ? 1 : 2;
            continue;
        }
        char32_t cp = gbk::decode(lead, static_cast<std::uint8_t>(gbk[at + 1]));
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
        if (cp != 0) utf8::append(out, cp);  // an unassigned or user-defined pair is lost
        at += 2;
    }
    return out;
}

std::string damage(std::string_view clean, const std::vector<Key>& keys, const std::vector<std::string>& separated) {
    return decode_like_mbstring(separate(annotate(to_gbk(clean), keys), separated));
}

}  // namespace glossgraph::damage_simulator
