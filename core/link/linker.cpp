#include "core/link/linker.hpp"

#include "core/link/mention_scan.hpp"
#include "core/link/variants.hpp"
#include "core/parallel.hpp"

#include "core/errors.hpp"

#include <new>
#include <string>
#include <utility>
#include <vector>

namespace glossgraph {
namespace {

std::vector<TermFacts> facts_of(const std::vector<LinkTerm>& terms) {
    std::vector<TermFacts> facts;
    facts.reserve(terms.size());
    for (const LinkTerm& term : terms) facts.push_back({term.key, term.definitions});
    return facts;
}

RelationRecord record_of(const TermRelation& relation, const std::vector<LinkTerm>& terms) {
    RelationRecord record{terms[relation.from].id, terms[relation.to].id, relation.kind,
                          relation.rule, std::nullopt};
    const bool from_definition = relation.kind == RelationKind::variant_expansion || relation.kind == RelationKind::refers_to;
    const auto& entries = terms[relation.from].definition_entries;
    if (from_definition && relation.evidence_definition < entries.size()) {
        record.evidence_entry = entries[relation.evidence_definition];
    }
    return record;
}

void relate(LinkStore& store, const std::vector<LinkTerm>& terms, LinkSummary& summary) {
    std::vector<std::size_t> changed;
    std::vector<long long> changed_ids;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (terms[i].related) continue;
        changed.push_back(i);
        changed_ids.push_back(terms[i].id);
    }
    if (changed.empty()) return;
    std::vector<RelationRecord> records;
    for (const TermRelation& relation : find_relations(facts_of(terms), changed)) records.push_back(record_of(relation, terms));
    store.replace_relations(changed_ids, records);
    summary.terms_related = static_cast<int>(changed.size());
    summary.relations = static_cast<int>(records.size());
}

// Reports scanned together: read one after the other, scanned on every core, saved in order.
constexpr std::size_t kScanBatch = 32;

// Scans the reports whose linked flag is `linked` for the terms at `which`. The database
// sees the same writes in the same order as a scan on one core would make.
int scan(LinkStore& store, bool linked, const std::vector<LinkTerm>& terms, const std::vector<std::size_t>& which,
         LinkSummary& summary) {
    if (which.empty()) return 0;
    const MentionPatterns patterns = mention_patterns(terms, which);
    const MultiMatcher matcher(patterns.forms);
    int reports = 0;
    std::vector<LinkReport> batch;
    std::vector<std::vector<MentionRecord>> found;
    const auto flush = [&] {
        found.assign(batch.size(), {});
        parallel_for(batch.size(), [&](std::size_t i) { found[i] = scan_mentions(batch[i], patterns, matcher); });
        for (const std::vector<MentionRecord>& mentions : found) {
            store.save_mentions(mentions);
            summary.mentions += static_cast<int>(mentions.size());
        }
        reports += static_cast<int>(batch.size());
        batch.clear();
    };
    store.for_each_report(linked, [&](LinkReport& report) {
        batch.push_back(std::move(report));
        if (batch.size() == kScanBatch) flush();
    });
    flush();
    return reports;
}

}  // namespace

LinkSummary link(LinkStore& store, int rules_version) {
    LinkSummary summary;
    std::string doing;  // what linking does, for the message when memory runs out
    try {
        doing = "starting";
        if (!store.has_links_to_make(rules_version)) return summary;
        summary.relinked = store.begin_linking(rules_version);
        doing = "reading the terms";
        const std::vector<LinkTerm> terms = store.link_terms();
        doing = "finding relations among " + std::to_string(terms.size()) + " terms";
        relate(store, terms, summary);
        std::vector<std::size_t> all(terms.size());
        std::vector<std::size_t> unscanned;
        for (std::size_t i = 0; i < terms.size(); ++i) {
            all[i] = i;
            if (!terms[i].scanned) unscanned.push_back(i);
        }
        summary.new_terms = static_cast<int>(unscanned.size());
        doing = "scanning the reports linked before for " + std::to_string(unscanned.size()) + " new terms";
        summary.reports_rescanned = scan(store, true, terms, unscanned, summary);
        // Reports not linked yet need every term, even when no term is new.
        doing = "scanning the new reports for " + std::to_string(terms.size()) + " terms";
        summary.reports_scanned = terms.empty() ? 0 : scan(store, false, terms, all, summary);
        doing = "saving the links";
        store.commit_linking();
    } catch (const std::bad_alloc&) {
        store.abort_linking();  // frees nothing of ours: `terms` and the rest are gone already
        throw error("out of memory while linking (" + doing + "); nothing was linked");
    } catch (...) {
        store.abort_linking();
        throw;
    }
    return summary;
}

}  // namespace glossgraph
