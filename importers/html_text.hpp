#pragma once
// The readable text of an HTML page, by an HTML5 parser (gumbo), as the text pipeline wants
// it: one paragraph per line.
//
//  - Left out: <head>, scripts, styles, forms, navigation (<nav>, role=navigation), page
//    headers and footers outside the article, asides, hidden elements (hidden, aria-hidden,
//    display:none), and elements whose class or id names chrome (nav, menu, footer, share,
//    breadcrumb, sidebar, toolbar, copyright …; Baidu's bdsharebuttonbox too).
//  - Block elements and <br> end lines; whitespace collapses as a browser shows it (a line
//    break in the source between two CJK characters vanishes); <pre> keeps its lines.
//  - <ol> items get their number as a marker ("1.", from start= and value=) unless their text
//    starts with one; a table row of "term | definition" becomes "term：definition", one of
//    "1 | term | definition" becomes "1.term：definition" (column headings of such tables
//    are left out); other rows join their cells with spaces.
//  - A <sup> holding a footnote marker — (1) [1] （1） 〔1〕 ① or a bare number not after a
//    Latin letter or digit (m<sup>2</sup> is a unit) — and an in-page link <a href="#…">[1]</a>
//    are anchors; their text stays in the line.
//  - The page's own title: the first of <meta name=ArticleTitle>, og:title, dc.title,
//    <title> (without the site name after "_" "|" " - ") and <h1> that names a government
//    work report; its date: the first of PubDate, publishdate, dc.date, dcterms.created,
//    article:published_time … that parse_date reads.
// Line numbers (source_lines) are the page's own.
#include "importers/extracted_text.hpp"

#include <string_view>

namespace glossgraph {

ExtractedText extract_html_text(std::string_view utf8_html);

// The footnote number a <sup>'s text stands for, if it is a marker; `after_alnum` tells
// whether the text before it ends in an ASCII letter or digit (then a bare number is not one).
std::optional<int> footnote_marker_number(std::string_view marker, bool after_alnum);

}  // namespace glossgraph
