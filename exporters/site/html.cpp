#include "exporters/site/html.hpp"

#include "exporters/escape.hpp"

#include <cstdint>

namespace glossgraph {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// Whether the valid UTF-8 text holds a C1 control (U+0080..U+009F: C2 80..C2 9F).
bool c1_control_at(std::string_view text, std::size_t i) {
    return static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
           static_cast<unsigned char>(text[i + 1]) >= 0x80 && static_cast<unsigned char>(text[i + 1]) <= 0x9F;
}

bool file_safe(std::string_view name) {
    if (name.empty() || name.size() > 240 || name.front() == '.' || name.front() == '~') return false;
    if (valid_utf8(name) != name) return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto byte = static_cast<unsigned char>(name[i]);
        if (byte < 0x20 || byte == 0x7F || byte == '/' || c1_control_at(name, i)) return false;
    }
    return true;
}

std::string hashed(std::string_view name) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : name) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    static constexpr char digits[] = "0123456789abcdef";
    std::string text = "~";
    for (int shift = 60; shift >= 0; shift -= 4) text.push_back(digits[(hash >> shift) & 0xF]);
    return text;
}

}  // namespace

std::string escape_html(std::string_view text) {
    const std::string valid = valid_utf8(text);
    std::string out;
    out.reserve(valid.size() + valid.size() / 8);
    for (std::size_t i = 0; i < valid.size(); ++i) {
        const char c = valid[i];
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
            case '&': out.append("&amp;"); continue;
            case '<': out.append("&lt;"); continue;
            case '>': out.append("&gt;"); continue;
            case '"': out.append("&quot;"); continue;
            case '\'': out.append("&#39;"); continue;
            default: break;
        }
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F) {
            out.append(replacement);
        } else if (c1_control_at(valid, i)) {
            out.append(replacement);
            ++i;
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::string page_file(std::string_view name) {
    std::string file = file_safe(name) ? std::string(name) : hashed(name);
    return file.append(".html");
}

std::string page_link(std::string_view name) {
    std::string link = file_safe(name) ? percent_encode_segment(name) : hashed(name);
    return link.append(".html");
}

}  // namespace glossgraph
