#include "core/store/report_source.hpp"

#include "core/text/encoding.hpp"
#include "core/text/utf8.hpp"

#include <cstdio>
#include <filesystem>

namespace glossgraph {
namespace {

namespace fs = std::filesystem;

fs::path absolute_normal(const fs::path& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    return (ec ? path : absolute).lexically_normal();
}

std::string escaped_bytes(std::string_view name) {
    std::string out;
    for (std::size_t pos = 0; pos < name.size();) {
        const std::size_t length = utf8::sequence_length(name, pos);
        if (length != 0) {
            out.append(name.substr(pos, length));
            pos += length;
            continue;
        }
        char hex[8];
        std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned char>(name[pos]));
        out += hex;
        ++pos;
    }
    return out;
}

}  // namespace

std::string report_source(const std::string& path, const std::string& database) {
    std::error_code ec;
    const fs::path folder = database == ":memory:" ? fs::current_path(ec) : absolute_normal(database).parent_path();
    const fs::path file = absolute_normal(path);
    const fs::path relative = file.lexically_relative(folder);
    return (relative.empty() ? file : relative).generic_string();
}

std::string display_name(std::string_view file_name) {
    if (utf8::is_valid(file_name)) return std::string(file_name);
    if (std::optional<std::string> gb = gb18030_to_utf8(file_name)) return std::move(*gb);
    return escaped_bytes(file_name);
}

std::vector<std::string> report_names(std::string_view file, std::string_view source) {
    std::vector<std::string> names{display_name(file)};
    // Longer and longer tails of the source, each ending at a '/'.
    for (std::size_t slash = source.rfind('/'); slash != std::string_view::npos && slash > 0;
         slash = source.rfind('/', slash - 1)) {
        names.push_back(display_name(source.substr(source.rfind('/', slash - 1) + 1)));
    }
    return names;
}

}  // namespace glossgraph
