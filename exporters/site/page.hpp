#pragma once
// One page of the site (exporters/site) as it is written: the head (charset, viewport, title,
// the shared stylesheet), a navigation bar, the content the caller appends to html(), and a
// footer. Pages are plain HTML with no script but the search page's, and every text goes
// through escape_html; links are relative, so the site opens from disk or any web server.
#include "core/model.hpp"

#include <string>
#include <string_view>

namespace glossgraph {

class Page {
public:
    // title is text (escaped here). depth is how deep the page lies: 0 at the site's root
    // (index.html, search.html), 1 in term/, region/ and report/.
    Page(std::string_view title, int depth);

    // The content so far, for the caller to append to (between <main> and </main>).
    std::string& html() { return html_; }
    // "" at the root, "../" one folder down: what links to the site's files start with.
    const std::string& root() const { return root_; }
    // The whole page; the Page is left empty.
    std::string finish();

private:
    std::string html_;
    std::string root_;
};

// <a href="href">text</a>, both escaped.
std::string link(std::string_view href, std::string_view text);
// The links to a term's, a region's and a report's page from a page whose root() is root.
std::string term_href(std::string_view root, std::string_view key);
std::string region_href(std::string_view root, std::string_view code);
std::string report_href(std::string_view root, std::string_view file);
// ` lang="zh-Hant"` for text language_tag() finds Traditional, "" otherwise (the page is zh-Hans).
std::string lang_attribute(std::string_view text, Script fallback = Script::unknown);
// "<h2 id=id>text</h2>".
std::string heading(std::string_view id, std::string_view text);

}  // namespace glossgraph
