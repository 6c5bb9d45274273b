#pragma once
// Turns the raw bytes of a report into UTF-8 text.
#include "core/diagnostics.hpp"

#include <string>
#include <string_view>

namespace glossgraph {

struct DecodedText {
    std::string text;      // valid UTF-8, no BOM, line ends normalised to '\n'
    std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE", "UTF-16BE"
};

// Detects the encoding and converts, with ICU:
//  - a BOM (UTF-8, UTF-16LE/BE) decides;
//  - well-formed UTF-8 is UTF-8;
//  - otherwise text that converts from GB18030 without errors is GB18030 (GBK and GB2312 are subsets);
//  - otherwise, mostly-UTF-8 text keeps its valid parts, each invalid sequence becomes U+FFFD,
//    and one warning (with the line of the first bad byte) goes to diagnostics.
// CRLF and lone CR become LF. Throws parse_error (naming `file`) for empty input and for
// binary input (NUL bytes or control characters outside UTF-16).
DecodedText decode_text(std::string_view bytes, const std::string& file, Diagnostics& diagnostics);

}  // namespace glossgraph
