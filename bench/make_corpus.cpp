// Writes a synthetic national corpus of government work reports for the import and `differing`
// benchmarks (bench/run_corpus_bench.sh): one report per region and year, named {code}_{year}.txt.
//   make_corpus OUTDIR [--regions 3000] [--years 2019-2023] [--seed 2260] [--source DIR]
//
// Regions are GB/T 2260 counties (then prefectures, when more regions are asked for than there
// are counties) from data/gazetteer. A report is a header in the samples' style, a body of
// 60-100 KB assembled from runs of the sample reports' paragraphs with the samples' place names
// replaced by the region's, mentions of its glossary terms, a closing paragraph, and a glossary
// of 10-30 entries. The vocabulary is built from the samples' glossaries: national terms (the
// real ones and synthetic ones, popular ones picked by many regions), provincial terms (shared
// within a province) and local terms (unique to one region). Shared terms have one to four
// readings: the base definition, one enumerated item replaced, an item dropped, a clause added;
// some regions write a numeral variant (两品一标 / 二品一标) or drop the quotes.
// About one report in ten is traditional (bodies of samples 003/004, glossary converted by ICU),
// a few are GB18030 or CRLF.
//
// Same arguments, same bytes: every choice comes from our own seeded generator (the standard
// distributions differ between standard libraries) and nothing depends on the clock.
#include <CLI/CLI.hpp>
#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::uint64_t mix(std::uint64_t x) {  // splitmix64 finaliser
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
std::uint64_t mix(std::uint64_t a, std::uint64_t b) { return mix(a ^ mix(b)); }
std::uint64_t mix(std::uint64_t a, std::uint64_t b, std::uint64_t c) { return mix(mix(a, b), c); }

class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() { return mix(state_++); }
    // Uniform in [0, n); n > 0.
    std::size_t below(std::size_t n) {
        return static_cast<std::size_t>(static_cast<double>(next() >> 11) * 0x1.0p-53 * static_cast<double>(n));
    }
    std::size_t between(std::size_t lo, std::size_t hi) { return lo + below(hi - lo + 1); }
    bool chance(unsigned percent) { return below(100) < percent; }
    template <class T> const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

private:
    std::uint64_t state_;
};

std::vector<std::string> code_points(std::string_view s) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        out.emplace_back(s.substr(i, n));
        i += n;
    }
    return out;
}

bool is_han(std::string_view cp) {  // U+4E00..U+9FFF
    if (cp.size() != 3) return false;
    const auto b = static_cast<unsigned char>(cp[0]);
    return b >= 0xE4 && b <= 0xE9;
}

std::string trim(std::string_view s) {
    static const std::vector<std::string_view> blanks = {" ", "\t", "\r", "\xC2\xA0", "\xE3\x80\x80"};
    bool changed = true;
    while (changed && !s.empty()) {
        changed = false;
        for (auto b : blanks) {
            if (s.starts_with(b)) { s.remove_prefix(b.size()); changed = true; }
            if (s.ends_with(b)) { s.remove_suffix(b.size()); changed = true; }
        }
    }
    return std::string(s);
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    std::size_t at = s.find(from), done = 0;
    if (at == std::string::npos) return;
    std::string out;
    for (; at != std::string::npos; at = s.find(from, done)) {
        out.append(s, done, at - done).append(to);
        done = at + from.size();
    }
    s = out.append(s, done);
}

std::string without_quotes(std::string s) {
    for (auto q : {"“", "”", "‘", "’", "\""}) replace_all(s, q, "");
    return s;
}

std::vector<std::string> split(const std::string& s, std::string_view sep) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (std::size_t at = s.find(sep); at != std::string::npos; at = s.find(sep, from)) {
        out.push_back(s.substr(from, at - from));
        from = at + sep.size();
    }
    out.push_back(s.substr(from));
    return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// Removes pinyin annotations such as 區(qū): a parenthesis of lower-case Latin letters, tone
// marks included, right after a non-ASCII character.
std::string strip_pinyin(const std::string& s) {
    static const std::string tone = "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ";
    std::string out;
    const auto cps = code_points(s);
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (cps[i] == "(" && i > 0 && cps[i - 1].size() > 1) {
            std::size_t j = i + 1;
            while (j < cps.size() && j < i + 8 &&
                   ((cps[j].size() == 1 && cps[j][0] >= 'a' && cps[j][0] <= 'z') ||
                    (cps[j].size() > 1 && tone.find(cps[j]) != std::string::npos)))
                ++j;
            if (j > i + 1 && j < cps.size() && cps[j] == ")") { i = j; continue; }
        }
        out += cps[i];
    }
    return out;
}

// ICU conversions. Slow per call, so callers cache what repeats.
class Converter {
public:
    Converter() {
        UErrorCode status = U_ZERO_ERROR;
        to_traditional_.reset(icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
        to_simplified_.reset(icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU transliterators are missing");
    }
    std::string traditional(const std::string& s) {
        auto [it, fresh] = cache_.try_emplace(s);
        if (fresh) it->second = apply(*to_traditional_, s);
        return it->second;
    }
    std::string simplified(const std::string& s) { return apply(*to_simplified_, s); }
    static std::string gb18030(const std::string& utf8) {
        std::string out(utf8.size() * 2 + 16, '\0');
        UErrorCode status = U_ZERO_ERROR;
        const int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                       static_cast<int32_t>(utf8.size()), &status);
        if (U_FAILURE(status)) throw std::runtime_error("GB18030 conversion failed");
        out.resize(static_cast<std::size_t>(n));
        return out;
    }

private:
    static std::string apply(icu::Transliterator& t, const std::string& s) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
        t.transliterate(u);
        std::string out;
        u.toUTF8String(out);
        return out;
    }
    std::unique_ptr<icu::Transliterator> to_traditional_, to_simplified_;
    std::unordered_map<std::string, std::string> cache_;
};

// Body text refers to places through these bytes, replaced when a report is written.
enum Slot : char { county_full = '\x01', county_stem = '\x02', pref_full = '\x03', pref_stem = '\x04' };

struct Region {
    std::string code, name, prefecture, province;  // prefecture empty when the county hangs under the province
    std::string title_place;                       // as in the title: 德阳市罗江区
    std::string stem, pref_name, pref_stem;        // what the body slots become
    std::string leader;                            // 区长, 县长, 市长, 旗长, 州长, 盟长
    std::string province_tag;                      // 四川, 内蒙古
};

std::vector<std::vector<std::string>> read_csv(const fs::path& path) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(read_file(path));
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        auto cells = split(line, ",");
        for (auto& c : cells) replace_all(c, "\"", "");
        rows.push_back(cells);
    }
    return rows;
}

std::string stem_of(const std::string& name) {
    const auto cps = code_points(name);
    if (name.find("族") != std::string::npos || name.ends_with("自治州") || name.ends_with("自治县"))
        return cps[0] + cps[1];
    for (std::string_view suffix : {"林区", "特区", "新区", "区", "县", "市", "旗", "盟", "州"})
        if (name.ends_with(suffix) && code_points(name).size() - code_points(suffix).size() >= 2)
            return name.substr(0, name.size() - suffix.size());
    return name;
}

std::string leader_of(const std::string& name) {
    if (name.ends_with("区")) return "区长";
    if (name.ends_with("县")) return "县长";
    if (name.ends_with("旗")) return "旗长";
    if (name.ends_with("州")) return "州长";
    if (name.ends_with("盟")) return "盟长";
    return "市长";
}

std::string province_tag(std::string name) {
    for (std::string_view s : {"壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"})
        if (name.ends_with(s)) return name.substr(0, name.size() - s.size());
    return name;
}

bool pseudo_prefecture(const std::string& name) {
    return name == "市辖区" || name == "县" || name.ends_with("直辖县级行政区划");
}

// Counties first (all of them, or a seeded choice), then prefectures; sorted by code.
std::vector<Region> load_regions(const fs::path& gazetteer, std::size_t wanted, std::uint64_t seed) {
    std::map<std::string, std::string> provinces, cities;
    for (auto& r : read_csv(gazetteer / "provinces.csv")) provinces[r[0]] = r[1];
    for (auto& r : read_csv(gazetteer / "cities.csv")) cities[r[0]] = r[1];
    std::vector<Region> counties, prefectures;
    std::map<std::string, std::string> same_name;  // city code -> the code of its namesake county: 嘉峪关市
    for (auto& r : read_csv(gazetteer / "areas.csv")) {
        const std::string& city = cities[r[2]];
        const std::string& name = r[1];
        const bool county_like = name.ends_with("区") || name.ends_with("县") || name.ends_with("市") || name.ends_with("旗");
        if (name == city) same_name[r[2]] = r[0];  // written as the prefecture, resolved to this code
        if (!county_like || name == city || name == "市辖区") continue;
        Region g{r[0], name, pseudo_prefecture(city) ? "" : city, provinces[r[3]], {}, {}, {}, {}, {}, {}};
        const bool municipality = city == "市辖区" || city == "县";
        g.title_place = (pseudo_prefecture(city) ? (municipality ? g.province : "") : city) + name;
        g.pref_name = g.prefecture.empty() ? (municipality ? g.province : name) : g.prefecture;
        counties.push_back(g);
    }
    for (auto& [code, name] : cities) {
        if (pseudo_prefecture(name) || name.ends_with("地区")) continue;
        Region g{same_name.count(code) ? same_name[code] : code + "00", name, "", provinces[code.substr(0, 2)], name, {}, {}, name, {}, {}};
        prefectures.push_back(g);
    }
    for (auto* list : {&counties, &prefectures}) {  // a seeded shuffle: which regions when fewer are asked for
        Rng rng(mix(seed, list->size()));
        for (std::size_t i = list->size(); i > 1; --i) std::swap((*list)[i - 1], (*list)[rng.below(i)]);
    }
    std::vector<Region> chosen;
    for (auto* list : {&counties, &prefectures})
        for (auto& g : *list)
            if (chosen.size() < wanted) chosen.push_back(g);
    std::sort(chosen.begin(), chosen.end(), [](auto& a, auto& b) { return a.code < b.code; });
    for (auto& g : chosen) {
        g.stem = stem_of(g.name);
        g.pref_stem = stem_of(g.pref_name);
        g.leader = leader_of(g.name);
        g.province_tag = province_tag(g.province);
    }
    return chosen;
}

struct SampleEntry {
    std::string term, definition;
    bool child = false;  // an unnumbered line under a numbered footnote
};

struct Sample {
    std::vector<std::string> body;  // paragraphs between the salutation and the closing, with place slots
    std::string closing;            // the last paragraph opening with 各位代表, with place slots
    std::vector<SampleEntry> glossary;
    std::vector<std::string> head, tail;  // page chrome before the title and after the glossary
};

using Places = std::vector<std::pair<std::string, Slot>>;

std::string with_slots(std::string text, const Places& places) {
    for (auto& [name, slot] : places) replace_all(text, name, std::string(1, slot));
    return text;
}

bool heading_line(std::string t) {
    replace_all(t, " ", "");
    replace_all(t, "\xE3\x80\x80", "");
    return t == "名词解释" || t == "注释" || t == "名詞解釋" || t == "註釋";
}

// "(12)" "（12）" "12." "12．" "12、" at the start of t: the marker's length, or 0.
std::size_t marker_length(const std::string& t) {
    std::size_t i = 0;
    std::string_view open = t.starts_with("(") ? "(" : t.starts_with("（") ? "（" : "";
    i = open.size();
    const std::size_t digits = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    if (i == digits) return 0;
    const std::string_view rest = std::string_view(t).substr(i);
    for (std::string_view close : open.empty() ? std::vector<std::string_view>{".", "．", "、"}
                                               : std::vector<std::string_view>{")", "）"})
        if (rest.starts_with(close)) return i + close.size();
    return 0;
}

std::vector<SampleEntry> parse_glossary(const std::vector<std::string>& lines, std::size_t from, std::size_t to) {
    std::vector<SampleEntry> entries;
    bool numbered = false;
    for (std::size_t i = from; i < to; ++i) {
        std::string t = trim(lines[i]);
        if (t.empty()) continue;
        const std::size_t marker = marker_length(t);
        numbered = numbered || marker > 0;
        t = t.substr(marker);
        std::size_t colon = std::min(t.find(':'), t.find("："));
        if (colon == std::string::npos || colon > 64 * 3) continue;
        const std::size_t colon_size = t.compare(colon, 1, ":") == 0 ? 1 : 3;
        entries.push_back({t.substr(0, colon), t.substr(colon + colon_size), numbered && marker == 0});
    }
    return entries;
}

Sample parse_sample(const std::string& text, const Places& places) {
    const auto lines = split(text, "\n");
    std::vector<std::string> trimmed;
    for (auto& l : lines) trimmed.push_back(trim(l));
    std::size_t salutation = 0, heading = lines.size(), closing = 0, end = lines.size();
    while (salutation < lines.size() && !(trimmed[salutation].starts_with("各位代表") && trimmed[salutation].size() <= 15))
        ++salutation;
    for (std::size_t i = salutation + 1; i < lines.size() && heading == lines.size(); ++i)
        if (heading_line(trimmed[i])) heading = i;
    for (std::size_t i = salutation + 1; i < heading; ++i)
        if (trimmed[i].starts_with("各位代表")) closing = i;
    std::size_t glossary = heading;
    for (std::size_t i = closing + 1; i < lines.size() && glossary == lines.size(); ++i)
        if (trimmed[i].starts_with("1.")) glossary = i - 1;  // 002: a numbered list with no heading
    for (std::size_t i = glossary + 1; i < lines.size() && end == lines.size(); ++i)
        if (trimmed[i].starts_with("您需要登录") || trimmed[i].starts_with("扫一扫")) end = i;

    Sample s;
    for (std::size_t i = salutation + 1; i < closing; ++i)
        if (!trimmed[i].empty()) s.body.push_back(with_slots(trimmed[i], places));
    s.closing = with_slots(trimmed[closing], places);
    if (glossary < lines.size()) s.glossary = parse_glossary(lines, glossary + 1, end);
    for (std::size_t i = 0; i < lines.size() && trimmed[i] != trim(lines[salutation]); ++i) {
        if (trimmed[i].find("政府工作报告") != std::string::npos && !trimmed[i].starts_with("[")) break;
        s.head.push_back(lines[i]);
    }
    for (std::size_t i = end; i < lines.size(); ++i) s.tail.push_back(lines[i]);
    return s;
}

std::vector<Sample> load_samples(const fs::path& dir) {
    std::vector<fs::path> files;
    for (auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.size() < 5) throw std::runtime_error("expected the five sample reports in " + dir.string());
    const std::vector<Places> places = {
        {{"德阳市", pref_full}, {"罗江区", county_full}, {"德阳", pref_stem}, {"罗江", county_stem}},
        {{"景德镇市", pref_full}, {"乐平市", county_full}, {"景德镇", pref_stem}, {"乐平", county_stem}},
        {{"随州市", pref_full}, {"曾都区", county_full}, {"随州", pref_stem}, {"曾都", county_stem}},
        {{"德州市", pref_full}, {"陵城區", county_full}, {"陵城区", county_full}, {"德州", pref_stem}, {"陵城", county_stem}},
        {{"曲靖市", pref_full}, {"麒麟區", county_full}, {"麒麟区", county_full}, {"曲靖", pref_stem}, {"麒麟", county_stem}},
    };
    std::vector<Sample> samples;
    for (std::size_t i = 0; i < 5; ++i) samples.push_back(parse_sample(read_file(files[i]), places[i]));
    return samples;
}

struct Term {
    std::string text;                   // simplified, as written by most regions
    std::vector<std::string> readings;  // simplified definitions; [0] is the base
    std::vector<std::size_t> children;  // narrower terms written under it, unnumbered
    bool per_report = false;            // a fresh definition in every report ({year}年十件民生实事)
};

struct Words {  // raw material cut from the samples' bodies
    std::vector<std::string> phrases;   // 3-9 Han characters
    std::vector<std::string> items;     // the same, found in enumerations
    std::vector<std::string> fours;     // exactly 4, in either list
};

// Runs of 3-9 Han characters between punctuation marks (a run touching a digit or a letter is
// cut off mid-word: 10个项目 gives 个项目), without a function word at either end. Runs next to
// an enumeration comma are list items (同城融圈战略、工业强市战略) and make the best items.
Words cut_words(const std::vector<Sample>& samples) {
    static const std::string function_words = "的是了和在等及与或个为把被对";
    Words w;
    std::unordered_set<std::string> seen;
    for (std::size_t s = 0; s < 3; ++s)
        for (auto& para : samples[s].body) {
            const auto cps = code_points(para + "。");
            std::string run;
            std::size_t n = 0, start = 0;
            for (std::size_t i = 0; i < cps.size(); ++i) {
                if (is_han(cps[i])) {
                    if (n++ == 0) start = i;
                    run += cps[i];
                    continue;
                }
                const bool clean = cps[i].size() > 1 && (start == 0 || cps[start - 1].size() > 1) &&
                                   function_words.find(cps[start]) == std::string::npos &&
                                   function_words.find(cps[i - 1]) == std::string::npos;
                const bool listed = cps[i] == "、" || (start > 0 && cps[start - 1] == "、");
                if (clean && n >= 3 && n <= 9 && seen.insert(run).second) {
                    if (n == 4) w.fours.push_back(run);
                    (listed ? w.items : w.phrases).push_back(run);
                }
                run.clear();
                n = 0;
            }
        }
    return w;
}

const std::vector<std::string> numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
const std::vector<std::string> key_chars = code_points(
    "链网城区园带心轴圈线治化改保优强兴新绿美富安稳创融通联建管服清智数品标水林田路港站岸村院校医养育业企才技金商文旅农工康廉效能质核群廊环屏片点面体翼");
const std::vector<std::string> nouns = {"目标", "战略", "专班", "抓手", "工程", "行动", "产业", "集群", "板块", "平台",
                                        "片区", "基地", "园区", "通道", "枢纽", "领域", "任务", "举措", "载体", "行业"};
const std::vector<std::string> suffixes = {"工程", "行动", "专项行动", "攻坚行动", "机制", "工作机制", "体系", "服务体系",
                                           "战略", "发展战略", "发展格局", "模式", "改革", "计划", "示范创建", "提升工程",
                                           "三年行动", "行动计划", "发展思路", "产业体系", "品牌", "治理模式", "工作法"};
const std::vector<std::string> words1 = {"智慧", "数字", "绿色", "平安", "文明", "美丽", "幸福", "健康", "和谐", "品质",
                                         "创新", "开放", "共享", "协调", "高效", "法治", "诚信", "生态", "乡村", "社区",
                                         "网格", "邻里", "产业", "人才", "科技", "金融", "物流", "康养", "文旅", "政务"};
const std::vector<std::string> words2 = {"驿站", "管家", "超市", "小院", "讲堂", "客厅", "集市", "工坊", "专员", "链长",
                                         "街区", "书房", "食堂", "联盟", "学院", "服务站", "工作室", "夜校", "议事会"};
const std::vector<std::string> leads = {"", "", "是指", "即", "指", "主要包括", "具体是指"};
const std::vector<std::string> verbs = {"深入实施", "扎实推进", "全面落实", "持续深化", "加快推进", "积极探索", "大力推进"};

std::size_t small_number(Rng& rng) { return rng.chance(80) ? rng.between(1, 5) : rng.between(1, 10); }

std::string items(Rng& rng, const Words& w, std::size_t n, const std::string& noun) {
    std::vector<std::string> parts;
    for (std::size_t tries = 0; parts.size() < n && tries < 4 * n; ++tries) {
        std::string item = noun.empty() ? rng.pick(w.items) : rng.pick(w.fours) + noun;
        if (std::find(parts.begin(), parts.end(), item) == parts.end()) parts.push_back(std::move(item));
    }
    std::string out = join(parts, "、");
    if (parts.size() > 1 && rng.chance(30)) {
        const std::size_t last = out.rfind("、");
        out.replace(last, 3, "和");
    }
    return out;
}

std::string definition(Rng& rng, const Words& w, std::size_t n, const std::string& noun, const std::string& lead) {
    std::string d = lead + items(rng, w, std::clamp<std::size_t>(n, 2, 10), noun) + "。";
    if (rng.chance(30)) d += "着力" + rng.pick(w.phrases) + "，" + rng.pick(w.phrases) + "。";
    return d;
}

// A term in one of the samples' shapes, and its base definition.
std::pair<std::string, std::string> synthesize(Rng& rng, const Words& w, const std::string& lead) {
    const std::size_t a = small_number(rng), b = small_number(rng);
    switch (rng.below(5)) {
        case 0:  // “三链一网”工程
            return {"“" + numerals[a - 1] + rng.pick(key_chars) + numerals[b - 1] + rng.pick(key_chars) + "”" +
                        rng.pick(suffixes),
                    definition(rng, w, a + b, "", lead)};
        case 1: {  // 五大专班
            const std::string& noun = rng.pick(nouns);
            return {numerals[std::max<std::size_t>(a, 2) - 1] + "大" + noun, definition(rng, w, std::max<std::size_t>(a, 2), noun, lead)};
        }
        case 2:  // 三禁三控三治
            return {numerals[a - 1] + rng.pick(key_chars) + numerals[a - 1] + rng.pick(key_chars) + numerals[a - 1] +
                        rng.pick(key_chars),
                    definition(rng, w, 3, "", lead)};
        case 3: {  // “323”攻坚行动, “10+8”行动
            const std::string digits = rng.chance(50) ? std::to_string(rng.between(100, 999))
                                                      : std::to_string(a) + "+" + std::to_string(rng.between(1, 12));
            return {"“" + digits + "”" + rng.pick(suffixes), definition(rng, w, rng.between(3, 6), "", lead)};
        }
        default:  // 邻里驿站
            return {rng.pick(words1) + rng.pick(words2), "便于" + items(rng, w, rng.between(2, 4), "") + "的" +
                                                             rng.pick(words2) + "。"};
    }
}

std::string replace_leading_han(const std::string& part, const std::string& with) {
    std::size_t n = 0;
    while (n + 3 <= part.size() && is_han(std::string_view(part).substr(n, 3))) n += 3;
    return n == 0 ? part : with + part.substr(n);
}

// Another reading of a definition: one enumerated item replaced or dropped, a clause added,
// or a numeral written differently.
std::string alter(Rng& rng, const Words& w, const std::string& d) {
    auto parts = split(d, "、");
    switch (rng.below(5)) {
        case 0:
        case 1:
            if (parts.size() >= 2) {
                const std::size_t i = rng.between(1, parts.size() - 1);
                parts[i] = replace_leading_han(parts[i], rng.pick(w.items));
                return join(parts, "、");
            }
            break;
        case 2:
            if (parts.size() >= 3) {
                parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(rng.between(1, parts.size() - 2)));
                return join(parts, "、");
            }
            break;
        case 3:
            if (d.find("两") != std::string::npos) {
                std::string v = d;
                v.replace(v.find("两"), 3, "二");
                return v;
            }
            break;
    }
    std::string v = d.ends_with("。") ? d.substr(0, d.size() - 3) : d;
    return v + "，" + rng.pick(verbs) + rng.pick(w.phrases) + "。";
}

void add_readings(Rng& rng, const Words& w, Term& t) {
    const std::size_t r = rng.chance(30) ? 1 : rng.chance(45) ? 2 : rng.chance(60) ? 3 : 4;
    for (std::size_t tries = 0; t.readings.size() < r && tries < 20; ++tries) {
        std::string v = alter(rng, w, rng.pick(t.readings));
        if (std::find(t.readings.begin(), t.readings.end(), v) == t.readings.end()) t.readings.push_back(std::move(v));
    }
}

class Vocabulary {
public:
    std::vector<Term> terms;
    std::vector<std::size_t> national;          // real terms first, then synthetic ones by falling popularity
    std::vector<double> national_weight;        // cumulative
    std::map<std::string, std::vector<std::size_t>> provincial;  // by province name
    std::vector<std::size_t> yearly;            // {year}年十件民生实事, by year
    std::size_t from_samples = 0;               // national terms taken from the samples' glossaries

    // Registers a term whose key no other term has; false when the key is taken.
    bool claim(const std::string& text) { return keys_.insert(without_quotes(text)).second; }
    std::size_t add(Term t) {
        terms.push_back(std::move(t));
        return terms.size() - 1;
    }
    std::size_t draw_national(Rng& rng) const {
        const double x = static_cast<double>(rng.next() >> 11) * 0x1.0p-53 * national_weight.back();
        const auto it = std::upper_bound(national_weight.begin(), national_weight.end(), x);
        return national[std::min<std::size_t>(static_cast<std::size_t>(it - national_weight.begin()), national.size() - 1)];
    }
    // A synthetic term with a key of its own.
    std::size_t add_synthetic(Rng& rng, const Words& w, const std::string& prefix, const std::string& lead, bool variants) {
        for (;;) {
            auto [text, def] = synthesize(rng, w, lead);
            if (!claim(prefix + text)) continue;
            Term t{prefix + text, {def}, {}, false};
            if (variants) add_readings(rng, w, t);
            return add(std::move(t));
        }
    }

private:
    std::unordered_set<std::string> keys_;
};

std::vector<SampleEntry> simplified_glossaries(const std::vector<Sample>& samples, Converter& conv) {
    std::vector<SampleEntry> out;
    for (std::size_t s = 0; s < 4; ++s)
        for (auto e : samples[s].glossary) {
            if (s == 3) {  // traditional, annotated, partly damaged
                if ((e.term + e.definition).find('?') != std::string::npos) continue;
                e.term = conv.simplified(strip_pinyin(e.term));
                e.definition = conv.simplified(strip_pinyin(e.definition));
            }
            out.push_back(e);
        }
    return out;
}

Vocabulary build_vocabulary(const std::vector<Sample>& samples, const Words& w, const std::vector<Region>& regions,
                            const std::vector<int>& years, Converter& conv, std::uint64_t seed) {
    Vocabulary v;
    Rng rng(mix(seed, 1));
    std::size_t parent = SIZE_MAX;
    std::map<std::string, std::size_t> seen;  // a term of two samples (三线一单) has both their definitions
    for (auto& e : simplified_glossaries(samples, conv)) {
        if (e.child) {
            if (parent != SIZE_MAX) v.terms[parent].children.push_back(v.add({e.term, {e.definition}, {}, false}));
            continue;
        }
        parent = SIZE_MAX;
        const auto [it, fresh] = seen.try_emplace(without_quotes(e.term), v.terms.size());
        if (!fresh) {
            auto& readings = v.terms[it->second].readings;
            if (std::find(readings.begin(), readings.end(), e.definition) == readings.end()) readings.push_back(e.definition);
            continue;
        }
        v.claim(e.term);
        parent = v.add({e.term, {e.definition}, {}, false});
        ++v.from_samples;
        v.national.push_back(parent);
        v.national_weight.push_back(4.0);
    }
    for (auto& t : v.terms) add_readings(rng, w, t);
    for (std::size_t k = 0; k < 2000; ++k) {
        v.national.push_back(v.add_synthetic(rng, w, "", rng.pick(leads), true));
        v.national_weight.push_back(3.0 / (1.0 + static_cast<double>(k) / 100.0));
    }
    for (std::size_t i = 1; i < v.national_weight.size(); ++i) v.national_weight[i] += v.national_weight[i - 1];
    for (auto& g : regions)
        if (!v.provincial.count(g.province))
            for (std::size_t k = 0; k < 60; ++k)
                v.provincial[g.province].push_back(v.add_synthetic(rng, w, "", rng.pick(leads), true));
    for (int y : years) v.yearly.push_back(v.add({std::to_string(y) + "年十件民生实事", {}, {}, true}));
    return v;
}

struct Plan {
    std::uint64_t seed = 0;
    std::vector<std::size_t> local;  // written every year, each with probability 3/4
    std::vector<std::size_t> fresh;  // one per year: new that year, kept the next with probability 1/2
    std::vector<std::size_t> picks;  // national and provincial terms
    std::string speakers[2];
    int speaker_change = 0;  // the report year from which speakers[1] delivers
    int congress = 0, congress_first_year = 0;
    bool drop_quotes = false;
};

const std::vector<std::string> surnames = code_points(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤");
const std::vector<std::string> given = code_points(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌宇浩凯鹏飞海波宁辉峰春晓东林雪梅立新光荣德胜利民永庆宏俊毅");

std::string person(Rng& rng) {
    std::string name = rng.pick(surnames) + rng.pick(given);
    if (rng.chance(70)) name += rng.pick(given);
    return name;
}

std::size_t add_local(Vocabulary& v, Rng& rng, const Words& w, const Region& g) {
    const std::string lead = rng.chance(50) ? g.name + "委提出的" : rng.pick(leads);
    switch (rng.below(4)) {
        case 0: return v.add_synthetic(rng, w, g.stem, lead, false);         // 罗江“三链一网”工程
        case 1: return v.add_synthetic(rng, w, "", lead, false);             // unprefixed, still one region's
        case 2: {                                                            // 罗江智慧驿站
            for (;;) {
                const std::string text = g.stem + rng.pick(words1) + rng.pick(words2);
                if (v.claim(text))
                    return v.add({text, {"立足" + g.name + "实际，" + definition(rng, w, rng.between(2, 5), "", "围绕")}, {}, false});
            }
        }
        default: {                                                           // “罗江人才”品牌
            for (;;) {
                const std::string text = "“" + g.stem + rng.pick(words1) + "”" + rng.pick(suffixes);
                if (v.claim(text)) return v.add({text, {definition(rng, w, rng.between(3, 7), "", lead)}, {}, false});
            }
        }
    }
}

// A development line with narrower terms, like 000's “四五五六”发展总思路.
std::size_t add_with_children(Vocabulary& v, Rng& rng, const Words& w, const Region& g) {
    static const std::vector<std::string> heads = {"目标", "战略", "专班", "抓手"}, verbs4 = {"锚定", "实施", "强化", "突出"};
    // Several regions may write the same line (“三四五六”发展总思路) and narrower terms, each its own way.
    std::string digits, def = g.pref_name + "委提出";
    std::vector<std::size_t> kids;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::size_t n = rng.between(2, 6);
        digits += numerals[n - 1];
        const std::string kid = numerals[n - 1] + "大" + heads[i];
        def += verbs4[i] + "“" + kid + "”" + (i < 3 ? "，" : "，努力开创" + g.name + "高质量发展新局面。");
        kids.push_back(v.add({kid, {definition(rng, w, n, i == 0 ? "" : heads[i], "")}, {}, false}));
    }
    v.claim("“" + digits + "”发展总思路");
    return v.add({"“" + digits + "”发展总思路", {def}, kids, false});
}

std::vector<Plan> plan_regions(Vocabulary& v, const Words& w, const std::vector<Region>& regions,
                               const std::vector<int>& years, std::uint64_t seed) {
    std::vector<Plan> plans;
    for (auto& g : regions) {
        Plan p;
        p.seed = mix(seed, std::stoull(g.code), 2);
        Rng rng(p.seed);
        for (std::size_t k = 0; k < 10; ++k) p.local.push_back(add_local(v, rng, w, g));
        if (rng.chance(5)) p.local[0] = add_with_children(v, rng, w, g);
        for (std::size_t k = 0; k < years.size(); ++k) p.fresh.push_back(add_local(v, rng, w, g));
        std::set<std::size_t> picked;
        while (picked.size() < 8) picked.insert(v.draw_national(rng));
        const auto& province = v.provincial.at(g.province);
        while (picked.size() < 11) picked.insert(rng.pick(province));
        p.picks.assign(picked.begin(), picked.end());
        p.speakers[0] = person(rng);
        p.speakers[1] = person(rng);
        p.speaker_change = years.front() + static_cast<int>(rng.between(1, years.size() + 2));
        p.congress = static_cast<int>(rng.between(14, 18));
        p.congress_first_year = 2016 + static_cast<int>(rng.below(2));
        p.drop_quotes = rng.chance(10);
        plans.push_back(std::move(p));
    }
    return plans;
}

enum class Numbering { paren, paren_full, dot, dot_full, comma, circled, bracket, lenticular, none };

struct Style {
    Numbering numbering = Numbering::paren;
    std::string heading, colon, indent, salutation_colon;
    bool blank_entries = false, blank_paragraphs = false;
    bool traditional = false, gb18030 = false, crlf = false, head = false, tail = false;
};

template <class T> const T& weighted(Rng& rng, const std::vector<std::pair<T, unsigned>>& choices) {
    unsigned total = 0;
    for (auto& c : choices) total += c.second;
    std::size_t x = rng.below(total);
    for (auto& c : choices) {
        if (x < c.second) return c.first;
        x -= c.second;
    }
    return choices.back().first;
}

Style choose_style(Rng& rng) {
    Style s;
    s.numbering = weighted<Numbering>(rng, {{Numbering::paren, 20}, {Numbering::paren_full, 15}, {Numbering::dot, 20},
                                            {Numbering::dot_full, 5}, {Numbering::comma, 10}, {Numbering::circled, 10},
                                            {Numbering::bracket, 5}, {Numbering::lenticular, 5}, {Numbering::none, 10}});
    s.heading = weighted<std::string>(rng, {{"名词解释", 40}, {"名 词 解 释", 10}, {"注释", 15}, {"注 释", 10},
                                            {"附件：名词解释", 10}, {"【名词解释】", 10}, {"本报告名词解释", 5}});
    const bool plain_numbers = s.numbering == Numbering::dot || s.numbering == Numbering::dot_full || s.numbering == Numbering::comma;
    if (plain_numbers && rng.chance(15)) s.heading.clear();  // like 002: a list starting at 1 after the closing
    s.colon = rng.chance(60) ? ":" : "：";
    s.salutation_colon = rng.chance(70) ? ":" : "：";
    s.indent = weighted<std::string>(rng, {{"", 40}, {"    ", 40}, {"\xE3\x80\x80\xE3\x80\x80", 20}});
    s.blank_entries = rng.chance(50);
    s.blank_paragraphs = rng.chance(50);
    s.traditional = rng.chance(10);
    s.gb18030 = !s.traditional && rng.chance(3);
    s.crlf = rng.chance(3);
    s.head = rng.chance(10);
    s.tail = rng.chance(10);
    return s;
}

std::string marker(Numbering numbering, std::size_t n) {
    const std::string d = std::to_string(n);
    switch (numbering) {
        case Numbering::paren: return "(" + d + ")";
        case Numbering::paren_full: return "（" + d + "）";
        case Numbering::dot: return d + ".";
        case Numbering::dot_full: return d + "．";
        case Numbering::comma: return d + "、";
        case Numbering::bracket: return "[" + d + "]";
        case Numbering::lenticular: return "【" + d + "】";
        case Numbering::none: return "";
        case Numbering::circled: break;
    }
    const char32_t cp = n <= 20 ? U'\u2460' + static_cast<char32_t>(n - 1) : U'\u3251' + static_cast<char32_t>(n - 21);
    return {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
            static_cast<char>(0x80 | (cp & 0x3F))};
}

std::string chinese_number(int n) {
    if (n <= 10) return numerals[static_cast<std::size_t>(n - 1)];
    const std::string tens = n < 20 ? "十" : numerals[static_cast<std::size_t>(n / 10 - 1)] + "十";
    return tens + (n % 10 ? numerals[static_cast<std::size_t>(n % 10 - 1)] : "");
}

std::uint64_t fnv(std::string_view s) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    return h;
}

struct TermStat {
    std::size_t last_region = SIZE_MAX, regions = 0;
    std::vector<std::uint64_t> readings;  // hashes of the distinct definitions
};

struct Stats {
    std::size_t files = 0, bytes = 0, entries = 0, traditional = 0, gb18030 = 0, crlf = 0;
    std::unordered_map<std::string, TermStat> terms;  // by key as the generator sees it: simplified, no quotes

    void count(std::size_t region, const std::string& term, const std::string& definition) {
        ++entries;
        TermStat& t = terms[without_quotes(term)];
        if (t.last_region != region) ++t.regions;
        t.last_region = region;
        const std::uint64_t h = fnv(definition);
        if (std::find(t.readings.begin(), t.readings.end(), h) == t.readings.end()) t.readings.push_back(h);
    }
};

struct Entry {
    std::string term, definition;
    bool child = false;
};

class ReportWriter {
public:
    ReportWriter(const std::vector<Sample>& samples, const Words& words, const Vocabulary& vocabulary, Converter& conv)
        : samples_(samples), words_(words), vocabulary_(vocabulary), conv_(conv) {
        for (std::size_t s = 0; s < 5; ++s)
            for (auto& p : samples[s].body) (s < 3 ? simplified_ : traditional_).push_back(&p);
    }

    // The report of region `index` for the year at `year_index`, UTF-8 with LF line ends.
    std::string compose(const Region& g, const Plan& p, std::size_t index, int year, std::size_t year_index,
                        const Style& s, Rng& rng, Stats& stats) {
        slots_ = {"", g.name, g.stem, g.pref_name, g.pref_stem};
        if (s.traditional)
            for (auto& slot : slots_) slot = conv_.traditional(slot);
        auto entries = glossary_entries(p, index, year, year_index, rng, stats);
        if (s.traditional)
            for (auto& e : entries) e = {conv_.traditional(e.term), conv_.traditional(e.definition), e.child};
        std::string out;
        out.reserve(110000);
        header(out, g, p, year, s, rng);
        body(out, entries, s, rng);
        glossary(out, entries, s);
        if (s.tail)
            for (auto& l : (rng.chance(50) ? samples_[1] : samples_[2]).tail) out += l + "\n";
        return out;
    }

private:
    std::string tr(const Style& s, const std::string& text) { return s.traditional ? conv_.traditional(text) : text; }

    void line(std::string& out, const Style& s, const std::string& text, bool blank) {
        out += s.indent;
        expand(out, text);
        out += blank ? "\n\n" : "\n";
    }

    void expand(std::string& out, const std::string& text) const {
        std::size_t from = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c == 0 || c > 4) continue;
            out.append(text, from, i - from);
            out += slots_[c];
            from = i + 1;
        }
        out.append(text, from);
    }

    void header(std::string& out, const Region& g, const Plan& p, int year, const Style& s, Rng& rng) {
        const std::string title = tr(s, std::to_string(year) + "年" + g.title_place + "政府工作报告");
        if (s.head)
            for (auto& l : samples_[0].head)
                out += l.find("政府工作报告") == std::string::npos ? l + "\n" : s.indent + "[" + g.province_tag + "] " + title + "\n";
        line(out, s, title, true);
        const bool december = rng.chance(20);
        const int k = year - p.congress_first_year;
        const std::string date = december ? std::to_string(year - 1) + "年12月" + std::to_string(rng.between(20, 31)) + "日"
                                          : std::to_string(year) + "年" + std::to_string(rng.between(1, 2)) + "月" +
                                                std::to_string(rng.between(1, 28)) + "日";
        line(out, s, tr(s, "——" + date + "在" + g.title_place + "第" + chinese_number(p.congress + k / 5) + "届人民代表大会第" +
                               chinese_number(k % 5 + 1) + "次会议上"), true);
        line(out, s, tr(s, g.name + "人民政府" + g.leader + "  " + p.speakers[year >= p.speaker_change ? 1 : 0]), true);
        line(out, s, "各位代表" + s.salutation_colon, true);
    }

    void body(std::string& out, const std::vector<Entry>& entries, const Style& s, Rng& rng) {
        const auto& pool = s.traditional ? traditional_ : simplified_;
        std::vector<const std::string*> paras;
        const std::size_t target = rng.between(60000, 100000);
        for (std::size_t size = 0; size < target;) {  // runs of consecutive paragraphs from random places
            const std::size_t start = rng.below(pool.size()), run = rng.between(4, 15);
            for (std::size_t j = 0; j < run && size < target; ++j) {
                paras.push_back(pool[(start + j) % pool.size()]);
                size += paras.back()->size() + 1;
            }
        }
        // Each numbered term is mentioned once, in footnote order, as a sentence closing a paragraph.
        std::vector<const Entry*> numbered;
        for (auto& e : entries)
            if (!e.child) numbered.push_back(&e);
        std::vector<std::size_t> where;
        for (std::size_t k = 0; k < numbered.size(); ++k) where.push_back(rng.below(paras.size()));
        std::sort(where.begin(), where.end());
        const bool anchors = s.numbering == Numbering::paren || s.numbering == Numbering::paren_full;
        for (std::size_t i = 0, k = 0; i < paras.size(); ++i) {
            std::string text = *paras[i];
            for (; k < where.size() && where[k] == i; ++k) {
                text += tr(s, verbs[k % verbs.size()]) + numbered[k]->term;
                if (anchors) text += marker(s.numbering, k + 1);
                text += "。";
            }
            line(out, s, text, s.blank_paragraphs);
        }
        const std::size_t closing = s.traditional ? 3 + rng.below(2) : rng.below(3);
        line(out, s, samples_[closing].closing, true);
    }

    void glossary(std::string& out, const std::vector<Entry>& entries, const Style& s) {
        Numbering numbering = s.numbering;
        if (numbering == Numbering::circled && entries.size() > 35) numbering = Numbering::dot;
        if (!s.heading.empty()) line(out, s, tr(s, s.heading), true);
        std::size_t n = 0;
        for (auto& e : entries) {
            const std::string m = e.child ? "" : marker(numbering, ++n);
            line(out, s, m + e.term + s.colon + e.definition, s.blank_entries);
        }
    }

    std::vector<Entry> glossary_entries(const Plan& p, std::size_t index, int year, std::size_t yi,
                                        Rng& rng, Stats& stats) {
        std::vector<std::size_t> ids;
        for (auto id : p.local)
            if (rng.chance(75)) ids.push_back(id);
        ids.push_back(p.fresh[yi]);
        if (yi > 0 && rng.chance(50)) ids.push_back(p.fresh[yi - 1]);
        for (auto id : p.picks)
            if (rng.chance(80)) ids.push_back(id);
        if (rng.chance(25)) ids.push_back(vocabulary_.yearly[yi]);
        while (ids.size() < 10) {
            const std::size_t id = vocabulary_.draw_national(rng);
            if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
        }
        for (std::size_t i = ids.size(); i > 1; --i) std::swap(ids[i - 1], ids[rng.below(i)]);
        if (ids.size() > 30) ids.resize(30);
        std::vector<Entry> entries;
        for (auto id : ids) {
            entries.push_back(written(p, id, year, false, rng));
            for (auto kid : vocabulary_.terms[id].children) entries.push_back(written(p, kid, year, true, rng));
        }
        for (auto& e : entries) stats.count(index, e.term, e.definition);
        return entries;
    }

    Entry written(const Plan& p, std::size_t id, int year, bool child, Rng& rng) {
        const Term& t = vocabulary_.terms[id];
        const std::uint64_t h = mix(p.seed, id, 3);
        std::string term = p.drop_quotes ? without_quotes(t.text) : t.text;
        if (h % 100 < 20 && term.find("两") != std::string::npos) replace_all(term, "两", "二");
        else if (h % 100 < 8 && term.find("二") != std::string::npos) replace_all(term, "二", "两");
        if (t.per_report) {
            std::string d;
            for (std::size_t i = 0; i < 10; ++i) d += (i ? "；" : "") + marker(Numbering::circled, i + 1) + rng.pick(words_.phrases);
            return {term, d + "。", child};
        }
        std::size_t r = t.readings.size() == 1 || (h >> 8) % 100 < 45 ? 0 : 1 + (h >> 16) % (t.readings.size() - 1);
        if (mix(h, static_cast<std::uint64_t>(year)) % 100 < 5) r = (r + 1) % t.readings.size();  // revised this year
        return {term, t.readings[r], child};
    }

    const std::vector<Sample>& samples_;
    const Words& words_;
    const Vocabulary& vocabulary_;
    Converter& conv_;
    std::vector<const std::string*> simplified_, traditional_;
    std::array<std::string, 5> slots_;
};

std::string with_crlf(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 50);
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

void write_file(const fs::path& path, const std::string& bytes) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() || std::fclose(f) != 0)
        throw std::runtime_error("cannot write " + path.string());
}

std::vector<int> parse_years(const std::string& spec) {
    const auto dash = spec.find('-');
    const int first = std::stoi(spec.substr(0, dash));
    const int last = dash == std::string::npos ? first : std::stoi(spec.substr(dash + 1));
    if (first < 1990 || last > 2100 || last < first) throw CLI::ValidationError("--years", "expected FIRST-LAST, e.g. 2019-2023");
    std::vector<int> years;
    for (int y = first; y <= last; ++y) years.push_back(y);
    return years;
}

void summarize(const Stats& stats, std::size_t regions, std::size_t years, const fs::path& out, double seconds) {
    std::size_t shared = 0, differing = 0;
    for (auto& [key, t] : stats.terms) {
        shared += t.regions > 1;
        differing += t.regions > 1 && t.readings.size() > 1;
    }
    const double mb = static_cast<double>(stats.bytes) / 1e6, terms = static_cast<double>(stats.terms.size());
    std::printf("wrote %zu reports (%zu regions x %zu years) to %s\n", stats.files, regions, years, out.c_str());
    std::printf("total %zu bytes (%.1f MB) in %.1f s (%.0f MB/s)\n", stats.bytes, mb, seconds, mb / seconds);
    std::printf("traditional %zu, GB18030 %zu, CRLF %zu\n", stats.traditional, stats.gb18030, stats.crlf);
    std::printf("glossary entries %zu; distinct terms %zu; defined by several regions %zu (%.1f%%), "
                "with differing definitions %zu (%.1f%%)\n",
                stats.entries, stats.terms.size(), shared, 100.0 * static_cast<double>(shared) / terms, differing,
                100.0 * static_cast<double>(differing) / terms);
}

int run(const fs::path& out, std::size_t region_count, const std::vector<int>& years, std::uint64_t seed,
        const fs::path& source) {
    const auto started = std::chrono::steady_clock::now();
    Converter conv;
    const auto samples = load_samples(source / "samples");
    const Words words = cut_words(samples);
    const auto regions = load_regions(source / "data" / "gazetteer", region_count, seed);
    if (regions.size() < region_count)
        std::fprintf(stderr, "make_corpus: only %zu regions in the gazetteer; using them all\n", regions.size());
    Vocabulary vocabulary = build_vocabulary(samples, words, regions, years, conv, seed);
    const std::size_t shared_terms = vocabulary.terms.size();
    const auto plans = plan_regions(vocabulary, words, regions, years, seed);
    std::size_t provincial = 0;
    for (auto& [name, ids] : vocabulary.provincial) provincial += ids.size();
    std::printf("vocabulary: %zu national terms (%zu from the samples' glossaries), %zu provincial, %zu local\n",
                vocabulary.national.size(), vocabulary.from_samples, provincial, vocabulary.terms.size() - shared_terms);
    fs::create_directories(out);
    ReportWriter writer(samples, words, vocabulary, conv);
    Stats stats;
    for (std::size_t i = 0; i < regions.size(); ++i)
        for (std::size_t y = 0; y < years.size(); ++y) {
            Rng rng(mix(seed, std::stoull(regions[i].code), static_cast<std::uint64_t>(years[y])));
            const Style style = choose_style(rng);
            std::string text = writer.compose(regions[i], plans[i], i, years[y], y, style, rng, stats);
            if (style.crlf) text = with_crlf(text);
            if (style.gb18030) text = Converter::gb18030(text);
            write_file(out / (regions[i].code + "_" + std::to_string(years[y]) + ".txt"), text);
            stats.files += 1;
            stats.bytes += text.size();
            stats.traditional += style.traditional;
            stats.gb18030 += style.gb18030;
            stats.crlf += style.crlf;
        }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started;
    summarize(stats, regions.size(), years.size(), out, elapsed.count());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Writes a synthetic national corpus of government work reports ({code}_{year}.txt) for benchmarks."};
    std::string out, years_spec = "2019-2023", source = GLOSSGRAPH_SOURCE_DIR;
    std::size_t regions = 3000;
    std::uint64_t seed = 2260;
    app.add_option("outdir", out, "Directory to write into (created when missing; files of the same names are overwritten)")
        ->required();
    app.add_option("--regions", regions, "Number of regions: counties first, then prefectures")->check(CLI::Range(1, 100000));
    app.add_option("--years", years_spec, "Report years, FIRST-LAST");
    app.add_option("--seed", seed, "Seed: the same arguments write the same bytes");
    app.add_option("--source", source, "Source tree holding samples/ and data/gazetteer/");
    CLI11_PARSE(app, argc, argv);
    try {
        return run(out, regions, parse_years(years_spec), seed, source);
    } catch (const CLI::Error& e) {
        return app.exit(e);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "make_corpus: %s\n", e.what());
        return 1;
    }
}
