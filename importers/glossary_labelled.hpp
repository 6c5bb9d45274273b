#pragma once
// Glossaries laid out as labelled blocks, as newspapers reprint a report's terms:
//
//   关键词：                         (or "关键词：“瞪羚”企业" on one line)
//   “瞪羚”企业
//   名词解释：指成长性好，具有跳跃式发展态势的高新技术企业。
//   报告强调：……                     (another label: not part of the definition)
//
// The term is named by a term label (关键词, 词条, 名词) or stands alone on the line before a
// definition label (名词解释, 释义, 含义, 定义); the definition is the text after that label
// and the lines after it up to the next labelled line or term.
#include "core/diagnostics.hpp"
#include "core/model.hpp"
#include "importers/source_lines.hpp"

#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

struct LabelledGlossary {
    std::size_t begin = 0;  // index of the first block's first line
    std::vector<GlossaryEntry> entries;
};

// The labelled glossary of lines, when at least two blocks have a term and a definition.
std::optional<LabelledGlossary> read_labelled_glossary(const std::vector<SourceLine>& lines);

}  // namespace glossgraph
