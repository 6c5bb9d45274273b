#pragma once
// What an HTML page asks of the parser, counted from its tags before it is parsed. Gumbo
// looks every tag up in its stack of open elements (time: the depth at each tag, summed, and
// so quadratic in the depth of a deep tree), checks each attribute of a tag against the ones
// before it (quadratic in a tag's attributes; the attributes of every <html> and <body> tag
// are merged into one element, so theirs add up), and keeps about 200 bytes per node. The
// HTML importer refuses a page whose counts exceed its limits rather than stall or exhaust
// memory on it (issue 12: 80,000 attributes on one <p> took 16 s, 300,000 over two minutes).
#include <cstddef>
#include <string_view>

namespace glossgraph::html {

struct MarkupCounts {
    // A lower bound of how deep the elements nest: start tags minus end tags at the deepest,
    // counting only elements that HTML never closes implicitly (div, span, font, table …; not
    // p, li, td …) and skipping void elements.
    std::size_t deepest = 0;
    std::size_t elements = 0;         // start tags
    std::size_t nesting_work = 0;     // the depth (as for deepest) at each start tag, summed
    std::size_t attributes = 0;       // on all tags, end tags included (the tokenizer reads those too)
    std::size_t most_attributes = 0;  // on one tag; for html and body, on all of them together
    std::size_t most_attributes_line = 0;  // the 1-based line of the tag that has (or completes) them
};

// Scans the tags of html once (linear): comments and the contents of scripts and styles are
// skipped; quoted attribute values are skipped whole, so a '>' in a value does not end its tag.
MarkupCounts count_markup(std::string_view html);

// count_markup(html).deepest.
std::size_t nesting_estimate(std::string_view html);

}  // namespace glossgraph::html
