#pragma once
// What linking reads and writes, and the interface of where it does so: the linker
// (linker.hpp) depends on this alone, not on SQLite; the store implements it (Store), and
// tests use an in-memory fake. Header only.
#include "core/model.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

// A term as linking needs it.
struct LinkTerm {
    long long id = 0;
    std::string key;
    bool scanned = false;  // every linked report's body was scanned for it
    bool related = false;  // its relations are up to date with its definitions
    std::vector<std::string> definitions;  // in (report file, seq) order
    std::vector<long long> definition_entries;  // the entry id of each definition
};

// A report as linking needs it.
struct LinkReport {
    long long id = 0;
    std::string file;
    std::string body;
    std::vector<FootnoteAnchor> anchors;  // by offset
    std::map<long long, std::vector<int>> footnotes_of_term;  // term id -> footnotes defining it here
};

struct MentionRecord {
    long long report_id = 0;
    long long term_id = 0;
    int count = 0;    // accepted occurrences
    int quoted = 0;   // of which inside “…”
    int marked = 0;   // of which followed by a footnote marker
    bool anchored = false;  // a marker after it is this report's footnote for the term
    std::string via;        // the form that matched: the key, or a variant's
    bool via_variant = false;  // via is a variant form (not stored: it is via != key)
    std::vector<std::size_t> offsets;  // the first occurrences' byte offsets in the body
};

struct RelationRecord {
    long long from_term = 0;
    long long to_term = 0;
    RelationKind kind = RelationKind::variant_suffix;  // any but broader, which the store derives from footnotes
    std::string rule;
    std::optional<long long> evidence_entry;
};

// Where links live. Reads first, then the writes between begin_linking and commit_linking,
// which are one transaction: an exception or abort_linking leaves nothing of them.
class LinkStore {
public:
    virtual ~LinkStore() = default;

    // Whether a link would do anything: links made by other rules than rules_version (or
    // none), a report not linked yet, or a term not scanned for or not related. Reads only.
    virtual bool has_links_to_make(int rules_version) const = 0;
    // Starts the linking transaction. When the links were made by other rules than
    // rules_version (or never), every mention and relation is removed and every report and
    // term marked to be linked again; true when anything had been linked before.
    virtual bool begin_linking(int rules_version) = 0;
    virtual std::vector<LinkTerm> link_terms() const = 0;  // by id
    // Calls visit with each report whose `linked` flag equals `linked`, in id order, one at a
    // time; visit may move from the report it is given.
    virtual void for_each_report(bool linked, const std::function<void(LinkReport&)>& visit) const = 0;
    // Replaces the relations from the changed terms.
    virtual void replace_relations(const std::vector<long long>& changed_terms,
                                   const std::vector<RelationRecord>& relations) = 0;
    virtual void save_mentions(const std::vector<MentionRecord>& mentions) = 0;  // replaces (report, term) rows
    // Ends the transaction: every report is then linked and every term scanned and related.
    virtual void commit_linking() = 0;
    virtual void abort_linking() = 0;

protected:
    LinkStore() = default;
    LinkStore(const LinkStore&) = default;
    LinkStore& operator=(const LinkStore&) = default;
};

}  // namespace glossgraph
