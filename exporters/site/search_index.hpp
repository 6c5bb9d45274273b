#pragma once
// The site's client-side search (search.html with assets/search.js): a prebuilt index of every
// term (its key, term_key) and the texts of its readings as written. search.js brings the query
// and, once, each text to key form (Simplified by the one-character table of t2s.js, width
// folded, lower case, quotes, brackets and spaces removed) and matches them (each word in the
// term's key, or each word in one of its texts); a result shows the text as written, the match
// marked. The index is written as scripts (GG.add([...]);), not as JSON for fetch(), because
// browsers refuse fetch() to pages opened from disk; it is split into shards so no file grows
// large.
#include <cstddef>
#include <string>
#include <vector>

namespace glossgraph {

struct SearchEntry {
    std::string key;
    std::string label;
    std::size_t regions = 0;         // regions defining it: results are ranked by it
    std::vector<std::string> texts;  // its readings' texts as written
};

// The index as scripts of at most about max_bytes each (an entry is never split; an entry larger
// than max_bytes gets a shard of its own), in the order of entries. Each entry is one JSON array
// [key, label, regions, page, text...]: page is "" when the page's name is the key's
// percent-encoding (page_link), else the page's name without ".html"; texts as written, in the
// order given, one per key form (the first: 三線一單 after 三线一单 is left out). Ill-formed
// UTF-8 becomes U+FFFD. No entries, no shards.
std::vector<std::string> search_shards(const std::vector<SearchEntry>& entries, std::size_t max_bytes);
inline constexpr std::size_t kSearchShardBytes = 1 << 20;

// A script giving search.js the one-character Traditional→Simplified table (simplified_char)
// for the CJK blocks, as GG.setT2s("個个嚴严…"): pairs of characters.
std::string t2s_script();

// search.html: a labelled search box (filled from ?q=), a live status line and the results,
// with the scripts search.js, t2s.js and the shards search-0.js … search-<shards-1>.js.
std::string search_page(std::size_t shards);

// The stylesheet (assets/site.css) and the search code (assets/search.js) of the site.
const std::string& site_css();
const std::string& search_js();

}  // namespace glossgraph
