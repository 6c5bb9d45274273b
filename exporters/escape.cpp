#include "exporters/escape.hpp"

#include "core/errors.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <charconv>
#include <system_error>

namespace glossgraph {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr char hex_digits[] = "0123456789ABCDEF";

// Calls emit(code point, its bytes) for each character of text; each maximal ill-formed
// subpart arrives as U+FFFD with the bytes of U+FFFD.
template <typename Emit>
void each_char(std::string_view text, Emit&& emit) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t length = utf8::sequence_length(text, pos);
        if (length == 0) {
            emit(U'\uFFFD', replacement);
            pos += utf8::ill_formed_length(text, pos);
            continue;
        }
        std::size_t next = pos;
        const char32_t cp = utf8::next(text, next);
        emit(cp, text.substr(pos, length));
        pos += length;
    }
}

bool is_control(char32_t cp) { return cp < 0x20 || cp == 0x7F; }

void append_hex_byte(std::string& out, unsigned char byte) {
    out += hex_digits[byte >> 4];
    out += hex_digits[byte & 0x0F];
}

bool is_unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

bool is_scheme_char(char c, bool first) {
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (first) return letter;
    return letter || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

bool excluded_from_iri(unsigned char c) {
    return c <= 0x20 || c == 0x7F || std::string_view("<>\"{}|\\^`").find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

std::string valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    each_char(text, [&](char32_t, std::string_view bytes) { out += bytes; });
    return out;
}

std::string escape_id_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto hex = [&](std::string_view bytes) {
        for (const char c : bytes) {
            out += "\\x";
            append_hex_byte(out, static_cast<unsigned char>(c));
        }
    };
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t length = utf8::sequence_length(text, pos);
        if (length == 0) {
            hex(text.substr(pos, 1));
            ++pos;
            continue;
        }
        std::size_t next = pos;
        const char32_t cp = utf8::next(text, next);
        const std::string_view bytes = text.substr(pos, length);
        if (cp == U'\\') out += "\\\\";
        else if (is_control(cp) || cp == 0xFFFE || cp == 0xFFFF) hex(bytes);
        else out += bytes;
        pos += length;
    }
    return out;
}

std::string truncate_chars(std::string_view text, std::size_t max_chars) {
    std::size_t pos = 0;
    std::size_t cut = 0;  // where the first max_chars - 1 characters end
    for (std::size_t count = 0; pos < text.size(); ++count) {
        if (count + 1 == max_chars) cut = pos;
        if (count == max_chars) return std::string(text.substr(0, cut)) + "…";
        const std::size_t length = utf8::sequence_length(text, pos);
        pos += length == 0 ? 1 : length;
    }
    return std::string(text);
}

std::string escape_dot_id(std::string_view text) {
    std::string out = "\"";
    each_char(text, [&](char32_t cp, std::string_view bytes) {
        if (cp == U'\\') out += "\\\\";
        else if (cp == U'"') out += "\\\"";
        else if (cp == U'\n') out += "\\n";
        else if (cp == U'\r') out += "\\r";
        else if (cp == U'&') out += "&amp;";
        else if (is_control(cp)) out += replacement;
        else out += bytes;
    });
    return out += '"';
}

bool is_clean_xml(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') return false;
            ++pos;
            continue;
        }
        const std::size_t length = utf8::sequence_length(text, pos);
        if (length == 0) return false;
        // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
        if (length == 3 && byte == 0xEF && static_cast<unsigned char>(text[pos + 1]) == 0xBF &&
            static_cast<unsigned char>(text[pos + 2]) >= 0xBE)
            return false;
        pos += length;
    }
    return true;
}

std::string sanitize_xml(std::string_view text) {
    if (is_clean_xml(text)) return std::string(text);
    std::string out;
    out.reserve(text.size());
    each_char(text, [&](char32_t cp, std::string_view bytes) {
        const bool allowed_control = cp == U'\t' || cp == U'\n' || cp == U'\r';
        if ((cp < 0x20 && !allowed_control) || cp == 0xFFFE || cp == 0xFFFF) out += replacement;
        else out += bytes;
    });
    return out;
}

std::string escape_xml_text(std::string_view text) {
    std::string out;
    for (const char c : sanitize_xml(text)) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string shortest_decimal(double value) {
    char buffer[512];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    return error == std::errc() ? std::string(buffer, end) : std::string("0");
}

void append_turtle_literal(std::string& out, std::string_view text) {
    out += '"';
    std::size_t plain = 0;  // the start of bytes not yet written that need no escape
    for (std::size_t pos = 0; pos < text.size();) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        // Printable ASCII other than " and \ is written as it is, in one piece with its
        // neighbours: most of a literal is that or well-formed UTF-8 (checked below).
        if (byte >= 0x20 && byte < 0x7F && byte != '"' && byte != '\\') {
            ++pos;
            continue;
        }
        const std::size_t length = byte >= 0x80 ? utf8::sequence_length(text, pos) : 1;
        if (byte >= 0x80 && length > 0) {
            pos += length;
            continue;
        }
        out.append(text.substr(plain, pos - plain));
        if (length == 0) {
            out += replacement;
            pos += utf8::ill_formed_length(text, pos);
            plain = pos;
            continue;
        }
        switch (byte) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                out += "\\u00";
                append_hex_byte(out, byte);
        }
        plain = ++pos;
    }
    out.append(text.substr(plain));
    out += '"';
}

std::string escape_turtle_literal(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    append_turtle_literal(out, text);
    return out;
}

std::string checked_base_iri(std::string_view base) {
    const std::size_t colon = base.find(':');
    bool valid = colon != std::string_view::npos && colon > 0 && colon + 1 < base.size();
    for (std::size_t i = 0; valid && i < colon; ++i) valid = is_scheme_char(base[i], i == 0);
    valid = valid && std::none_of(base.begin(), base.end(), [](char c) { return excluded_from_iri(static_cast<unsigned char>(c)); });
    if (!valid) {
        throw usage_error("base '" + valid_utf8(base) +
                          "' is not an absolute IRI; give one such as https://glossgraph.example/");
    }
    std::string checked(base);
    if (checked.back() != '/' && checked.back() != '#') checked += '/';
    return checked;
}

std::string csv_field(std::string_view text, bool excel) {
    std::string field = valid_utf8(text);
    if (excel && !field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos) {
        field.insert(0, 1, '\'');
    }
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string quoted = "\"";
    for (const char c : field) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string xml_id(std::string_view prefix, std::string_view text) {
    std::string out(prefix);
    out.reserve(prefix.size() + text.size() * 3);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (is_unreserved(byte) && c != '_' && c != '~') {
            out += c;
        } else {
            out += '_';
            append_hex_byte(out, byte);
        }
    }
    return out;
}

void append_percent_encoded(std::string& out, std::string_view text) {
    const bool only_dots = !text.empty() && text.find_first_not_of('.') == std::string_view::npos;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (is_unreserved(byte) && !(only_dots && c == '.')) {
            out += c;
        } else {
            out += '%';
            append_hex_byte(out, byte);
        }
    }
}

std::string percent_encode_segment(std::string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    append_percent_encoded(out, text);
    return out;
}

std::string iri_for_term(std::string_view base, std::string_view key) {
    return std::string(base) + "term/" + percent_encode_segment(key);
}

std::string iri_for_scheme(std::string_view base) { return std::string(base) + "scheme"; }

std::string iri_for_report(std::string_view base, std::string_view file) {
    return std::string(base) + "report/" + percent_encode_segment(file);
}

std::string iri_for_region(std::string_view base, std::string_view code) {
    return std::string(base) + "region/" + percent_encode_segment(code);
}

std::string iri_for_definition(std::string_view base, std::string_view key, std::string_view file, int ordinal) {
    std::string iri = iri_for_term(base, key) + "/definition/" + percent_encode_segment(file);
    if (ordinal > 1) iri.append("/").append(std::to_string(ordinal));
    return iri;
}

std::string iri_for_mention(std::string_view base, std::string_view file, std::string_view key) {
    return iri_for_report(base, file) + "/mention/" + percent_encode_segment(key);
}

}  // namespace glossgraph
