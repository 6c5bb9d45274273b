#pragma once
// The character encoding of an HTML page, and its text in UTF-8.
#include "core/diagnostics.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace glossgraph {

struct DecodedHtml {
    std::string text;      // UTF-8, no BOM
    std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "GB18030", "Big5", "UTF-16LE" ...
};

// Decodes an HTML page. The encoding comes from
//  1. a byte order mark;
//  2. else the charset a <meta> declares (charset="…" or http-equiv content="…; charset=…")
//     in the first 4096 bytes; GB2312 and GBK pages are read as GB18030, their superset,
//     because pages that declare GB2312 routinely use GBK characters;
//  3. else detection, as for text reports (decode_text: UTF-8, else GB18030).
// A declared charset that ICU does not know, or a declared UTF-8, leaves it to detection
// (an unknown one with a warning); a declared UTF-16 is read as UTF-8, as HTML5 says. The
// bytes win over the declaration, with one warning that says so: a page that is well-formed
// UTF-8 (with at least 8 non-ASCII characters) is UTF-8 whatever it declares ("declares
// charset 'gbk' but is well-formed UTF-8; read as UTF-8"); a declared charset that does not
// decode cleanly gives way to detection when that does ("declares charset 'shift_jis', which
// does not fit its bytes (…); read as GB18030"); a page declaring UTF-8 that is not says so.
// Otherwise bytes that are not valid in the declared charset become U+FFFD, with one warning
// at the line of the first. Throws parse_error (naming file) when the page is empty or
// binary, as decode_text does.
DecodedHtml decode_html(std::string_view bytes, const std::string& file, Diagnostics& diagnostics);

// The charset label declared by the first <meta> that declares one in head (lower case,
// as written: "gb2312"), found by a byte scan in the manner of HTML's encoding prescan.
std::optional<std::string> declared_charset(std::string_view head);

// The ICU converter for a charset label: "GB18030" for gb2312, gbk, gb18030 and their
// aliases; "UTF-8" for utf-8; "Big5-HKSCS" for big5; otherwise the label itself.
std::string converter_for(std::string_view label);

}  // namespace glossgraph
