// make_corpus: UTF-8 string helpers, reading a file, and removing pinyin annotations.
#include "bench/corpus_text.hpp"

#include <fstream>
#include <sstream>

namespace glossgraph::corpus {

std::vector<std::string> code_points(std::string_view s) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        out.emplace_back(s.substr(i, n));
        i += n;
    }
    return out;
}

bool is_han(std::string_view cp) {  // U+4E00..U+9FFF
    if (cp.size() != 3) return false;
    const auto b = static_cast<unsigned char>(cp[0]);
    return b >= 0xE4 && b <= 0xE9;
}

std::string trim(std::string_view s) {
    static const std::vector<std::string_view> blanks = {" ", "\t", "\r", "\xC2\xA0", "\xE3\x80\x80"};
    bool changed = true;
    while (changed && !s.empty()) {
        changed = false;
        for (auto b : blanks) {
            if (s.starts_with(b)) { s.remove_prefix(b.size()); changed = true; }
            if (s.ends_with(b)) { s.remove_suffix(b.size()); changed = true; }
        }
    }
    return std::string(s);
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    std::size_t at = s.find(from), done = 0;
    if (at == std::string::npos) return;
    std::string out;
    for (; at != std::string::npos; at = s.find(from, done)) {
        out.append(s, done, at - done).append(to);
        done = at + from.size();
    }
    s = out.append(s, done);
}

std::string without_quotes(std::string s) {
    for (auto q : {"“", "”", "‘", "’", "\""}) replace_all(s, q, "");
    return s;
}

std::vector<std::string> split(const std::string& s, std::string_view sep) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (std::size_t at = s.find(sep); at != std::string::npos; at = s.find(sep, from)) {
        out.push_back(s.substr(from, at - from));
        from = at + sep.size();
    }
    out.push_back(s.substr(from));
    return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// Removes pinyin annotations such as 區(qū): a parenthesis of lower-case Latin letters, tone
// marks included, right after a non-ASCII character.
std::string strip_pinyin(const std::string& s) {
    static const std::string tone = "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ";
    std::string out;
    const auto cps = code_points(s);
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (cps[i] == "(" && i > 0 && cps[i - 1].size() > 1) {
            std::size_t j = i + 1;
            while (j < cps.size() && j < i + 8 &&
                   ((cps[j].size() == 1 && cps[j][0] >= 'a' && cps[j][0] <= 'z') ||
                    (cps[j].size() > 1 && tone.find(cps[j]) != std::string::npos)))
                ++j;
            if (j > i + 1 && j < cps.size() && cps[j] == ")") { i = j; continue; }
        }
        out += cps[i];
    }
    return out;
}

}  // namespace glossgraph::corpus
