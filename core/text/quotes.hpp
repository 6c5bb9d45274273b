#pragma once
// Quotation marks as Chinese reports use them around terms: “放管服”, 「标准地」, 《…》.

namespace glossgraph {

inline bool is_opening_quote(char32_t cp) {
    return cp == U'“' || cp == U'‘' || cp == U'「' || cp == U'『' || cp == U'《' || cp == U'"';
}

inline bool is_closing_quote(char32_t cp) {
    return cp == U'”' || cp == U'’' || cp == U'」' || cp == U'』' || cp == U'》' || cp == U'"';
}

}  // namespace glossgraph
