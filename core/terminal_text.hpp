#pragma once
// Text from reports, file names and databases, made safe to print for people: what a
// terminal would act on instead of showing is written out as an escape. Every
// human-readable line glossgraph prints (tables, diagnostics, errors, show and diff)
// goes through escape_for_terminal; JSON output does not (its own escaping is exact).
#include <string>
#include <string_view>

namespace glossgraph {

enum class Newlines { escape, keep };

// text with every character a terminal would act on written visibly:
//  - C0 controls and DEL: LF, CR and TAB as \n \r \t, the others as \xHH (ESC is \x1B);
//  - C1 controls (U+0080..U+009F), the bidirectional controls (U+061C, U+200E, U+200F,
//    U+202A..U+202E, U+2066..U+2069) and the line and paragraph separators
//    (U+2028, U+2029) as \uHHHH;
//  - each byte that is not part of well-formed UTF-8 as \xHH.
// Everything else, backslashes included, is kept as it is: the result is for reading, not
// for parsing back. With Newlines::keep, LF stays a line break (for messages of several
// lines whose every line is escaped). The result is well-formed UTF-8 and holds no
// control character but, with Newlines::keep, LF.
std::string escape_for_terminal(std::string_view text, Newlines newlines = Newlines::escape);

}  // namespace glossgraph
