#pragma once
// Turns the raw bytes of a report into UTF-8 text.
#include "core/diagnostics.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace glossgraph {

struct DecodedText {
    std::string text;      // valid UTF-8, no BOM, line ends normalised to '\n'
    std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE", "UTF-16BE"
};

// Detects the encoding and converts, with ICU for everything but UTF-8:
//  - a BOM (UTF-8, UTF-16LE/BE) decides;
//  - well-formed UTF-8 is UTF-8;
//  - a file whose lines are in two encodings, some well-formed UTF-8 and others GBK (a UTF-8
//    header above a GBK glossary), has each line read in its own, encoding "UTF-8 + GB18030",
//    with a warning at the first GB18030 line: "the file mixes two encodings: 12 line(s) read
//    as GB18030 (the first is line 9), the others as UTF-8" (taken only on firm evidence of
//    both: at least 16 characters of each);
//  - mostly-UTF-8 text (at most 1% of its non-ASCII sequences ill-formed) stays UTF-8;
//  - otherwise text that converts from GB18030 without errors is GB18030 (GBK and GB2312 are subsets);
//  - otherwise the reading with fewer damaged sequences wins, UTF-8 on a tie.
// In damaged text each ill-formed sequence (maximal subpart) becomes U+FFFD, and exactly one
// warning goes to diagnostics, at the line of the first bad byte:
//   "invalid UTF-8 byte 0xFF; 3 damaged sequences replaced with U+FFFD".
// CRLF and lone CR become LF. Linear in the input.
// Throws parse_error (naming `file`) for
//  - empty input: no bytes, only a BOM, or only white space -> "file is empty" (line 0);
//  - binary input: a NUL byte (a U+0000 character in UTF-16), or C0 control characters other
//    than \t \n \r \f making up more than 1% of the input -> "binary content (...) — not a
//    text report", at the line and byte column (1-based) of the first such byte.
// Nothing is reported to diagnostics for input that is then rejected.
DecodedText decode_text(std::string_view bytes, const std::string& file, Diagnostics& diagnostics);

// bytes read as GB18030 (so GBK and GB2312), as UTF-8; nothing when a sequence is not valid
// GB18030. For short texts such as file names; no BOM or line-end handling.
std::optional<std::string> gb18030_to_utf8(std::string_view bytes);

// Bytes meant to be UTF-8 made valid: each maximal ill-formed subpart becomes U+FFFD, as
// decode_text() does it. Linear; at most three bytes for each byte replaced.
std::string repair_utf8(std::string_view bytes);

// What repair_utf8() would replace, as decode_text() warns of it ("invalid UTF-8 byte 0xFF;
// 3 damaged sequences replaced with U+FFFD"); nothing for valid UTF-8.
std::optional<std::string> utf8_damage(std::string_view bytes);

}  // namespace glossgraph
