// glossgraph mentions: where terms are used in report bodies, defined there or not.
#include "cli/command_options.hpp"
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/errors.hpp"
#include "core/store/queries.hpp"
#include "core/terminal_text.hpp"
#include "core/text/keyword_in_context.hpp"

#include <map>
#include <optional>
#include <ostream>
#include <set>

namespace glossgraph {

namespace {

class MentionsCommand final : public Command, with_database, with_json_output, with_filters {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("mentions", "List where terms are mentioned in report bodies (glossaries excluded)");
        app_->add_option("--term", term_, "Only mentions of this term (written form or key, either script)")->check(nonempty());
        app_->add_option("--report", report_, "Only mentions in this report (its file name, or its path)")->check(nonempty());
        app_->add_option("--context", context_,
                         "Show each kept occurrence (the first " + std::to_string(kept_occurrences) +
                             " of a report) with this many characters either side")
            ->check(number())
            ->check(CLI::Range(0, 1000));
        add_filter_options(*app_);
        add_output_options(*app_, "Print a JSON array, one object per report and term");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_store(global);
        MentionFilter filter;
        filter.reports = report_filter(*store);
        if (!report_.empty()) filter.report = stored_report(*store, report_, global.db);
        if (!term_.empty()) {
            filter.key = resolve_term(*store, term_, global.db, streams.err);
        }
        const std::vector<MentionRow> rows = store->queries().mentions(filter);
        if (context_) return print_contexts(*store, rows, streams);
        return write_listing(streams.out, [&] { return json_array(rows); },
                             [&] {
                                 Table table({"report", "region", "year", "term", "mentions"}, {28, 0, 0, 30, 0});
                                 for (const MentionRow& row : rows) {
                                     table.add({row.report, row.region.empty() ? "-" : row.region, or_dash(row.year),
                                                row.term, mention_note(row)});
                                 }
                                 return table;
                             });
    }

private:
    static constexpr int kept_occurrences = 5;  // core/link/linker.hpp: kept_offsets

    // The occurrences a mention kept (their offsets), each as the match found at that offset in
    // the report's body by the form that matched (MentionRow::via).
    static std::vector<TextSpan> occurrences(const std::string& body, const MentionRow& row, KeyedText& keyed) {
        const std::vector<std::string> words{row.via};
        const std::set<std::size_t> kept(row.offsets.begin(), row.offsets.end());
        std::vector<TextSpan> spans;
        for (const TextSpan& span : find_words(body, words, keyed))
            if (kept.contains(span.begin)) spans.push_back(span);
        return spans;
    }

    int print_contexts(const Store& store, const std::vector<MentionRow>& rows, Streams& streams) const {
        std::map<std::string, std::string> bodies;  // by report: each read once
        KeyedText keyed;
        const auto width = static_cast<std::size_t>(*context_);
        Json array = Json::array();
        for (const MentionRow& row : rows) {
            auto body = bodies.find(row.report);
            if (body == bodies.end()) body = bodies.emplace(row.report, store.queries().body(row.report).value_or("")).first;
            const std::vector<TextSpan> spans = occurrences(body->second, row, keyed);
            if (json()) {
                Json json = to_json(row);
                json["contexts"] = Json::array();
                for (const TextSpan& span : spans) {
                    const Context c = context_of(body->second, span, width);
                    json["contexts"].push_back({{"begin", span.begin}, {"end", span.end}, {"before", c.before},
                                                {"match", c.match}, {"after", c.after}});
                }
                array.push_back(std::move(json));
                continue;
            }
            streams.out << escape_for_terminal(row.report + "  " + (row.region.empty() ? "-" : row.region) + "  " +
                                               or_dash(row.year) + "  " + row.term + "  " + mention_note(row))
                        << '\n';
            for (const TextSpan& span : spans) {
                streams.out << "  " << shown_in_context(context_of(body->second, span, width), streams.colour, "【", "】")
                            << '\n';
            }
            if (row.count > static_cast<int>(spans.size())) {
                streams.out << "  (" << spans.size() << " of " << row.count << " occurrence(s) shown)\n";
            }
        }
        if (json()) write_json(streams.out, array);
        return 0;
    }

    std::optional<int> context_;
    std::string term_;
    std::string report_;
};

}  // namespace

std::unique_ptr<Command> make_mentions_command() { return std::make_unique<MentionsCommand>(); }

}  // namespace glossgraph
