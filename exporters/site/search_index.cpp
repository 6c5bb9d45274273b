#include "exporters/site/search_index.hpp"

#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"
#include "exporters/escape.hpp"
#include "exporters/site/html.hpp"
#include "exporters/site/page.hpp"

#include <nlohmann/json.hpp>

#include <unordered_set>

namespace glossgraph {
namespace {

std::string entry_json(const SearchEntry& entry) {
    nlohmann::json record = nlohmann::json::array();
    record.push_back(valid_utf8(entry.key));
    record.push_back(valid_utf8(entry.label));
    record.push_back(entry.regions);
    const std::string link = page_link(entry.key);
    record.push_back(link == percent_encode_segment(entry.key) + ".html" ? std::string() : link.substr(0, link.size() - 5));
    // As written, to be shown; search.js matches their key forms. Texts that differ only in
    // what the key form drops (script, quotes, case) would match alike: the first stands for all.
    std::unordered_set<std::string> keys;
    for (const std::string& text : entry.texts)
        if (keys.insert(term_key(text)).second) record.push_back(valid_utf8(text));
    return record.dump();
}

}  // namespace

std::vector<std::string> search_shards(const std::vector<SearchEntry>& entries, std::size_t max_bytes) {
    std::vector<std::string> shards;
    std::string shard;
    for (const SearchEntry& entry : entries) {
        const std::string json = entry_json(entry);
        if (!shard.empty() && shard.size() + json.size() + 8 > max_bytes) {
            shards.push_back(shard.append("]);\n"));
            shard.clear();
        }
        shard.append(shard.empty() ? "GG.add([\n" : ",\n").append(json);
    }
    if (!shard.empty()) shards.push_back(shard.append("]);\n"));
    return shards;
}

std::string t2s_script() {
    std::string pairs;
    const auto add_block = [&](char32_t first, char32_t last) {
        for (char32_t cp = first; cp <= last; ++cp) {
            const char32_t simplified = simplified_char(cp);
            if (simplified == cp) continue;
            utf8::append(pairs, cp);
            utf8::append(pairs, simplified);
        }
    };
    add_block(0x3400, 0x4DBF);
    add_block(0x4E00, 0x9FFF);
    add_block(0xF900, 0xFAFF);
    std::string script = "GG.setT2s(\"";
    return script.append(pairs).append("\");\n");
}

std::string search_page(std::size_t shards) {
    Page page("搜索", 0);
    std::string& html = page.html();
    html.append("<h1>搜索</h1>\n<form class=\"search\" action=\"search.html\" method=\"get\" role=\"search\">\n");
    html.append("<label for=\"q\">搜索术语和释义（简体或繁体，空格分开多个词）</label>\n");
    html.append("<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\">\n</form>\n");
    html.append("<p id=\"status\" role=\"status\" aria-live=\"polite\">需要 JavaScript：输入后即显示结果。</p>\n");
    html.append("<ol id=\"results\" class=\"results\"></ol>\n");
    html.append("<script src=\"assets/search.js\"></script>\n<script src=\"assets/t2s.js\"></script>\n");
    for (std::size_t i = 0; i < shards; ++i)
        html.append("<script src=\"assets/search-").append(std::to_string(i)).append(".js\"></script>\n");
    return page.finish();
}

}  // namespace glossgraph
