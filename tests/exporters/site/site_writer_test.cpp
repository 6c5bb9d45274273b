// The site of the fixture graph (tests/exporters/fixture_graph.hpp), written into memory.
#include "exporters/site/site_writer.hpp"

#include "exporters/site/html.hpp"
#include "tests/exporters/fixture_graph.hpp"

#include <gtest/gtest.h>

#include <map>
#include <mutex>
#include <regex>

namespace glossgraph {
namespace {

using Files = std::map<std::string, std::string>;

Files site_of(const GraphData& data) {
    Files files;
    std::mutex mutex;
    write_site(data, {}, [&](const std::string& path, const std::string& bytes) {
        const std::lock_guard lock(mutex);
        EXPECT_TRUE(files.emplace(path, bytes).second) << "written twice: " << path;
    });
    return files;
}

TEST(SiteWriter, WritesAPagePerTermRegionAndReport) {
    const GraphData data = fixtures::fixture_graph();
    const Files files = site_of(data);
    for (const char* path : {"index.html", "search.html", "regions.html", "assets/site.css", "assets/search.js",
                             "assets/t2s.js", "assets/search-0.js"})
        EXPECT_TRUE(files.contains(path)) << path;
    for (const GraphTerm& term : data.terms) EXPECT_TRUE(files.contains("term/" + page_file(term.key))) << term.key;
    for (const Region& region : data.regions) EXPECT_TRUE(files.contains("region/" + page_file(region.code)));
    for (const GraphReport& report : data.reports) EXPECT_TRUE(files.contains("report/" + page_file(report.file)));
}

TEST(SiteWriter, IsDeterministic) {
    EXPECT_EQ(site_of(fixtures::fixture_graph()), site_of(fixtures::fixture_graph()));
}

TEST(SiteWriter, ShowsAHostileTermAsInertText) {
    const Files files = site_of(fixtures::fixture_graph());
    const std::string& page = files.at("term/" + page_file(fixtures::hostile_key));
    EXPECT_NE(page.find("a&quot;b\\c&lt;d&gt;&amp;e\n&#39;x&#39;); DROP TABLE terms;--"), std::string::npos);
    EXPECT_NE(page.find("&lt;标签&gt;、&amp;符号"), std::string::npos);
    EXPECT_EQ(page.find("<d>"), std::string::npos);
    EXPECT_EQ(page.find("<标签>"), std::string::npos);
    for (const auto& [path, bytes] : files) {
        if (path.ends_with(".html") && path != "search.html") {
            EXPECT_EQ(bytes.find("<script"), std::string::npos) << path;
        }
    }
}

// Every href and src of every page names a file of the site, and none leaves it.
TEST(SiteWriter, LinksOnlyToItsOwnFiles) {
    const Files files = site_of(fixtures::fixture_graph());
    const std::regex reference(R"re((?:href|src)="([^"]*)")re");
    for (const auto& [path, bytes] : files) {
        if (!path.ends_with(".html")) continue;
        const std::string folder = path.find('/') == std::string::npos ? "" : path.substr(0, path.find('/') + 1);
        for (auto it = std::sregex_iterator(bytes.begin(), bytes.end(), reference); it != std::sregex_iterator(); ++it) {
            std::string target = (*it)[1].str();
            ASSERT_EQ(target.find("//"), std::string::npos) << path << ": " << target;
            target = target.starts_with("../") ? target.substr(3) : folder + target;
            std::string file;  // percent-decoded, as a browser reads it
            for (std::size_t i = 0; i < target.size(); ++i) {
                if (target[i] == '%') {
                    file.push_back(static_cast<char>(std::stoi(target.substr(i + 1, 2), nullptr, 16)));
                    i += 2;
                } else {
                    file.push_back(target[i]);
                }
            }
            EXPECT_TRUE(files.contains(file)) << path << " links to " << file;
        }
    }
}

TEST(SiteWriter, IndexesEveryTermForSearch) {
    const Files files = site_of(fixtures::fixture_graph());
    const std::string& shard = files.at("assets/search-0.js");
    EXPECT_TRUE(shard.starts_with("GG.add([\n"));
    EXPECT_TRUE(shard.ends_with("]);\n"));
    EXPECT_NE(shard.find("[\"三线一单\",\"三线一单\",2,\"\","), std::string::npos);
    EXPECT_NE(files.at("search.html").find("<script src=\"assets/search-0.js\"></script>"), std::string::npos);
}

}  // namespace
}  // namespace glossgraph
