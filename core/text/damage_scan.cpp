#include "core/text/damage_scan.hpp"

#include "core/text/annotations.hpp"
#include "core/text/damage_model.hpp"
#include "core/text/utf8.hpp"

#include <optional>
#include <unordered_map>

namespace glossgraph::damage_scan {
namespace {

constexpr std::size_t kMaxBody = 40;  // pairs read one byte late before a run is given up
constexpr std::size_t kMaxEnds = 4;   // ways of ending tried
// The characters the farm put a separator before (、。！？；), as the page shows them.
constexpr std::u32string_view kSeparated = U"、。!?;！？；";

bool is_pinyin_char(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x300 && cp <= 0x36F) || cp == 0x1E3F;
}

std::string utf8_of(std::u32string_view line, std::size_t first, std::size_t count) {
    std::string out;
    for (std::size_t i = first; i < first + count; ++i) utf8::append(out, line[i]);
    return out;
}

std::vector<unsigned> all_trails() {
    std::vector<unsigned> out;
    for (unsigned b = 0x40; b <= 0xFE; ++b)
        if (gbk::is_trail(b)) out.push_back(b);
    return out;
}

// Their GBK bytes.
constexpr gbk::Pair kSeparatedPairs[] = {{0xA1, 0xA2}, {0xA1, 0xA3}, {0xA3, 0xA1}, {0xA3, 0xBF}, {0xA3, 0xBB}};

bool is_separated(char32_t c) { return kSeparated.find(c) != std::u32string_view::npos; }

// The first byte of c in the page: a full-width form folded to ASCII was A3 xx.
std::optional<unsigned> lead_of(char32_t c) {
    if (c > 0x20 && c < 0x7F) return 0xA3;
    const auto pair = gbk::encode(c);
    return pair ? std::optional<unsigned>(pair->first) : std::nullopt;
}

// The end at a '?' that swallowed the run's last byte and the byte after it: the "(" of an
// annotation (which then reads the last character), the separator before one of 、。!?; (or
// the '<' of one left as markup), or nothing at the line's end; any other byte the page lost.
// Right after a run's opening separator the '?' holds the first character's trail byte,
// which with the next character's first byte matched a separator: that says the trail.
std::optional<RunEnd> swallowed_end(const std::u32string& line, std::size_t at, const std::vector<gbk::Pair>& body,
                                    bool by_annotation) {
    RunEnd end{body, all_trails(), "", at + 1, {}};
    const std::size_t length = pinyin_at(line, at + 1);
    if (length != 0) {
        end.pinyin = utf8_of(line, at + 1, length);
        end.suffix = U"(" + line.substr(at + 1, length + 1);
        end.end = at + 2 + length;
        return end;
    }
    // What follows once a separator the page left visible is passed over: the separated
    // character the separator went before, when the '?' swallowed a separator.
    const std::size_t next = after_markup(line, at + 1);
    const bool swallowed_separator = next > at + 1 || (next < line.size() && is_separated(line[next]));
    if (body.empty() && !by_annotation) {
        const std::optional<unsigned> lead = next < line.size() && is_separated(line[next]) ? lead_of(line[next]) : std::nullopt;
        if (!lead) return std::nullopt;
        end.trails.clear();
        for (const gbk::Pair& pair : kSeparatedPairs)
            if (pair.second == *lead) end.trails.push_back(pair.first);
        return end;
    }
    end.lost_byte = !swallowed_separator && at + 1 < line.size();
    return end;
}

void read_ends(const std::u32string& line, std::size_t at, RunShape& shape) {
    std::vector<gbk::Pair> body;
    while (at < line.size() && body.size() < kMaxBody && shape.ends.size() < kMaxEnds) {
        const char32_t c = line[at];
        const std::size_t annotation = c == '(' && !body.empty() ? pinyin_at(line, at + 1) : 0;
        if (annotation != 0) {  // a pair read one byte late annotated as the key it is
            at += annotation + 2;
            continue;
        }
        if (c == 0x20AC) {
            shape.ends.push_back({body, {0x80}, "", at + 1, {}});
            return;
        }
        if (c == '?') {
            if (auto end = swallowed_end(line, at, body, shape.by_annotation)) shape.ends.push_back(std::move(*end));
        }
        else if (c >= 0x40 && c <= 0x7E) shape.ends.push_back({body, {static_cast<unsigned>(c)}, "", at + 1, {}});
        if (c > 0x20 && c < 0x7F) {  // a full-width form folded to ASCII
            body.push_back({0xA3, static_cast<std::uint8_t>(c + 0x80)});
        } else {
            const auto pair = gbk::encode(c);
            if (!pair) return;
            body.push_back(*pair);
        }
        ++at;
    }
}

}  // namespace

std::size_t tag_rest_at(std::u32string_view line, std::size_t at) {
    constexpr std::size_t kMaxTag = 200;
    const auto is_letter = [](char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    std::size_t end = at;
    while (end < line.size() && is_letter(line[end])) ++end;
    if (end == at || end == line.size() || (line[end] != ' ' && line[end] != '>')) return 0;
    while (end < line.size() && end - at < kMaxTag && line[end] != '>' && line[end] != '<') ++end;
    return end < line.size() && line[end] == '>' ? end + 1 - at : 0;
}

std::size_t after_markup(std::u32string_view line, std::size_t at) {
    if (at < line.size() && line[at] == '<') {
        const std::size_t close = line.find(U'>', at);
        return close == std::u32string_view::npos ? line.size() : close + 1;
    }
    return at + tag_rest_at(line, at);
}

std::size_t pinyin_at(std::u32string_view line, std::size_t at) {
    std::size_t end = at;
    while (end < line.size() && end - at < 8 && is_pinyin_char(line[end])) ++end;
    if (end == at || end >= line.size() || line[end] != ')') return 0;
    // An annotated report asks of a few hundred syllables thousands of times (its every
    // annotation is read again for its pairs): each is judged once a thread.
    thread_local std::unordered_map<std::u32string, bool> judged;
    std::u32string syllable(line.substr(at, end - at));
    auto found = judged.find(syllable);
    if (found == judged.end()) {
        if (judged.size() > 4096) judged.clear();
        const bool is_syllable = is_pinyin_syllable(utf8_of(line, at, end - at));
        found = judged.emplace(std::move(syllable), is_syllable).first;
    }
    return found->second ? end - at : 0;
}

std::size_t index_before(const std::u32string& line, std::size_t at) {
    while (at > 0 && line[at - 1] == ')') {
        std::size_t open = at - 1;
        while (open > 0 && line[open - 1] != '(' && at - open < 9) --open;
        if (open == 0 || line[open - 1] != '(' || pinyin_at(line, open) != at - 1 - open) break;
        at = open - 1;
    }
    return at > 0 ? at - 1 : std::u32string::npos;
}

bool ends_text(std::u32string_view line, std::size_t at) {
    if (at >= line.size()) return true;
    const std::size_t next = after_markup(line, at);
    return next > at && (next >= line.size() || !is_separated(line[next]));
}

char32_t char_before(const std::u32string& line, std::size_t at) {
    const std::size_t index = index_before(line, at);
    return index != std::u32string::npos ? line[index] : 0;
}

bool read_run(const std::u32string& line, std::size_t at, RunShape& shape) {
    shape = RunShape{};
    shape.start = at;
    const std::size_t length = pinyin_at(line, at + 1);
    if (length != 0) {
        const auto before = gbk::encode(char_before(line, at));
        if (!before) return false;
        const std::string pinyin = utf8_of(line, at + 1, length);
        for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
            const char32_t key = gbk::decode(before->second, lead);
            if (key != 0 && damage_model::reads_as(key, pinyin)) shape.leads.push_back(lead);
        }
        shape.by_annotation = true;
        shape.after_start = at + length + 2;
    } else if (at + 1 < line.size() && is_separated(line[at + 1])) {
        for (unsigned lead = 0x81; lead <= 0xFE; ++lead) shape.leads.push_back(lead);
        shape.after_start = at + 1;
    } else {
        return false;
    }
    read_ends(line, shape.after_start, shape);
    return true;
}

}  // namespace glossgraph::damage_scan
