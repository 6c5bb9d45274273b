// The linking half of the store: what core/link/linker.cpp reads and writes, and the
// queries over mentions and relations. Statements are compiled on first use.
#include "core/errors.hpp"
#include "core/store/search_index.hpp"
#include "core/store/database.hpp"
#include "core/store/link_statements.hpp"
#include "core/store/store.hpp"
#include "core/text/normalize.hpp"

#include <sqlite3.h>

#include <charconv>
#include <tuple>
#include <vector>
#include <string>

namespace glossgraph {
namespace {

std::string join_offsets(const std::vector<std::size_t>& offsets) {
    std::string text;
    for (std::size_t offset : offsets) text.append(text.empty() ? "" : ",").append(std::to_string(offset));
    return text;
}

// The offsets join_offsets wrote. Anything else in the column is damage (a hand-edited or
// damaged file), said as such with how to recover, never "unexpected error: stoull".
std::vector<std::size_t> split_offsets(const std::string& text, const Database& db) {
    std::vector<std::size_t> offsets;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t comma = text.find(',', pos);
        if (comma == std::string::npos) comma = text.size();
        std::size_t offset = 0;
        const auto [end, fault] = std::from_chars(text.data() + pos, text.data() + comma, offset);
        if (fault != std::errc() || end != text.data() + comma) {
            throw store_error(db.path() + ": the database is damaged (a mention's offsets are '" + text.substr(0, 40) +
                                  "', not byte offsets). " + recovery_advice(db.path()),
                              SQLITE_CORRUPT);
        }
        offsets.push_back(offset);
        pos = comma + 1;
    }
    return offsets;
}

void add_definition(LinkTerm& term, const Statement& row) {
    if (row.column_is_null(4)) return;
    term.definition_entries.push_back(row.column_int64(4));
    term.definitions.push_back(row.column_text(5));
}

}  // namespace

Store::LinkStatements& Store::link_statements() const {
    if (!link_statements_) link_statements_ = std::make_unique<LinkStatements>(*db_);
    return *link_statements_;
}

std::vector<LinkTerm> Store::link_terms() const {
    Statement& query = link_statements().terms;
    ScopedReset done(query);
    std::vector<LinkTerm> terms;
    while (query.step()) {
        const long long id = query.column_int64(0);
        if (terms.empty() || terms.back().id != id) {
            terms.push_back({id, query.column_text(1), query.column_int(2) != 0, query.column_int(3) != 0, {}, {}});
        }
        add_definition(terms.back(), query);
    }
    return terms;
}

void Store::for_each_report(bool linked, const std::function<void(LinkReport&)>& visit) const {
    LinkStatements& s = link_statements();
    ScopedReset done(s.reports);
    s.reports.bind_int(1, linked ? 1 : 0);
    while (s.reports.step()) {
        LinkReport report{s.reports.column_int64(0), s.reports.column_text(1), s.reports.column_text(2), {}, {}};
        {
            ScopedReset anchors_done(s.anchors);
            s.anchors.bind_int(1, report.id);
            while (s.anchors.step()) {
                report.anchors.push_back({s.anchors.column_int(0), static_cast<std::size_t>(s.anchors.column_int64(1)),
                                          s.anchors.column_text(2)});
            }
        }
        ScopedReset footnotes_done(s.footnotes);
        s.footnotes.bind_int(1, report.id);
        while (s.footnotes.step()) report.footnotes_of_term[s.footnotes.column_int64(0)].push_back(s.footnotes.column_int(1));
        visit(report);
    }
}

bool Store::has_links_to_make(int rules_version) const {
    Statement query = db_->prepare(
        "SELECT (SELECT rules_version FROM link_state WHERE id = 1) IS NOT ?1"
        " OR EXISTS (SELECT 1 FROM reports WHERE linked = 0)"
        " OR EXISTS (SELECT 1 FROM terms WHERE scanned = 0 OR related = 0)");
    query.bind_int(1, rules_version);
    return query.step() && query.column_int(0) != 0;
}

bool Store::begin_linking(int rules_version) {
    prepare_to_write();
    if (transaction_) throw store_error(db_->path() + ": cannot link while a report is being written", SQLITE_MISUSE);
    link_transaction_ = std::make_unique<Transaction>(*db_);
    LinkStatements& s = link_statements();
    int stored = 0;
    {
        ScopedReset done(s.rules_version);
        if (s.rules_version.step()) stored = s.rules_version.column_int(0);
    }
    if (stored == rules_version) return false;
    bool linked_before = false;
    {
        ScopedReset done(s.any_linked);
        linked_before = s.any_linked.step() && s.any_linked.column_int(0) != 0;
    }
    // Made by other rules: nothing linked stands, everything is linked again.
    db_->exec("DELETE FROM mentions; DELETE FROM relations; UPDATE reports SET linked = 0;"
              " UPDATE terms SET scanned = 0, related = 0");
    ScopedReset done(s.set_rules_version);
    s.set_rules_version.bind_int(1, rules_version).run();
    return linked_before;
}

void Store::replace_relations(const std::vector<long long>& changed_terms, const std::vector<RelationRecord>& relations) {
    LinkStatements& s = link_statements();
    for (long long term : changed_terms) {
        for (Statement* remove : {&s.delete_from, &s.delete_to}) {
            ScopedReset done(*remove);
            remove->bind_int(1, term).run();
        }
    }
    for (const RelationRecord& relation : relations) {
        ScopedReset done(s.insert_relation);
        s.insert_relation.bind_int(1, relation.from_term).bind_int(2, relation.to_term);
        s.insert_relation.bind_text(3, relation.kind).bind_text(4, relation.rule);
        if (relation.evidence_entry) {
            s.insert_relation.bind_int(5, *relation.evidence_entry).run();
        } else {
            s.insert_relation.bind_null(5).run();
        }
    }
}

void Store::save_mentions(const std::vector<MentionRecord>& mentions) {
    Statement& save = link_statements().save_mention;
    for (const MentionRecord& m : mentions) {
        ScopedReset done(save);
        save.bind_int(1, m.report_id).bind_int(2, m.term_id).bind_int(3, m.count).bind_int(4, m.quoted);
        save.bind_int(5, m.marked).bind_int(6, m.anchored ? 1 : 0).bind_text(7, m.via);
        save.bind_text(8, join_offsets(m.offsets)).run();
    }
}

void Store::commit_linking() {
    if (!link_transaction_) throw store_error(db_->path() + ": commit_linking without begin_linking", SQLITE_MISUSE);
    LinkStatements& s = link_statements();
    {
        // Read first, then written: the new entries' key forms for search.
        std::vector<std::tuple<long long, std::string, std::string>> unsearched;
        ScopedReset done(s.unsearched_entries);
        KeyedText keyed;
        while (s.unsearched_entries.step()) {
            to_key_text(s.unsearched_entries.column_text(2), keyed);
            unsearched.emplace_back(s.unsearched_entries.column_int64(0), s.unsearched_entries.column_text(1), keyed.text);
        }
        s.unsearched_entries.reset();
        for (const auto& [id, key, definition] : unsearched) {
            ScopedReset inserted(s.insert_search);
            s.insert_search.bind_int(1, id).bind_text(2, search_index::column(key)).bind_text(3, search_index::column(definition)).run();
        }
    }
    for (Statement* mark : {&s.mark_reports, &s.mark_terms, &s.refresh_labels}) {
        ScopedReset done(*mark);
        mark->run();
    }
    link_transaction_->commit();
    link_transaction_.reset();
}

void Store::abort_linking() { link_transaction_.reset(); }

std::vector<MentionRow> Store::mentions(const MentionFilter& filter) const {
    using link_sql::MentionScope;
    const MentionScope scope = filter.report ? (filter.key ? MentionScope::report_and_term : MentionScope::report)
                                             : (filter.key ? MentionScope::term : MentionScope::all);
    Statement& query = statement_for(link_sql::mentions_sql(scope, store_sql::report_filter_condition(filter.reports)));
    ScopedReset done(query);
    if (filter.report) query.bind_text(1, *filter.report);
    if (filter.key) query.bind_text(2, *filter.key);
    store_sql::bind_report_filter(query, filter.reports);
    std::vector<MentionRow> rows;
    while (query.step()) {
        if (query.column_is_null(4)) continue;  // a term without entries has no label: as the view, no row
        rows.push_back({query.column_text(0), query.column_optional_text(1), query.column_optional_text(2).value_or(""),
                        query.column_optional_int(3), query.column_text(4), query.column_text(5), query.column_int(6),
                        query.column_int(7), query.column_int(8), query.column_int(9) != 0, query.column_int(10) != 0,
                        query.column_text(11), split_offsets(query.column_text(12), *db_)});
    }
    return rows;
}

std::vector<RelatedTerm> Store::related_terms(const std::string& key) const {
    Statement& query = link_statements().related;
    ScopedReset done(query);
    query.bind_text(1, key);
    std::vector<RelatedTerm> rows;
    while (query.step()) {
        if (query.column_is_null(1)) continue;  // a term without entries has no label: as the view, no row
        rows.push_back({query.column_text(0), query.column_text(1), query.column_text(2), query.column_text(3)});
    }
    return rows;
}

}  // namespace glossgraph
