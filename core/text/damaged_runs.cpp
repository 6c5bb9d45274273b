#include "core/text/damaged_runs.hpp"

#include "core/text/damage_choice.hpp"
#include "core/text/damage_scan.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"
#include <map>
#include <memory>
#include <mutex>

namespace glossgraph {
namespace {

using damage_choice::Choice;

constexpr std::size_t kContext = 8;
constexpr std::size_t kCachedPlaces = 20000;  // a place's options take about a kilobyte

struct Line {
    int number = 0;
    std::size_t offset = 0;            // of the line in the text
    std::u32string chars;
    std::vector<std::size_t> offsets;  // byte offset of each character in the line, and of its end
};

// A run found by the first pass, and what each pass made of it.
struct Found {
    std::size_t line = 0;  // index in the damaged lines
    damage_scan::RunShape shape;
    std::size_t end = 0;  // index in the line just after the run
    std::optional<Choice> choice;
};

Line decode_line(std::string_view text, int number, std::size_t offset) {
    Line line{number, offset, {}, {}};
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

bool is_sure(const std::optional<Choice>& choice) { return choice && damage_choice::is_confident(*choice); }

// The runs of one line, chosen without the report's own evidence (first pass).
void find_runs(const Line& line, std::size_t index, const damage_model::LocalPairs& script, damage_lattice::OptionCache& cache,
               std::vector<Found>& out) {
    for (std::size_t at = 0; at < line.chars.size(); ++at) {
        Found found{index, {}, 0, std::nullopt};
        if (line.chars[at] != '?' || !damage_scan::read_run(line.chars, at, found.shape)) continue;
        found.choice = damage_choice::choose(line.chars, found.shape, script, cache);
        if (!found.choice && !found.shape.by_annotation) continue;  // a question mark the model reads as one
        const auto& shape = found.shape;
        found.end = found.choice ? found.choice->end : (shape.ends.empty() ? shape.after_start : shape.ends.front().end);
        at = found.end - 1;
        out.push_back(std::move(found));
    }
}

// The characters of a line with "(pinyin)" annotations left out.
void add_plain(std::u32string& out, std::u32string_view chars, std::size_t first, std::size_t last) {
    for (std::size_t at = first; at < last; ++at) {
        const std::size_t annotation = chars[at] == '(' ? damage_scan::pinyin_at(chars, at + 1) : 0;
        if (annotation != 0) at += annotation + 1;
        else out.push_back(chars[at]);
    }
}

// What one run adds to the report's evidence: its repair with a character either side.
std::u32string window(const Line& line, const Found& run) {
    std::u32string out(1, damage_scan::char_before(line.chars, run.shape.start));
    out.append(run.choice->text);
    if (run.end < line.chars.size()) out.push_back(line.chars[run.end]);
    return out;
}

// The characters of a text, decoded once for its script and its pairs (into leased Buffers).
struct Chars {
    std::u32string chars;             // every line's, one after another
    std::vector<std::size_t> starts;  // where each line starts in chars, and the end
    Script script = Script::unknown;  // as detect_script finds it
};

void decode_text_chars(std::string_view text, Chars& out) {
    out.chars.clear();
    out.starts.clear();
    out.script = Script::unknown;
    out.chars.reserve(text.size() / 2);
    std::size_t traditional = 0;
    std::size_t simplified = 0;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t newline = std::min(text.find('\n', start), text.size());
        const std::string_view row = text.substr(start, newline - start);
        out.starts.push_back(out.chars.size());
        for (std::size_t pos = 0; pos < row.size();) {
            const char32_t c = utf8::next(row, pos);
            out.chars.push_back(c);
            const Script kind = script_of(c);
            traditional += kind == Script::traditional ? 1 : 0;
            simplified += kind == Script::simplified ? 1 : 0;
        }
        start = newline + 1;
    }
    out.starts.push_back(out.chars.size());
    if (simplified != traditional) out.script = simplified > traditional ? Script::simplified : Script::traditional;
}

// Every line's pairs into local, each sure repair read as repaired and every other run left out.
void local_pairs(const Chars& all, const std::vector<Line>& lines, const std::vector<Found>& runs, damage_model::LocalPairs& local) {
    local.reset(all.chars.size() / 2);  // distinct pairs: fewer than characters
    local.script = all.script;
    std::size_t next_run = 0;
    std::u32string plain;
    for (std::size_t row = 0, index = 0; row + 1 < all.starts.size(); ++row) {
        plain.clear();
        if (index < lines.size() && lines[index].number == static_cast<int>(row) + 1) {
            const Line& line = lines[index];
            std::size_t copied = 0;
            for (; next_run < runs.size() && runs[next_run].line == index; ++next_run) {
                const Found& run = runs[next_run];
                add_plain(plain, line.chars, copied, run.shape.start);
                if (is_sure(run.choice)) plain.append(run.choice->text);
                else plain.push_back(0);  // no pair across a run left as written
                copied = run.end;
            }
            add_plain(plain, line.chars, copied, line.chars.size());
            ++index;
        } else {
            const std::u32string_view chars(all.chars.data() + all.starts[row], all.starts[row + 1] - all.starts[row]);
            add_plain(plain, chars, 0, chars.size());
        }
        local.add_text(plain);
    }
}

std::u32string written(const std::vector<Line>& lines, const Found& run) {
    return lines[run.line].chars.substr(run.shape.start, run.end - run.shape.start);
}

// True when the reading of a run (with the characters either side) holds a pair of Han
// characters that neither the model's data nor the report's evidence shows: its score there
// is the back-off to the character's own frequency, which says nothing of the pair.
bool has_unshown_pair(const Line& line, const Found& run, const Choice& choice, const damage_model::LocalPairs& local) {
    char32_t before = damage_scan::char_before(line.chars, run.shape.start);
    const auto unshown = [&](char32_t next) {
        const bool out = utf8::is_han(before) && utf8::is_han(next) && !damage_model::attested(before, next) && local.pair_count(before, next) == 0;
        before = next;
        return out;
    };
    for (char32_t c : choice.text)
        if (unshown(c)) return true;
    return choice.end < line.chars.size() && unshown(line.chars[choice.end]);
}

// The second pass: each run chosen again with the report's evidence, which raises the pairs
// the report shows and lowers none (damage_model::Followers): a name the report repairs
// surely elsewhere (潭河 of 龍潭河) may change the first pass's reading. Runs
// written alike (the same damage of the same words) are not evidence for each other: the
// repairs of all of them are left out while one is chosen. A reading holding a pair shown
// nowhere stays unsure unless the first pass, without the report, was sure of it too.
void choose_again(const std::vector<Line>& lines, std::vector<Found>& runs, damage_model::LocalPairs& local,
                  damage_lattice::OptionCache& cache) {
    std::map<std::u32string, std::vector<std::size_t>> alike;
    for (std::size_t i = 0; i < runs.size(); ++i)
        if (is_sure(runs[i].choice)) alike[written(lines, runs[i])].push_back(i);
    const std::vector<Found> first = runs;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        Found& run = runs[i];
        const Line& line = lines[run.line];
        const auto group = alike.find(written(lines, first[i]));
        if (group != alike.end())
            for (std::size_t j : group->second) local.add_text(window(lines[first[j].line], first[j]), -1);
        std::optional<Choice> again = damage_choice::choose(line.chars, run.shape, local, cache);
        const std::optional<Choice>& before = first[i].choice;
        const bool confirmed = again && is_sure(before) && before->text == again->text && before->end == again->end;
        if (again && (!before || (!confirmed && has_unshown_pair(line, run, *again, local))))
            again->runner_up = again->score;  // unsure: the run stays as written
        if (group != alike.end())
            for (std::size_t j : group->second) local.add_text(window(lines[first[j].line], first[j]), 1);
        const bool overlaps = again && i + 1 < runs.size() && runs[i + 1].line == run.line && again->end > runs[i + 1].shape.start;
        if (overlaps) continue;
        if (again) run.end = again->end;
        run.choice = std::move(again);
    }
}

// What one text's repair needs of memory: a report's characters and its pairs take a
// megabyte, which allocated anew for each text (or for each of the import's worker threads,
// new for each batch of files) is mostly page faults. A text leases them from a pool that
// keeps them for the next.
struct Buffers {
    Chars all;
    damage_model::LocalPairs local;
};

class BufferLease {
public:
    BufferLease() {
        const std::lock_guard lock(pool().mutex);
        if (!pool().free.empty()) {
            buffers_ = std::move(pool().free.back());
            pool().free.pop_back();
        }
        if (!buffers_) buffers_ = std::make_unique<Buffers>();
    }
    ~BufferLease() {
        const std::lock_guard lock(pool().mutex);
        pool().free.push_back(std::move(buffers_));
    }
    BufferLease(const BufferLease&) = delete;
    BufferLease& operator=(const BufferLease&) = delete;
    Buffers* operator->() const { return buffers_.get(); }

private:
    struct Pool {
        std::mutex mutex;
        std::vector<std::unique_ptr<Buffers>> free;
    };
    static Pool& pool() {
        static Pool shared;
        return shared;
    }
    std::unique_ptr<Buffers> buffers_;
};

DamagedRun damaged_run(const Line& line, const Found& run) {
    const std::size_t at = run.shape.start;
    DamagedRun out{line.number, line.offsets[at], utf8_of(line.chars, at, run.end), std::nullopt,
                   utf8_of(line.chars, at > kContext ? at - kContext : 0, at),
                   utf8_of(line.chars, run.end, std::min(line.chars.size(), run.end + kContext))};
    if (is_sure(run.choice)) out.repaired = utf8_of(run.choice->text, 0, run.choice->text.size());
    return out;
}

// The text with every repaired run replaced, and the runs.
RepairedText write_out(std::string_view text, const std::vector<Line>& lines, const std::vector<Found>& runs) {
    RepairedText result;
    result.text.reserve(text.size());
    std::size_t copied = 0;  // bytes of text already in the result
    for (const Found& run : runs) {
        const Line& line = lines[run.line];
        DamagedRun out = damaged_run(line, run);
        const std::size_t start = line.offset + out.column;
        result.text.append(text.substr(copied, start - copied));
        result.text.append(out.repaired ? *out.repaired : out.written);
        copied = line.offset + line.offsets[run.end];
        result.runs.push_back(std::move(out));
    }
    result.text.append(text.substr(copied));
    return result;
}

}  // namespace

RepairedText repair_damaged_runs(std::string owned) {
    const std::string_view text = owned;
    std::vector<Line> lines;
    std::vector<Found> runs;
    damage_model::LocalPairs script;  // the first pass knows the report's script alone
    // Options depend on the place and the script alone: one cache a thread serves every text
    // (a worker thread of the import repairs many), bounded to some megabytes.
    thread_local damage_lattice::OptionCache cache;
    cache.forget_if_over(kCachedPlaces);
    if (text.find('?') == std::string_view::npos) return {std::move(owned), {}};
    const BufferLease buffers;
    Chars& all = buffers->all;
    damage_model::LocalPairs& local = buffers->local;
    decode_text_chars(text, all);
    script.script = all.script;
    int number = 1;
    for (std::size_t start = 0; start <= text.size(); ++number) {
        const std::size_t newline = std::min(text.find('\n', start), text.size());
        const std::string_view row = text.substr(start, newline - start);
        if (row.find('?') != std::string_view::npos) {
            lines.push_back(decode_line(row, number, start));
            find_runs(lines.back(), lines.size() - 1, script, cache, runs);
        }
        start = newline + 1;
    }
    if (runs.empty()) return {std::move(owned), {}};
    local_pairs(all, lines, runs, local);
    choose_again(lines, runs, local, cache);
    return write_out(text, lines, runs);
}

}  // namespace glossgraph
