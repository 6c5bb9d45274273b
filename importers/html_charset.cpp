#include "importers/html_charset.hpp"

#include "core/errors.hpp"
#include "core/text/encoding.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace glossgraph {
namespace {

constexpr std::size_t prescan_bytes = 4096;

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// The label after "charset" in one lower-cased meta tag: charset="gbk", charset=gb2312.
std::optional<std::string> charset_in_tag(std::string_view tag) {
    for (std::size_t at = tag.find("charset"); at != std::string_view::npos; at = tag.find("charset", at + 1)) {
        std::size_t pos = at + 7;
        while (pos < tag.size() && std::isspace(static_cast<unsigned char>(tag[pos]))) ++pos;
        if (pos >= tag.size() || tag[pos] != '=') continue;
        ++pos;
        while (pos < tag.size() && (std::isspace(static_cast<unsigned char>(tag[pos])) || tag[pos] == '"' || tag[pos] == '\'')) ++pos;
        const std::size_t begin = pos;
        while (pos < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[pos])) || std::string_view("-_.:").find(tag[pos]) != std::string_view::npos)) ++pos;
        if (pos > begin) return std::string(tag.substr(begin, pos - begin));
    }
    return std::nullopt;
}

struct Damage {
    const char* start = nullptr;
    std::size_t count = 0;
    std::size_t first = 0;  // byte offset of the first damaged sequence
};

// Counts each unassigned or ill-formed sequence and writes one U+FFFD for it (ICU's own
// substitute would write U+001A for some single bytes).
void U_CALLCONV substitute_and_count(const void* context, UConverterToUnicodeArgs* args, const char* units,
                                     int32_t length, UConverterCallbackReason reason, UErrorCode* error) {
    if (reason > UCNV_IRREGULAR) return;
    auto* damage = static_cast<Damage*>(const_cast<void*>(context));
    if (damage->count++ == 0) damage->first = static_cast<std::size_t>(args->source - damage->start) - static_cast<std::size_t>(length);
    (void)units;
    static const UChar replacement = 0xFFFD;
    *error = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, error);
}

struct ConverterDeleter {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};

struct Converted {
    std::string text;
    Damage damage;
};

// bytes in `charset` as UTF-8; nullopt when ICU has no converter of that name.
std::optional<Converted> convert(std::string_view bytes, const std::string& charset, const std::string& file) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterDeleter> converter(ucnv_open(charset.c_str(), &status));
    if (U_FAILURE(status)) return std::nullopt;
    if (bytes.size() > 0x3FFFFFFF) throw parse_error(file, 0, 0, "HTML page too large to convert from " + charset);
    Converted out;
    out.damage.start = bytes.data();
    ucnv_setToUCallBack(converter.get(), substitute_and_count, &out.damage, nullptr, nullptr, &status);
    std::u16string utf16(bytes.size() + 1, u'\0');
    const int32_t units = ucnv_toUChars(converter.get(), utf16.data(), static_cast<int32_t>(utf16.size()), bytes.data(),
                                        static_cast<int32_t>(bytes.size()), &status);
    int32_t needed = 0;
    UErrorCode preflight = U_ZERO_ERROR;
    u_strToUTF8(nullptr, 0, &needed, utf16.data(), units, &preflight);
    out.text.resize(static_cast<std::size_t>(needed));
    u_strToUTF8(out.text.data(), needed, &needed, utf16.data(), units, &status);
    if (U_FAILURE(status)) throw parse_error(file, 0, 0, std::string("cannot convert from ") + charset + ": " + u_errorName(status));
    return out;
}

int line_of(std::string_view bytes, std::size_t offset) {
    return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(std::min(offset, bytes.size())), '\n'));
}

bool has_bom(std::string_view bytes) {
    return bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
}

// What decode_text refuses, refused for declared charsets too.
void check_content(std::string_view bytes, std::string_view text, const std::string& file) {
    if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
        throw parse_error(file, line_of(bytes, nul), 0, "binary content (NUL byte) — not an HTML page");
    }
    if (trim(text).empty()) throw parse_error(file, 0, 0, "file is empty");
}

// Well-formed multi-byte UTF-8 sequences in bytes that make a UTF-8 reading certain: GBK text
// of this many characters is never well-formed UTF-8 by chance.
constexpr std::size_t min_utf8_evidence = 8;

std::size_t multibyte_count(std::string_view bytes) {
    std::size_t count = 0;
    for (const char c : bytes) count += (static_cast<unsigned char>(c) & 0xC0) == 0xC0 ? 1 : 0;  // lead bytes
    return count;
}

}  // namespace

std::optional<std::string> declared_charset(std::string_view head) {
    const std::string text = lower(head.substr(0, prescan_bytes));
    for (std::size_t at = text.find("<meta"); at != std::string::npos; at = text.find("<meta", at + 5)) {
        const std::size_t end = text.find('>', at);
        if (auto label = charset_in_tag(std::string_view(text).substr(at, end == std::string::npos ? end : end - at))) {
            return label;
        }
    }
    return std::nullopt;
}

std::string converter_for(std::string_view label) {
    const std::string name = lower(label);
    for (std::string_view gb : {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "windows-936", "euc-cn", "x-euc-cn",
                                "csgb2312", "chinese", "gb_2312", "gb_2312-80", "iso-ir-58", "csiso58gb231280"}) {
        if (name == gb) return "GB18030";
    }
    if (name == "utf-8" || name == "utf8" || name == "unicode-1-1-utf-8") return "UTF-8";
    // HTML5: a page cannot declare itself UTF-16 from inside (its <meta> would not be ASCII);
    // such a declaration is read as UTF-8.
    for (std::string_view utf16 : {"utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2",
                                   "unicodefeff", "unicodefffe"}) {
        if (name == utf16) return "UTF-8";
    }
    if (name == "big5" || name == "big5-hkscs" || name == "cn-big5" || name == "x-x-big5" || name == "csbig5") return "Big5-HKSCS";
    return name;
}

namespace {

// The bytes as detection reads them (decode_text), when it reads them without damage.
std::optional<DecodedText> detected_cleanly(std::string_view bytes, const std::string& file) {
    CollectingDiagnostics quiet;
    DecodedText decoded = decode_text(bytes, file, quiet);
    if (!quiet.items.empty()) return std::nullopt;
    return decoded;
}

// The page read as its declared charset (not UTF-8, known to ICU) says, unless the bytes say
// otherwise: well-formed UTF-8 with real text in it is UTF-8 whatever the page declares (GBK
// text is never that by chance, while GB18030 reads most UTF-8 without an error, as mojibake);
// and a declaration that does not decode cleanly gives way to detection when that does.
DecodedHtml decode_declared(std::string_view bytes, const std::string& label, const std::string& charset,
                            Converted converted, const std::string& file, Diagnostics& diagnostics) {
    const std::string declared = "declares charset '" + label + "'";
    if (utf8::is_valid(bytes) && multibyte_count(bytes) >= min_utf8_evidence) {
        diagnostics.warning({file, 0}, declared + " but is well-formed UTF-8; read as UTF-8");
        return {std::string(bytes), "UTF-8"};
    }
    if (converted.damage.count == 0) return {std::move(converted.text), charset};
    const std::string damage = std::to_string(converted.damage.count) + " damaged sequences";
    if (std::optional<DecodedText> detected = detected_cleanly(bytes, file)) {
        diagnostics.warning({file, line_of(bytes, converted.damage.first)},
                            declared + ", which does not fit its bytes (" + damage + " as " + charset + "); read as " +
                                detected->encoding);
        return {std::move(detected->text), std::move(detected->encoding)};
    }
    diagnostics.warning({file, line_of(bytes, converted.damage.first)},
                        "invalid " + charset + " bytes; " + damage + " replaced with U+FFFD");
    return {std::move(converted.text), charset};
}

}  // namespace

DecodedHtml decode_html(std::string_view bytes, const std::string& file, Diagnostics& diagnostics) {
    const std::optional<std::string> label = has_bom(bytes) ? std::nullopt : declared_charset(bytes);
    const std::string charset = label ? converter_for(*label) : "UTF-8";
    if (charset != "UTF-8") {
        std::optional<Converted> converted = convert(bytes, charset, file);
        if (converted) {
            check_content(bytes, converted->text, file);
            return decode_declared(bytes, *label, charset, std::move(*converted), file, diagnostics);
        }
        diagnostics.warning({file, 0}, "unknown charset '" + *label + "' declared; detecting the encoding");
    }
    DecodedText decoded = decode_text(bytes, file, diagnostics);
    // A page that declares UTF-8 (or UTF-16, read as UTF-8) and is something else says so.
    if (label && !decoded.encoding.starts_with("UTF-8")) {
        diagnostics.warning({file, 0}, "declares charset '" + *label + "' but is not UTF-8; read as " + decoded.encoding);
    }
    return {std::move(decoded.text), std::move(decoded.encoding)};
}

}  // namespace glossgraph
