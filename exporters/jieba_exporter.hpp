#pragma once
// A user dictionary for the jieba Chinese segmenter (jieba.load_userdict, and the dictionary
// formats that follow it), so that segmenting a report keeps 三线一单 and 五社联动 whole:
//
//   三线一单 20002 nz
//
// one "word frequency tag" line per word, sorted by word (as bytes), no header. The words of a
// term are its written forms (its label among them) and their simplified forms (to_simplified;
// 四個最嚴 gives 四個最嚴 and 四个最严), each reduced to the characters jieba keeps inside one
// token (jieba_word): “放管服”改革 becomes 放管服改革. A word under two characters is left out.
// The frequency is jieba_frequency_floor plus the times the reports mention the term; a word
// two terms give is written once, with the larger frequency. The tag is nz (jieba's "other
// proper noun").
#include "exporters/exporter.hpp"

#include <string>
#include <string_view>

namespace glossgraph {

// jieba keeps a word whole when its frequency beats the product of the frequencies of the
// words it could be cut into, over the dictionary's total. No two words of jieba's own
// dictionary together weigh more than 13,000 (了, its most frequent, has 883,634 of
// 60,101,967; 883,634² / 60,101,967 ≈ 12,991; three or more weigh far less), so a term of at
// least this frequency is never cut into its parts.
inline constexpr long long jieba_frequency_floor = 20000;

// text with every character that jieba's default mode never puts inside a token removed: it
// keeps U+4E00..U+9FD5, ASCII letters and digits, and + # & . _ % -, and cuts the text at
// anything else (quotes, brackets, spaces, full-width forms, 〇), so a word holding one of those
// could never come out as one token.
std::string jieba_word(std::string_view text);

class JiebaExporter : public Exporter {
public:
    ExportFormat format() const override { return ExportFormat::jieba; }
    void write(const GraphData& data, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace glossgraph
