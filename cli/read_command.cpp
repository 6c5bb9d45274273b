#include "cli/read_command.hpp"

#include "core/compare/nearest.hpp"
#include "core/errors.hpp"
#include "core/link/variants.hpp"
#include "core/store/queries.hpp"
#include "core/store/report_source.hpp"
#include "core/store/report_writer.hpp"
#include "core/terminal_text.hpp"
#include "core/text/normalize.hpp"

#include <algorithm>
#include <filesystem>
#include <ostream>

namespace glossgraph {

std::unique_ptr<Store> open_existing_store(const std::string& path) {
    if (!std::filesystem::exists(path)) {
        throw io_error(path, "no database here; run 'glossgraph import PATH...' first, or name one with --db");
    }
    return std::make_unique<Store>(path, Store::Purpose::read);  // the gazetteer only if it must migrate
}

namespace {

// The terms written as `labels` (their preferred forms), joined for a message.
std::string listed_terms(const Store& store, const std::vector<std::string>& keys) {
    std::string list;
    for (const std::string& key : keys) {
        const auto term = store.queries().term(key);
        list += (list.empty() ? "" : ", ") + (term ? term->term : key);
    }
    return list;
}

// The terms query is a variant form of: key plus a generic suffix, or key minus one.
std::vector<std::string> variant_matches(const Store& store, const std::string& query_key) {
    std::vector<std::string> keys;
    for (const std::string& key : store.queries().term_keys_starting_with(query_key)) {
        const std::vector<std::string> stems = generic_stems(key, 2);
        if (std::find(stems.begin(), stems.end(), query_key) != stems.end()) keys.push_back(key);
    }
    for (const std::string& stem : generic_stems(query_key, 2)) {
        if (const auto key = store.queries().find_term(stem)) keys.push_back(*key);
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

}  // namespace

std::string resolve_term(const Store& store, const std::string& query, const std::string& db_path, std::ostream& notes) {
    if (const std::optional<std::string> key = store.queries().find_term(query)) return *key;
    const std::string query_key = term_key(query);
    if (!query_key.empty()) {
        const std::vector<std::string> variants = variant_matches(store, query_key);
        if (variants.size() == 1) {
            notes << "glossgraph: note: no term is written " << escape_for_terminal(query) << "; it is a variant form of "
                  << escape_for_terminal(listed_terms(store, variants)) << " (key " << escape_for_terminal(variants.front())
                  << "), shown instead\n";
            return variants.front();
        }
        if (variants.size() > 1) {
            throw error("no term '" + query + "' in " + db_path + "; it is a variant form of several terms, name one: " +
                        listed_terms(store, variants));
        }
    }
    const std::vector<std::string> near = query_key.empty() ? std::vector<std::string>{} : nearest(query_key, store.queries().term_keys());
    if (near.empty()) throw error("no term '" + query + "' in " + db_path + " (try 'glossgraph search' or 'glossgraph terms')");
    throw error("no term '" + query + "' in " + db_path + "; did you mean " + listed_terms(store, near) + "?");
}

std::string stored_report(const Store& store, const std::string& given, const std::string& db) {
    if (store.queries().has_report(given)) return given;
    if (std::optional<std::string> name = store.writer().name_of(report_source(given, db))) return *name;
    const std::string file = display_name(std::filesystem::path(given).filename().string());
    if (!file.empty() && store.queries().has_report(file)) return file;
    throw error("no report '" + given + "' in " + db + " (see 'glossgraph reports' for their names)");
}

}  // namespace glossgraph
