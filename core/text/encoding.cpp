#include "core/text/encoding.hpp"

#include "core/errors.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace glossgraph {
namespace {

constexpr std::size_t none = std::string_view::npos;
constexpr char replacement_utf8[] = "\xEF\xBF\xBD";

struct Bom {
    std::size_t length = 0;
    const char* charset = nullptr;  // ICU converter name; nullptr when there is no BOM
    const char* name = nullptr;     // what DecodedText::encoding reports
};

Bom detect_bom(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return {3, "UTF-8", "UTF-8 (BOM)"};
    if (bytes.starts_with("\xFF\xFE")) return {2, "UTF-16LE", "UTF-16LE"};
    if (bytes.starts_with("\xFE\xFF")) return {2, "UTF-16BE", "UTF-16BE"};
    return {};
}

bool is_utf16(const Bom& bom) { return bom.length == 2; }

// 1-based line and byte column of offset, counting LF, CRLF and lone CR as line ends.
struct Position {
    int line = 1;
    int column = 1;
};

Position position_of(std::string_view text, std::size_t offset) {
    Position position;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const bool lone_cr = text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n');
        if (text[i] == '\n' || lone_cr) {
            ++position.line;
            line_start = i + 1;
        }
    }
    position.column = static_cast<int>(offset - line_start + 1);
    return position;
}

// Line of the offset-th byte of UTF-16 text, counting U+000A and lone U+000D.
int utf16_line_of(std::string_view bytes, std::size_t offset, bool big_endian) {
    const auto unit = [&](std::size_t i) {
        const auto first = static_cast<unsigned char>(bytes[i]);
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        return big_endian ? (first << 8 | second) : (second << 8 | first);
    };
    int line = 1;
    for (std::size_t i = 0; i + 1 < bytes.size() && i < offset; i += 2) {
        const bool next_is_lf = i + 3 < bytes.size() && unit(i + 2) == '\n';
        if (unit(i) == '\n' || (unit(i) == '\r' && !next_is_lf)) ++line;
    }
    return line;
}

[[noreturn]] void throw_empty(const std::string& file) { throw parse_error(file, 0, 0, "file is empty"); }

bool is_control(unsigned char byte) {
    return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f';
}

// ASCII bytes never occur inside UTF-8 or GB18030 multi-byte sequences, so a byte-level
// check is exact for both. More than 1% control characters is not a scraped report.
void check_not_binary(std::string_view text, const std::string& file) {
    if (const void* nul = std::memchr(text.data(), 0, text.size())) {
        const Position at = position_of(text, static_cast<std::size_t>(static_cast<const char*>(nul) - text.data()));
        throw parse_error(file, at.line, at.column, "binary content (NUL byte) — not a text report");
    }
    std::size_t controls = 0;
    for (char c : text) controls += is_control(static_cast<unsigned char>(c)) ? 1 : 0;
    if (controls == 0 || controls * 100 <= text.size()) return;
    const auto first = std::find_if(text.begin(), text.end(), [](char c) { return is_control(static_cast<unsigned char>(c)); });
    const Position at = position_of(text, static_cast<std::size_t>(first - text.begin()));
    throw parse_error(file, at.line, at.column,
                      "binary content (" + std::to_string(controls) + " control characters) — not a text report");
}

void normalize_line_ends(std::string& text) {
    std::size_t write = text.find('\r');
    if (write == std::string::npos) return;
    for (std::size_t read = write; read < text.size(); ++read) {
        if (text[read] != '\r') {
            text[write++] = text[read];
            continue;
        }
        text[write++] = '\n';
        if (read + 1 < text.size() && text[read + 1] == '\n') ++read;
    }
    text.resize(write);
}

std::string hex_byte(unsigned char byte) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
    return buffer;
}

// What went wrong in one conversion: how many ill-formed sequences became U+FFFD, and where
// the first one was (a byte offset into the converted bytes) with its description.
struct Damage {
    std::size_t count = 0;
    std::size_t first_offset = none;
    std::string first_what;  // "byte 0xFF", "code unit 0xD800"
};

// The one warning about damaged input, held back until the input has passed the fatal
// checks, so that a rejected file gets an error and nothing else.
struct Warning {
    int line = 0;
    std::string message;
};

Warning damage_warning(int line, const char* charset, const Damage& damage) {
    const std::string sequences = damage.count == 1 ? " damaged sequence" : " damaged sequences";
    return {line, "invalid " + std::string(charset) + " " + damage.first_what + "; " + std::to_string(damage.count) +
                      sequences + " replaced with U+FFFD"};
}

struct Decoding {
    DecodedText decoded;
    std::optional<Warning> warning;
};

// Counts of one pass over bytes read as UTF-8.
struct Utf8Scan {
    std::size_t valid_multibyte = 0;
    Damage damage;

    // At most 1% of the non-ASCII sequences are damaged.
    bool mostly_valid() const { return damage.count * 100 <= damage.count + valid_multibyte; }
};

Utf8Scan scan_utf8(std::string_view bytes) {
    Utf8Scan scan;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[pos]);
        if (lead < 0x80) {
            ++pos;
            continue;
        }
        const std::size_t length = utf8::sequence_length(bytes, pos);
        if (length != 0) {
            ++scan.valid_multibyte;
            pos += length;
            continue;
        }
        if (scan.damage.count++ == 0) {
            scan.damage.first_offset = pos;
            scan.damage.first_what = "byte " + hex_byte(lead);
        }
        pos += utf8::ill_formed_length(bytes, pos);
    }
    return scan;
}

// Valid sequences are kept; each maximal ill-formed subpart becomes one U+FFFD.
std::string repaired_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    std::size_t flushed = 0;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const std::size_t length = utf8::sequence_length(bytes, pos);
        if (length != 0) {
            pos += length;
            continue;
        }
        out.append(bytes.substr(flushed, pos - flushed));
        out.append(replacement_utf8);
        pos += utf8::ill_formed_length(bytes, pos);
        flushed = pos;
    }
    out.append(bytes.substr(flushed));
    return out;
}

struct DamageCounter {
    const char* start;
    bool utf16;
    bool big_endian;
    Damage damage;
};

std::string describe_units(const char* units, int32_t length, bool utf16, bool big_endian) {
    const auto byte = [&](int32_t i) { return static_cast<unsigned char>(units[i]); };
    if (!utf16 || length != 2) return "byte " + hex_byte(byte(0));
    const unsigned unit = big_endian ? (byte(0) << 8 | byte(1)) : (byte(1) << 8 | byte(0));
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "code unit 0x%04X", unit);
    return buffer;
}

// Counts each ill-formed sequence, then lets ICU substitute U+FFFD as usual.
void U_CALLCONV count_and_substitute(const void* context, UConverterToUnicodeArgs* args, const char* units,
                                     int32_t length, UConverterCallbackReason reason, UErrorCode* status) {
    if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR) {
        auto* counter = static_cast<DamageCounter*>(const_cast<void*>(context));
        if (counter->damage.count++ == 0) {
            counter->damage.first_offset = static_cast<std::size_t>(args->source - counter->start) - length;
            counter->damage.first_what = describe_units(units, length, counter->utf16, counter->big_endian);
        }
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, units, length, reason, status);
}

using Converter = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

Converter open_converter(const char* charset, const std::string& file) {
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open(charset, &status), &ucnv_close);
    if (U_FAILURE(status))
        throw parse_error(file, 0, 0, std::string("cannot open the ICU converter for ") + charset + ": " +
                                          u_errorName(status));
    return converter;
}

struct Converted {
    std::string text;
    Damage damage;
};

// Converts bytes in charset to UTF-8 with ICU, substituting U+FFFD for ill-formed sequences.
Converted convert_with_icu(std::string_view bytes, const char* charset, const std::string& file) {
    Converter source = open_converter(charset, file);
    Converter utf8 = open_converter("UTF-8", file);
    const std::string_view name = charset;
    DamageCounter counter{bytes.data(), name.starts_with("UTF-16"), name == "UTF-16BE", {}};
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(source.get(), count_and_substitute, &counter, nullptr, nullptr, &status);
    std::string out(bytes.size() + bytes.size() / 2 + 16, '\0');
    char* target = out.data();
    const char* input = bytes.data();
    UChar pivot[4096];
    UChar* pivot_source = pivot;
    UChar* pivot_target = pivot;
    for (bool reset = true;; reset = false) {
        status = U_ZERO_ERROR;
        ucnv_convertEx(utf8.get(), source.get(), &target, out.data() + out.size(), &input, bytes.data() + bytes.size(),
                       pivot, &pivot_source, &pivot_target, pivot + std::size(pivot), reset, true, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR) break;
        const std::size_t written = static_cast<std::size_t>(target - out.data());
        out.resize(out.size() * 2);
        target = out.data() + written;
    }
    if (U_FAILURE(status))
        throw parse_error(file, 0, 0, std::string("cannot convert from ") + charset + ": " + u_errorName(status));
    out.resize(static_cast<std::size_t>(target - out.data()));
    return {std::move(out), std::move(counter.damage)};
}

Decoding keep_damaged_utf8(std::string_view bytes, const Utf8Scan& scan, const char* name) {
    return {{repaired_utf8(bytes), name},
            damage_warning(position_of(bytes, scan.damage.first_offset).line, "UTF-8", scan.damage)};
}

// A file in two encodings, one per line: a UTF-8 header pasted above a glossary in GBK. Each
// line is read in the encoding that fits it: UTF-8 when it is well-formed UTF-8, GB18030 when
// it converts from GB18030 without error and most of its non-ASCII sequences are ill-formed
// UTF-8. Taken only on firm evidence of both: at least min_evidence well-formed multi-byte
// UTF-8 sequences on whole UTF-8 lines, and as many ill-formed ones on lines that GB18030
// reads cleanly (GBK text is valid UTF-8 by chance on a short line now and then, never on
// many). LF never occurs inside a character in either encoding, so lines can be read apart.
constexpr std::size_t min_evidence = 16;

struct LineSpan {
    std::size_t begin = 0;
    std::size_t end = 0;  // excludes the LF
    Utf8Scan scan;
};

std::vector<LineSpan> scan_lines(std::string_view bytes) {
    std::vector<LineSpan> lines;
    for (std::size_t begin = 0; begin < bytes.size();) {
        const std::size_t lf = bytes.find('\n', begin);
        const std::size_t end = lf == none ? bytes.size() : lf;
        lines.push_back({begin, end, scan_utf8(bytes.substr(begin, end - begin))});
        begin = end + 1;
    }
    return lines;
}

bool has_evidence_of_both(const std::vector<LineSpan>& lines) {
    std::size_t utf8_evidence = 0;
    std::size_t gb_candidates = 0;
    for (const LineSpan& line : lines) {
        if (line.scan.damage.count == 0) utf8_evidence += line.scan.valid_multibyte;
        else if (line.scan.damage.count > line.scan.valid_multibyte) gb_candidates += line.scan.damage.count;
    }
    return utf8_evidence >= min_evidence && gb_candidates >= min_evidence;
}

// The lines read one by one, and what the warning says of them.
struct MixedText {
    std::string text;
    std::size_t gb_evidence = 0;  // ill-formed UTF-8 sequences on lines read as GB18030
    std::size_t gb_lines = 0;
    int first_gb_line = 0;
    Damage damage;  // on lines neither encoding reads cleanly, kept as damaged UTF-8
    int first_damaged_line = 0;

    void add(std::string_view bytes, const LineSpan& line, int number, const std::string& file) {
        if (line.scan.damage.count > line.scan.valid_multibyte) {
            Converted gb = convert_with_icu(bytes, "GB18030", file);
            if (gb.damage.count == 0) {
                text += gb.text;
                gb_evidence += line.scan.damage.count;
                if (gb_lines++ == 0) first_gb_line = number;
                return;
            }
        }
        if (line.scan.damage.count > 0 && damage.count == 0) {
            damage.first_what = line.scan.damage.first_what;
            first_damaged_line = number;
        }
        damage.count += line.scan.damage.count;
        text += line.scan.damage.count == 0 ? std::string(bytes) : repair_utf8(bytes);
    }

    std::string message() const {
        std::string said = "the file mixes two encodings: " + std::to_string(gb_lines) +
                           " line(s) read as GB18030 (the first is line " + std::to_string(first_gb_line) +
                           "), the others as UTF-8";
        if (damage.count == 0) return said;
        return said + "; at line " + std::to_string(first_damaged_line) + " invalid UTF-8 " + damage.first_what + ", " +
               std::to_string(damage.count) + " damaged sequence(s) replaced with U+FFFD";
    }
};

std::optional<Decoding> decode_mixed_lines(std::string_view bytes, const char* utf8_name, const std::string& file) {
    const std::vector<LineSpan> lines = scan_lines(bytes);
    if (!has_evidence_of_both(lines)) return std::nullopt;
    MixedText mixed;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        mixed.add(bytes.substr(lines[i].begin, lines[i].end - lines[i].begin), lines[i], static_cast<int>(i + 1), file);
        if (lines[i].end < bytes.size()) mixed.text += '\n';
    }
    if (mixed.gb_evidence < min_evidence) return std::nullopt;
    return Decoding{{std::move(mixed.text), std::string(utf8_name) + " + GB18030"},
                    Warning{mixed.first_gb_line, mixed.message()}};
}

// Without a BOM, or with a UTF-8 BOM: UTF-8 when it is (nearly) well-formed, lines in two
// encodings each in its own, else GB18030; damaged text goes to whichever reading has fewer
// damaged sequences.
Decoding decode_byte_text(std::string_view bytes, const Bom& bom, const std::string& file) {
    const Utf8Scan scan = scan_utf8(bytes);
    const char* utf8_name = bom.name != nullptr ? bom.name : "UTF-8";
    if (scan.damage.count == 0) return {{std::string(bytes), utf8_name}, std::nullopt};
    if (std::optional<Decoding> mixed = decode_mixed_lines(bytes, utf8_name, file)) return std::move(*mixed);
    if (bom.name != nullptr || scan.mostly_valid()) return keep_damaged_utf8(bytes, scan, utf8_name);
    Converted gb = convert_with_icu(bytes, "GB18030", file);
    if (gb.damage.count == 0) return {{std::move(gb.text), "GB18030"}, std::nullopt};
    if (scan.damage.count <= gb.damage.count) return keep_damaged_utf8(bytes, scan, utf8_name);
    const int line = position_of(bytes, gb.damage.first_offset).line;
    return {{std::move(gb.text), "GB18030"}, damage_warning(line, "GB18030", gb.damage)};
}

Decoding decode_utf16(std::string_view bytes, const Bom& bom, const std::string& file) {
    Converted converted = convert_with_icu(bytes, bom.charset, file);
    Decoding result{{std::move(converted.text), bom.name}, std::nullopt};
    if (converted.damage.count != 0) {
        const bool big_endian = std::string_view(bom.charset) == "UTF-16BE";
        const int line = utf16_line_of(bytes, converted.damage.first_offset, big_endian);
        result.warning = damage_warning(line, bom.charset, converted.damage);
    }
    return result;
}

}  // namespace

std::optional<std::string> gb18030_to_utf8(std::string_view bytes) {
    Converted converted = convert_with_icu(bytes, "GB18030", "");
    if (converted.damage.count != 0) return std::nullopt;
    return std::move(converted.text);
}

DecodedText decode_text(std::string_view bytes, const std::string& file, Diagnostics& diagnostics) {
    if (bytes.empty()) throw_empty(file);
    const Bom bom = detect_bom(bytes);
    const std::string_view payload = bytes.substr(bom.length);
    Decoding decoding;
    if (is_utf16(bom)) {
        decoding = decode_utf16(payload, bom, file);
        normalize_line_ends(decoding.decoded.text);
        check_not_binary(decoding.decoded.text, file);  // U+0000 and C0 controls, now as UTF-8
    } else {
        check_not_binary(payload, file);
        decoding = decode_byte_text(payload, bom, file);
        normalize_line_ends(decoding.decoded.text);
    }
    if (trim(decoding.decoded.text).empty()) throw_empty(file);
    if (decoding.warning) diagnostics.warning({file, decoding.warning->line}, decoding.warning->message);
    return std::move(decoding.decoded);
}

std::string repair_utf8(std::string_view bytes) { return repaired_utf8(bytes); }

std::optional<std::string> utf8_damage(std::string_view bytes) {
    const Utf8Scan scan = scan_utf8(bytes);
    if (scan.damage.count == 0) return std::nullopt;
    return damage_warning(0, "UTF-8", scan.damage).message;
}

}  // namespace glossgraph
