#include "exporters/jieba_exporter.hpp"

#include "core/text/script.hpp"
#include "core/text/utf8.hpp"
#include "exporters/term_counts.hpp"

#include <algorithm>
#include <map>

namespace glossgraph {
namespace {

bool kept_by_jieba(char32_t cp) {
    if (cp >= 0x4E00 && cp <= 0x9FD5) return true;
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return true;
    return cp == '+' || cp == '#' || cp == '&' || cp == '.' || cp == '_' || cp == '%' || cp == '-';
}

void add_word(std::map<std::string, long long>& words, const std::string& form, long long frequency) {
    const std::string word = jieba_word(form);
    if (utf8::length(word) < 2) return;
    long long& kept = words[word];
    kept = std::max(kept, frequency);
}

}  // namespace

std::string jieba_word(std::string_view text) {
    std::string word;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t cp = utf8::next(text, pos);
        if (kept_by_jieba(cp)) utf8::append(word, cp);
    }
    return word;
}

void JiebaExporter::write(const GraphData& data, const ExportOptions&, std::ostream& out) const {
    const std::map<std::string, TermCounts> counts = count_terms(data);
    std::map<std::string, long long> words;
    for (const GraphTerm& term : data.terms) {
        const auto found = counts.find(term.key);
        const long long frequency = jieba_frequency_floor + (found == counts.end() ? 0 : found->second.occurrences);
        std::vector<std::string> forms = term.written_forms;
        forms.push_back(term.label);
        for (const std::string& form : forms) {
            add_word(words, form, frequency);
            add_word(words, to_simplified(form), frequency);
        }
    }
    for (const auto& [word, frequency] : words) out << word << ' ' << frequency << " nz\n";
}

}  // namespace glossgraph
