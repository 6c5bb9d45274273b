#pragma once
// The row types of the generated Traditional->Simplified table (build/generated/t2s_table.inc,
// written by t2s_table_gen). Include this header, then the .inc, inside one namespace.
struct T2sPair {
    char32_t traditional;
    char32_t simplified;
};

struct T2sPhrase {
    const char* source;  // UTF-8
    const char* target;  // UTF-8, the same number of code points as source
};
