// glossgraph search WORDS: terms and definitions (or report bodies) holding every word, in
// either script, ranked, with the words highlighted on a terminal.
#include "cli/command_options.hpp"
#include "cli/read_command.hpp"
#include "cli/views.hpp"
#include "core/errors.hpp"
#include "core/store/queries.hpp"
#include "core/terminal_text.hpp"
#include "core/text/keyword_in_context.hpp"

#include <algorithm>
#include <ostream>
#include <map>

namespace glossgraph {
namespace {

// text with every span highlighted (colour) or as it is.
std::string highlighted(const std::string& text, const std::vector<TextSpan>& spans, bool colour) {
    if (!colour) return escape_for_terminal(one_line(text));
    std::string line;
    std::size_t at = 0;
    for (const TextSpan& span : spans) {
        line += escape_for_terminal(one_line(text.substr(at, span.begin - at)));
        line += highlight_on + escape_for_terminal(one_line(text.substr(span.begin, span.end - span.begin))) + highlight_off;
        at = span.end;
    }
    return line + escape_for_terminal(one_line(text.substr(at)));
}

std::string where(const std::optional<int>& year, const std::string& region, const std::optional<std::string>& code) {
    return or_dash(year) + "  " + region_and_code(region, code.value_or(""));
}

// One term found, how it ranks, and (for the terms shown) its definitions that hold the words.
struct TermResult {
    SearchTerm term;
    bool exact = false;    // the key is the query
    bool in_term = false;  // every word is in the key
    std::vector<const SearchHit*> hits;
};

// The exact term first, then terms whose key holds every word, then those found in
// definitions; each group by the regions whose definitions hold the words, then the number of
// those definitions, then by key.
std::vector<TermResult> ranked(const std::vector<SearchTerm>& terms, const std::vector<std::string>& keys) {
    std::string query;
    for (const std::string& key : keys) query += key;
    std::vector<TermResult> results;
    for (const SearchTerm& term : terms) {
        const bool in_term = std::all_of(keys.begin(), keys.end(),
                                         [&](const std::string& key) { return term.key.find(key) != std::string::npos; });
        results.push_back({term, term.key == query, in_term, {}});
    }
    std::stable_sort(results.begin(), results.end(), [](const TermResult& a, const TermResult& b) {
        if (a.exact != b.exact) return a.exact;
        if (a.in_term != b.in_term) return a.in_term;
        if (a.term.regions != b.term.regions) return a.term.regions > b.term.regions;
        return a.term.definitions > b.term.definitions;  // then by key, as the store sorted them
    });
    return results;
}

class SearchCommand final : public Command, with_database, with_json_output, with_filters {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("search",
                                     "Find terms and definitions (or report bodies) holding every word, in either script");
        app_->add_option("WORDS", words_, "Words to find: 生态 finds 生態 and 生态环境; every word must occur")->required();
        app_->add_option("--in", in_, "Where to look: terms, definitions (both by default), or bodies (the reports' text)")
            ->delimiter(',')
            ->check(CLI::IsMember({"terms", "definitions", "bodies"}));
        app_->add_option("--limit", limit_, "At most this many terms, or reports with --in bodies (0: all)")
            ->check(number())
            ->check(CLI::Range(0, 1000000))
            ->capture_default_str();
        app_->add_option("--context", width_, "Characters shown either side of a match")
            ->check(number())
            ->check(CLI::Range(0, 1000))
            ->capture_default_str();
        add_filter_options(*app_);
        add_json_option(*app_, "Print a JSON array, best match first");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        std::vector<std::string> keys;
        for (const std::string& word : words_) {
            keys.push_back(term_key(word));
            if (keys.back().empty()) throw usage_error("search: '" + word + "' holds nothing to search for (only quotes, brackets or spaces)");
        }
        const bool bodies = std::find(in_.begin(), in_.end(), "bodies") != in_.end();
        if (bodies && in_.size() > 1) throw usage_error("search --in bodies looks in the reports' text only; search terms and definitions separately");
        const auto store = open_store(global);
        const Store::ReadSnapshot snapshot = store->read_snapshot();
        const ReportFilter reports = report_filter(*store);
        if (bodies) return search_bodies(*store, keys, reports, streams);
        SearchQuery query{keys, in_.empty() || has("terms"), in_.empty() || has("definitions"), reports};
        std::vector<TermResult> results = ranked(store->queries().search_terms(query), keys);
        if (limit_ > 0 && results.size() > static_cast<std::size_t>(limit_)) results.resize(static_cast<std::size_t>(limit_));
        // The definitions of the terms shown only.
        std::vector<std::string> shown_keys;
        for (const TermResult& result : results) shown_keys.push_back(result.term.key);
        const std::vector<SearchHit> hits = results.empty() ? std::vector<SearchHit>{} : store->queries().search(query, shown_keys);
        std::map<std::string, std::vector<const SearchHit*>> hits_of;
        for (const SearchHit& hit : hits) hits_of[hit.key].push_back(&hit);
        for (TermResult& result : results) result.hits = std::move(hits_of[result.term.key]);
        KeyedText keyed;
        if (json()) {
            Json array = Json::array();
            for (const TermResult& result : results) array.push_back(search_result_json(result.term, result.in_term, result.hits, [&](const std::string& text) {
                    return find_words(text, keys, keyed);
                }));
            write_json(streams.out, array);
            return 0;
        }
        if (results.empty()) streams.out << "no term or definition holds " << escape_for_terminal(joined()) << '\n';
        for (const TermResult& result : results) print_result(result, keys, keyed, streams);
        return 0;
    }

private:
    bool has(const char* place) const { return std::find(in_.begin(), in_.end(), place) != in_.end(); }

    std::string joined() const {
        std::string text;
        for (const std::string& word : words_) text += (text.empty() ? "" : " ") + word;
        return text;
    }

    void print_result(const TermResult& result, const std::vector<std::string>& keys, KeyedText& keyed,
                      Streams& streams) const {
        const std::string& term = result.term.term;
        streams.out << highlighted(term, find_words(term, keys, keyed), streams.colour) << "  ("
                    << (result.in_term ? "term" : "definition") << ", " << result.term.regions << " region(s), "
                    << result.hits.size() << " definition(s))\n";
        constexpr std::size_t shown_hits = 3;
        for (std::size_t i = 0; i < result.hits.size() && i < shown_hits; ++i) {
            const SearchHit& hit = *result.hits[i];
            const std::vector<TextSpan> spans = find_words(hit.definition, keys, keyed);
            std::string excerpt;
            if (spans.empty()) {
                excerpt = shown_in_context(context_of(hit.definition, {0, 0}, 2 * static_cast<std::size_t>(width_)), false);
            } else {
                excerpt = shown_in_context(context_of(hit.definition, spans.front(), static_cast<std::size_t>(width_)), streams.colour);
            }
            streams.out << "  " << escape_for_terminal(where(hit.year, hit.region, hit.region_code)) << "  " << excerpt << '\n';
        }
        if (result.hits.size() > shown_hits) {
            streams.out << "  … " << result.hits.size() - shown_hits << " more (glossgraph show "
                        << escape_for_terminal(result.term.key) << ")\n";
        }
    }

    int search_bodies(const Store& store, const std::vector<std::string>& keys, const ReportFilter& reports,
                      Streams& streams) const {
        struct Found {
            BodyRow report;
            std::vector<TextSpan> spans;
        };
        std::vector<Found> found;
        KeyedText keyed;
        store.queries().body_of_each(reports, [&](BodyRow& row) {
            if (keys.size() > 1 && !has_all_words(row.body, keys, keyed)) return;
            std::vector<TextSpan> spans = find_words(row.body, keys, keyed);
            if (!spans.empty()) found.push_back({std::move(row), std::move(spans)});
        });
        std::stable_sort(found.begin(), found.end(),
                         [](const Found& a, const Found& b) { return a.spans.size() > b.spans.size(); });
        if (limit_ > 0 && found.size() > static_cast<std::size_t>(limit_)) found.resize(static_cast<std::size_t>(limit_));
        const auto width = static_cast<std::size_t>(width_);
        if (json()) {
            Json array = Json::array();
            for (const Found& f : found) {
                Json contexts = Json::array();
                for (const TextSpan& span : f.spans) {
                    const Context c = context_of(f.report.body, span, width);
                    contexts.push_back({{"begin", span.begin}, {"end", span.end}, {"before", c.before},
                                        {"match", c.match}, {"after", c.after}});
                }
                array.push_back({{"report", f.report.report},
                                 {"region_code", f.report.region_code ? Json(*f.report.region_code) : Json(nullptr)},
                                 {"region", f.report.region.empty() ? Json(nullptr) : Json(f.report.region)},
                                 {"year", f.report.year ? Json(*f.report.year) : Json(nullptr)},
                                 {"count", f.spans.size()},
                                 {"matches", std::move(contexts)}});
            }
            write_json(streams.out, array);
            return 0;
        }
        if (found.empty()) streams.out << "no report body holds " << escape_for_terminal(joined()) << '\n';
        for (const Found& f : found) {
            streams.out << escape_for_terminal(f.report.report) << "  ("
                        << escape_for_terminal(where(f.report.year, f.report.region, f.report.region_code)) << ", "
                        << f.spans.size() << " match(es))\n";
            constexpr std::size_t shown_matches = 3;
            for (std::size_t i = 0; i < f.spans.size() && i < shown_matches; ++i) {
                streams.out << "  " << shown_in_context(context_of(f.report.body, f.spans[i], width), streams.colour) << '\n';
            }
        }
        return 0;
    }

    std::vector<std::string> words_;
    std::vector<std::string> in_;
    int limit_ = 20;
    int width_ = 20;
};

}  // namespace

std::unique_ptr<Command> make_search_command() { return std::make_unique<SearchCommand>(); }

}  // namespace glossgraph
