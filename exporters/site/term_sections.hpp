#pragma once
// The sections of a term page after its readings (term_page.cpp writes the rest), and the list
// of regions with their reports that the readings and the mentions share.
#include "core/graph/term_analysis.hpp"
#include "exporters/site/site_context.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// A similarity or share (0..1) as the site shows it: two decimals ("0.85").
std::string similarity_text(double value);

// A relation's evidence (GraphRelation::rule, in the words of core/link/variants.hpp and of the
// store's footnotes) in Chinese, for the term page: "suffix 改革" 后缀“改革”, "numeral 两=二"
// 数字 两=二, "count 三≠两" 数目 三≠两, "names 放管服改革" 释义提到“放管服改革”, "names 专精特新,
// stem of 专精特新企业" 释义提到“专精特新”（“专精特新企业”的词干）, "footnote 1 of F" F 的脚注 1.
// Any other rule (an expansion 即“…”工程 is already Chinese) is returned as it is. Not escaped.
std::string rule_text(std::string_view rule);

// The regions of a reading's definitions, each linked, with its reports (each once, linked,
// named by their year; undated first, then by year and file); a report without a region is a
// line of its own, linked by its file. Provinces by code, reports without a region last; a
// <details> per province once there are more than kOpenRegions lines.
void write_members(const SiteContext& context, const std::vector<ReadingMember>& members, const std::string& root,
                   std::string& html);
inline constexpr std::size_t kOpenRegions = 10;

// The timeline: first definer, a table by year (regions defining it, first-time definers,
// readings, regions so far, regions only mentioning it), the first definer of each province,
// and the spread chart (spread_chart) inline when it covers two years and two regions or more
// (one region's flat line says nothing the table does not).
void write_timeline(const GraphTerm& term, const TermAnalysis& analysis,
                    const std::string& root, std::string& html);

// The lineage as nested lists: each original, the definitions taken from it under it, and so
// on; the first kMaxLineageItems definitions (site_pages.hpp) by the lineage's order.
void write_lineage(const Lineage& lineage, const std::string& root, std::string& html);

// The regions whose reports mention the term without defining it, grouped as write_members
// groups them, each linked with the years of those reports (each year once, not linked); a
// report without a region is a line of its own, linked by its file.
void write_mentions(const SiteContext& context, const std::vector<TermUse>& mentions, const std::string& root,
                    std::string& html);

}  // namespace glossgraph
