#include "cli/read_command.hpp"

#include "core/errors.hpp"
#include "core/store/report_source.hpp"

#include <filesystem>

namespace glossgraph {

std::unique_ptr<Store> open_existing_store(const std::string& path) {
    if (!std::filesystem::exists(path)) {
        throw io_error(path, "no database here; run 'glossgraph import PATH...' first, or name one with --db");
    }
    return std::make_unique<Store>(path, Store::Purpose::read);
}

std::string stored_report(const Store& store, const std::string& given, const std::string& db) {
    if (store.has_report(given)) return given;
    if (std::optional<std::string> name = store.name_of(report_source(given, db))) return *name;
    const std::string file = display_name(std::filesystem::path(given).filename().string());
    if (!file.empty() && store.has_report(file)) return file;
    throw error("no report '" + given + "' in " + db + " (see 'glossgraph reports' for their names)");
}

}  // namespace glossgraph
