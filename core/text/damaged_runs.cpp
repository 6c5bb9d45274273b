#include "core/text/damaged_runs.hpp"

#include "core/text/damage_choice.hpp"
#include "core/text/damage_scan.hpp"
#include "core/text/utf8.hpp"

namespace glossgraph {
namespace {

constexpr std::size_t kContext = 8;

struct Line {
    std::u32string chars;
    std::vector<std::size_t> offsets;  // byte offset of each character, and of the end
};

Line decode_line(std::string_view text) {
    Line line;
    for (std::size_t pos = 0; pos < text.size();) {
        line.offsets.push_back(pos);
        line.chars.push_back(utf8::next(text, pos));
    }
    line.offsets.push_back(text.size());
    return line;
}

std::string utf8_of(const std::u32string& chars, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t i = first; i < last; ++i) utf8::append(out, chars[i]);
    return out;
}

// Repairs the runs of one line (no '\n'), appending the line to out and its runs to runs.
void repair_line(std::string_view text, int number, std::string& out, std::vector<DamagedRun>& runs) {
    if (text.find('?') == std::string_view::npos) {
        out.append(text);
        return;
    }
    const Line line = decode_line(text);
    std::size_t copied = 0;  // characters already in out
    damage_scan::RunShape shape;
    for (std::size_t at = 0; at < line.chars.size(); ++at) {
        if (line.chars[at] != '?' || !damage_scan::read_run(line.chars, at, shape)) continue;
        const std::optional<damage_choice::Choice> choice = damage_choice::choose(line.chars, shape);
        if (!choice && !shape.by_annotation) continue;  // a question mark the model reads as one
        const std::size_t end = choice ? choice->end : (shape.ends.empty() ? shape.after_start : shape.ends.front().end);
        DamagedRun run{number, line.offsets[at], utf8_of(line.chars, at, end), std::nullopt,
                       utf8_of(line.chars, at > kContext ? at - kContext : 0, at),
                       utf8_of(line.chars, end, std::min(line.chars.size(), end + kContext))};
        out.append(text.substr(line.offsets[copied], line.offsets[at] - line.offsets[copied]));
        if (choice) run.repaired = utf8_of(choice->text, 0, choice->text.size());
        out.append(run.repaired ? *run.repaired : run.written);
        runs.push_back(std::move(run));
        copied = end;
        at = end - 1;
    }
    out.append(text.substr(line.offsets[copied]));
}

}  // namespace

RepairedText repair_damaged_runs(std::string_view text) {
    RepairedText result;
    if (text.find('?') == std::string_view::npos) {
        result.text = std::string(text);
        return result;
    }
    result.text.reserve(text.size());
    int number = 1;
    for (std::size_t start = 0;; ++number) {
        const std::size_t newline = text.find('\n', start);
        repair_line(text.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start),
                    number, result.text, result.runs);
        if (newline == std::string_view::npos) break;
        result.text.push_back('\n');
        start = newline + 1;
    }
    return result;
}

}  // namespace glossgraph
