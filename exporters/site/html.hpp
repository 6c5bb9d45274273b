#pragma once
// The small functions the site (exporters/site) writes HTML through: escaping text, and the
// names of its pages on disk and in links.
#include <string>
#include <string_view>

namespace glossgraph {

// text for HTML, as character data or a double-quoted attribute value: ill-formed UTF-8 as
// U+FFFD (valid_utf8), C0 controls other than TAB, LF and CR, DEL and the C1 controls as
// U+FFFD, and & < > " ' written &amp; &lt; &gt; &quot; &#39;. A term or definition holding
// <script> is shown as text, never run.
std::string escape_html(std::string_view text);

// The file a page about `name` (a term key, a region code, a report file) is written to in its
// folder, and the link to it from a page of the same folder. For a name that can be a file
// name (well-formed UTF-8 without '/', controls or a leading '.' or '~', at most 240 bytes),
// the file is name + ".html" and the link percent_encode_segment(name) + ".html", so a page's
// URL ends in the same path segment as the resource's IRI in the RDF export (iri_for_term,
// iri_for_region, iri_for_report): term/三线一单.html is linked as
// term/%E4%B8%89%E7%BA%BF%E4%B8%80%E5%8D%95.html, which a browser or web server reads back as
// that file. Any other name gets "~" + 16 hex digits of its 64-bit FNV-1a hash + ".html"
// (names that differ get different files unless their hashes collide).
std::string page_file(std::string_view name);
std::string page_link(std::string_view name);

}  // namespace glossgraph
