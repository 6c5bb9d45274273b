#pragma once
// The linking part of the store (core/store/store.hpp): the LinkStore (core/link/link_store.hpp)
// that core/link/linker.hpp reads and writes mentions and relations through. Store::link_tables()
// hands it out.
#include "core/link/link_store.hpp"

#include <functional>
#include <memory>
#include <vector>

namespace glossgraph {

class Database;
class Store;
class Transaction;

// Lives as long as the Store it belongs to, and works through its connection: begin_linking
// checks the store's pages first (Store::prepare_to_write) and throws store_error
// (SQLITE_MISUSE) while the store's writer has a report open. Its statements are compiled on
// first use: a command that never links does not compile them.
class LinkTables final : public LinkStore {
public:
    explicit LinkTables(Store& store);
    ~LinkTables() override;
    LinkTables(const LinkTables&) = delete;
    LinkTables& operator=(const LinkTables&) = delete;

    // LinkStore. commit_linking also indexes the new reports' entries for search and stores the
    // labels their terms need. (One index write per import, not per report: FTS5 writes a
    // segment per transaction.)
    std::vector<LinkTerm> link_terms() const override;  // by id
    void for_each_report(bool linked, const std::function<void(LinkReport&)>& visit) const override;
    bool has_links_to_make(int rules_version) const override;
    bool begin_linking(int rules_version) override;
    void replace_relations(const std::vector<long long>& changed_terms, const std::vector<RelationRecord>& relations) override;
    void save_mentions(const std::vector<MentionRecord>& mentions) override;  // replaces (report, term) rows
    void commit_linking() override;
    void abort_linking() override;

private:
    struct Statements;
    Statements& statements() const;

    Store& store_;
    Database& db_;
    mutable std::unique_ptr<Statements> statements_;
    std::unique_ptr<Transaction> transaction_;  // between begin_linking and commit_linking
};

}  // namespace glossgraph
