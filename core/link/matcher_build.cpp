// Building the matcher's tables: the patterns encoded as symbols, the trie with its failure
// links and outputs, and its layout as a double array.
#include "core/link/matcher_tables.hpp"

#include "core/text/utf8.hpp"

#include <span>
#include <stdexcept>

namespace glossgraph::detail {
namespace {

// The patterns as symbol sequences, concatenated; pattern i is [offset[i], offset[i + 1]).
struct Encoded {
    Symbols symbols;
    std::vector<std::uint32_t> text;
    std::vector<std::size_t> offset;

    std::span<const std::uint32_t> symbols_of(std::size_t pattern) const {
        return {text.data() + offset[pattern], text.data() + offset[pattern + 1]};
    }
};

// Fills text and offset with the code points of the patterns; symbols come later.
void decode_patterns(const std::vector<std::string>& patterns, Encoded& encoded) {
    encoded.offset.push_back(0);
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        if (!utf8::is_valid(patterns[i]))
            throw std::invalid_argument("MultiMatcher: pattern " + std::to_string(i) + " is not valid UTF-8");
        for (std::size_t at = 0; at < patterns[i].size();) encoded.text.push_back(utf8::next(patterns[i], at));
        encoded.offset.push_back(encoded.text.size());
    }
}

// Symbols are numbered by falling frequency in the patterns, so the children of a node mostly
// have small, close symbols and pack densely in the double array.
Encoded encode(const std::vector<std::string>& patterns) {
    Encoded encoded;
    decode_patterns(patterns, encoded);
    std::vector<std::uint32_t> sorted = encoded.text;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::pair<std::size_t, std::uint32_t>> by_count;  // (occurrences, code point)
    for (auto run = sorted.begin(); run != sorted.end();) {
        const auto end = std::upper_bound(run, sorted.end(), *run);
        by_count.emplace_back(static_cast<std::size_t>(end - run), *run);
        run = end;
    }
    std::stable_sort(by_count.begin(), by_count.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    for (const auto& [count, code_point] : by_count) {
        if (code_point < 0x10000) encoded.symbols.bmp[code_point] = encoded.symbols.count;
        else encoded.symbols.supplementary.emplace_back(code_point, encoded.symbols.count);
        ++encoded.symbols.count;
    }
    std::sort(encoded.symbols.supplementary.begin(), encoded.symbols.supplementary.end());
    for (std::uint32_t& symbol : encoded.text) symbol = encoded.symbols.of(symbol);
    return encoded;
}

// Indices of the non-empty patterns, sorted by their symbols (duplicates by index).
std::vector<std::uint32_t> sorted_patterns(const Encoded& encoded) {
    std::vector<std::uint32_t> order;
    for (std::size_t i = 0; i + 1 < encoded.offset.size(); ++i)
        if (encoded.offset[i] != encoded.offset[i + 1]) order.push_back(static_cast<std::uint32_t>(i));
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto x = encoded.symbols_of(a), y = encoded.symbols_of(b);
        return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end());
    });
    return order;
}

struct Terminal {
    std::uint32_t node, pattern;  // pattern ends in node
};

// The trie in breadth-first order: the children of a node are contiguous and sorted by label,
// and every failure link points to an earlier node.
struct Trie {
    std::vector<std::uint32_t> label;  // symbol on the edge into the node
    std::vector<std::uint32_t> child_begin;
    std::vector<std::uint32_t> child_end;
    std::vector<std::uint32_t> fail;
    std::vector<Terminal> terminals;  // by node, pattern indices ascending within a node

    std::uint32_t size() const { return static_cast<std::uint32_t>(label.size()); }
    std::span<const std::uint32_t> child_labels(std::uint32_t node) const {
        return {label.data() + child_begin[node], label.data() + child_end[node]};
    }
};

// Builds the trie breadth-first straight from the sorted patterns: a node is the run of
// sorted patterns that share its prefix, and its children split that run by the next symbol.
Trie make_trie(const Encoded& encoded) {
    struct Run {
        std::size_t begin, end, depth;
    };
    const std::vector<std::uint32_t> order = sorted_patterns(encoded);
    std::vector<std::uint32_t> sorted;  // the symbols again in sorted order: runs are read in order
    std::vector<std::size_t> start{0};
    for (const std::uint32_t index : order) {
        const auto symbols = encoded.symbols_of(index);
        sorted.insert(sorted.end(), symbols.begin(), symbols.end());
        start.push_back(sorted.size());
    }
    const auto symbol = [&](std::size_t at, std::size_t depth) { return sorted[start[at] + depth]; };
    Trie trie;
    std::vector<Run> runs{{0, order.size(), 0}};  // one per node, in breadth-first order
    trie.label.push_back(0);
    for (std::uint32_t node = 0; node < runs.size(); ++node) {
        auto [begin, end, depth] = runs[node];
        // The patterns that end here sort first in the run: a prefix sorts before its extensions.
        for (; begin < end && start[begin + 1] - start[begin] == depth; ++begin)
            trie.terminals.push_back(Terminal{node, order[begin]});
        trie.child_begin.push_back(static_cast<std::uint32_t>(runs.size()));
        while (begin < end) {
            std::size_t split = begin + 1;
            while (split < end && symbol(split, depth) == symbol(begin, depth)) ++split;
            runs.push_back(Run{begin, split, depth + 1});
            trie.label.push_back(symbol(begin, depth));
            begin = split;
        }
        trie.child_end.push_back(static_cast<std::uint32_t>(runs.size()));
    }
    return trie;
}

std::uint32_t find_child(const Trie& trie, std::uint32_t node, std::uint32_t label) {
    const std::span<const std::uint32_t> labels = trie.child_labels(node);
    const auto found = std::lower_bound(labels.begin(), labels.end(), label);
    if (found == labels.end() || *found != label) return none;
    return trie.child_begin[node] + static_cast<std::uint32_t>(found - labels.begin());
}

void compute_failure_links(Trie& trie, std::size_t symbol_count) {
    std::vector<std::uint32_t> from_root(symbol_count, 0);  // the root's child by symbol, or the root
    for (std::uint32_t child = trie.child_begin[0]; child < trie.child_end[0]; ++child)
        from_root[trie.label[child]] = child;
    trie.fail.assign(trie.size(), 0);  // the root's children fail to the root
    for (std::uint32_t node = 1; node < trie.size(); ++node) {
        for (std::uint32_t child = trie.child_begin[node]; child < trie.child_end[node]; ++child) {
            std::uint32_t state = trie.fail[node];
            std::uint32_t next = none;
            while (state != 0 && (next = find_child(trie, state, trie.label[child])) == none) state = trie.fail[state];
            trie.fail[child] = state == 0 ? from_root[trie.label[child]] : next;
        }
    }
}

constexpr std::uint32_t root_check = none - 1;  // the root's cell is taken but is nobody's child
// How many free cells to try as the first child of a node before putting its children past
// the end: bounds the build time; the cells skipped over stay free for later nodes.
constexpr std::size_t max_tries = 65536;

// Lays the trie out in a double array, parents before children (breadth-first). The free
// cells form a doubly linked list in ascending order, so the search for room skips taken ones.
class DoubleArray {
public:
    // Places the root at cell 0 with base 0: its children sit at their symbols.
    DoubleArray(std::span<const std::uint32_t> root_labels, std::size_t symbol_count) {
        grow(std::max<std::size_t>(1, symbol_count));
        take(0, root_check);
        for (const std::uint32_t label : root_labels) take(label, 0);
    }

    // Finds a base at which every label (ascending, at least one) lands on a free cell,
    // preferring cells near the front to keep the array dense; takes those cells for parent.
    std::uint32_t place(std::uint32_t parent, std::span<const std::uint32_t> labels) {
        const std::size_t slot = fitting_slot(labels);
        grow(slot + (labels.back() - labels.front()) + 1);
        const std::uint32_t base = static_cast<std::uint32_t>(slot) - labels.front();
        for (const std::uint32_t label : labels) take(base + label, parent);
        cells_[parent].base = base;
        return base;
    }

    std::vector<Cell>& cells() { return cells_; }

private:
    std::vector<Cell> cells_;
    std::vector<std::uint32_t> next_free_;
    std::vector<std::uint32_t> previous_free_;
    std::uint32_t first_free_ = none;
    std::uint32_t last_free_ = none;

    void grow(std::size_t size) {
        if (size >= root_check) throw std::length_error("MultiMatcher: too many patterns");
        for (auto cell = static_cast<std::uint32_t>(cells_.size()); cell < size; ++cell) {
            next_free_.push_back(none);
            previous_free_.push_back(last_free_);
            (last_free_ == none ? first_free_ : next_free_[last_free_]) = cell;
            last_free_ = cell;
        }
        cells_.resize(std::max(cells_.size(), size));
    }

    void take(std::uint32_t cell, std::uint32_t parent) {
        cells_[cell].check = parent;
        const std::uint32_t next = next_free_[cell], previous = previous_free_[cell];
        (previous == none ? first_free_ : next_free_[previous]) = next;
        (next == none ? last_free_ : previous_free_[next]) = previous;
    }

    bool fits(std::size_t slot, std::span<const std::uint32_t> labels) const {
        return std::all_of(labels.begin() + 1, labels.end(), [&](std::uint32_t label) {
            const std::size_t at = slot + (label - labels.front());
            return at >= cells_.size() || cells_[at].check == none;
        });
    }

    std::size_t fitting_slot(std::span<const std::uint32_t> labels) const {
        std::size_t tries = 0;
        for (std::uint32_t slot = first_free_; slot != none && tries < max_tries; slot = next_free_[slot], ++tries)
            if (fits(slot, labels)) return slot;
        return cells_.size();
    }
};

// Output entries for the nodes where patterns end; returns, per node, the entry of the node
// or of its nearest suffix with output (none if there is none).
std::vector<std::uint32_t> build_outputs(const Trie& trie, const std::vector<std::string>& patterns, Tables& a) {
    std::vector<std::uint32_t> own(trie.size(), none);
    const std::vector<Terminal>& terminals = trie.terminals;
    for (std::size_t first = 0, last = 0; first < terminals.size(); first = last) {
        while (last < terminals.size() && terminals[last].node == terminals[first].node) ++last;
        std::uint32_t pattern = terminals[first].pattern;
        if (last - first > 1) {
            pattern = static_cast<std::uint32_t>(a.duplicates.size());
            for (std::size_t k = first; k < last; ++k) a.duplicates.push_back(terminals[k].pattern);
        }
        own[terminals[first].node] = static_cast<std::uint32_t>(a.outputs.size());
        a.outputs.push_back({pattern, static_cast<std::uint32_t>(last - first),
                             static_cast<std::uint32_t>(patterns[terminals[first].pattern].size()), none});
    }
    std::vector<std::uint32_t> nearest(trie.size(), none);
    for (std::uint32_t node = 1; node < trie.size(); ++node) {
        const std::uint32_t inherited = nearest[trie.fail[node]];
        if (own[node] != none) a.outputs[own[node]].next = inherited;
        nearest[node] = own[node] != none ? own[node] : inherited;
    }
    return nearest;
}

// Lays out the trie breadth-first (a parent's cell is known before its children are placed),
// then fills in failure links and outputs by cell.
std::vector<Cell> lay_out(const Trie& trie, const std::vector<std::uint32_t>& nearest, std::size_t symbol_count) {
    DoubleArray array(trie.child_labels(0), symbol_count);
    std::vector<std::uint32_t> cell(trie.size(), 0);
    for (std::uint32_t child = trie.child_begin[0]; child < trie.child_end[0]; ++child) cell[child] = trie.label[child];
    for (std::uint32_t node = 1; node < trie.size(); ++node) {
        if (trie.child_begin[node] == trie.child_end[node]) continue;
        const std::uint32_t base = array.place(cell[node], trie.child_labels(node));
        for (std::uint32_t child = trie.child_begin[node]; child < trie.child_end[node]; ++child)
            cell[child] = base + trie.label[child];
    }
    std::vector<Cell> cells = std::move(array.cells());
    for (std::uint32_t node = 1; node < trie.size(); ++node) {
        cells[cell[node]].fail = cell[trie.fail[node]];
        cells[cell[node]].output = nearest[node];
    }
    cells.shrink_to_fit();
    return cells;
}

}  // namespace

Tables build(const std::vector<std::string>& patterns) {
    std::size_t total = 0;
    for (const std::string& pattern : patterns) total += pattern.size();
    // Bytes bound the states and symbols; every index below is 32-bit with two values reserved.
    if (total >= root_check || patterns.size() >= root_check)
        throw std::length_error("MultiMatcher: too many patterns");
    Tables a;
    a.pattern_count = patterns.size();
    Encoded encoded = encode(patterns);
    Trie trie = make_trie(encoded);
    compute_failure_links(trie, encoded.symbols.count);
    a.symbols = std::move(encoded.symbols);
    const std::vector<std::uint32_t> nearest = build_outputs(trie, patterns, a);
    a.cells = lay_out(trie, nearest, a.symbols.count);
    return a;
}

}  // namespace glossgraph::detail
