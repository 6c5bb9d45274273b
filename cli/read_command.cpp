#include "cli/read_command.hpp"

#include "core/errors.hpp"

#include <filesystem>

namespace glossgraph {

std::unique_ptr<Store> open_existing_store(const std::string& path) {
    if (path != ":memory:" && !std::filesystem::exists(path)) {
        throw io_error(path, "no database here; run 'glossgraph import PATH...' first, or name one with --db");
    }
    return std::make_unique<Store>(path);
}

}  // namespace glossgraph
