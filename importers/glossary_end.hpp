#pragma once
// Where a glossary stops: what a page puts after the last definition (editor credits,
// print and close links, related articles, share prompts, copyright and ICP lines, the
// report's title or salutation repeated) never reads like the definition before it.
#include <string_view>

namespace glossgraph {

// A whole line of page furniture (see is_chrome_line): dropped wherever it stands.
bool is_furniture(std::string_view line);

// The heading of a related-articles list: the glossary ends before it.
bool opens_related_list(std::string_view line);

// True when a line reads as definition prose: Han text of some length with sentence
// punctuation, not a headline followed by a teaser ("某市召开…会议：会议指出…"), not a line
// ending in a date.
bool reads_as_prose(std::string_view line);

// True when a line ends with a date ("…热议高质量发展 2020-01-10", "…(2024/02/05)"): an
// item of a list of articles, never a glossary entry.
bool ends_with_listing_date(std::string_view line);

// True when `line` can continue `definition`, the last definition of a glossary so far: it
// is not furniture, a heading, the salutation or the report's title, and either the
// definition is mid-sentence or the line reads as prose.
bool continues_definition(std::string_view definition, std::string_view line);

}  // namespace glossgraph
