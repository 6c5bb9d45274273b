// make_corpus: synthesising terms and their readings, building the vocabulary, planning the regions.
#include "bench/corpus_terms.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace glossgraph::corpus {

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
const std::vector<std::string> verbs = {"深入实施", "扎实推进", "全面落实", "持续深化", "加快推进", "积极探索", "大力推进"};

namespace {

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

}  // namespace

std::string definition(Rng& rng, const Words& w, std::size_t n, const std::string& noun, const std::string& lead) {
    std::string d = lead + items(rng, w, std::clamp<std::size_t>(n, 2, 10), noun) + "。";
    if (rng.chance(30)) d += "着力" + rng.pick(w.phrases) + "，" + rng.pick(w.phrases) + "。";
    return d;
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

namespace {

void add_readings(Rng& rng, const Words& w, Term& t) {
    const std::size_t r = rng.chance(30) ? 1 : rng.chance(45) ? 2 : rng.chance(60) ? 3 : 4;
    for (std::size_t tries = 0; t.readings.size() < r && tries < 20; ++tries) {
        std::string v = alter(rng, w, rng.pick(t.readings));
        if (std::find(t.readings.begin(), t.readings.end(), v) == t.readings.end()) t.readings.push_back(std::move(v));
    }
}

}  // namespace

std::size_t Vocabulary::add_synthetic(Rng& rng, const Words& w, const std::string& prefix, const std::string& lead,
                                      bool variants) {
    for (;;) {
        auto [text, def] = synthesize(rng, w, lead);
        if (!claim(prefix + text)) continue;
        Term t{prefix + text, {def}, {}, false};
        if (variants) add_readings(rng, w, t);
        return add(std::move(t));
    }
}

namespace {

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

}  // namespace

Vocabulary build_vocabulary(const std::vector<Sample>& samples, const Words& w, const std::vector<Region>& regions,
                            const std::vector<int>& years, Converter& conv, std::uint64_t seed) {
    Vocabulary v;
    Rng rng(mix(seed, 1));
    std::size_t parent = SIZE_MAX;
    std::map<std::string, std::size_t> seen;  // a term of two samples (三线一单) has both their definitions
    for (auto& e : simplified_glossaries(samples, conv)) {
        if (e.child) {
            if (parent != SIZE_MAX) {
                // Added first: adding may move v.terms, and the parent's children with it.
                const std::size_t child = v.add({e.term, {e.definition}, {}, false});
                v.terms[parent].children.push_back(child);
            }
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

namespace {

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

}  // namespace

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
        // A congress term begins by the first year (the year after it at the latest), so that
        // every report's session count is positive.
        p.congress_first_year = std::min(2016, years.front() - 1) + static_cast<int>(rng.below(2));
        p.drop_quotes = rng.chance(10);
        plans.push_back(std::move(p));
    }
    return plans;
}

}  // namespace glossgraph::corpus
