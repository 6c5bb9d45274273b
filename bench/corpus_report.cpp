// make_corpus: choosing a report's style and composing its header, body and glossary.
#include "bench/corpus_report.hpp"
#include "core/store/report_writer.hpp"

#include <algorithm>

namespace glossgraph::corpus {
namespace {

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

}  // namespace

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

namespace {

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

}  // namespace

void Stats::count(std::size_t region, const std::string& term, const std::string& definition) {
    ++entries;
    TermStat& t = terms[without_quotes(term)];
    if (t.last_region != region) ++t.regions;
    t.last_region = region;
    const std::uint64_t h = fnv(definition);
    if (std::find(t.readings.begin(), t.readings.end(), h) == t.readings.end()) t.readings.push_back(h);
}

ReportWriter::ReportWriter(const std::vector<Sample>& samples, const Words& words, const Vocabulary& vocabulary,
                           Converter& conv)
    : samples_(samples), words_(words), vocabulary_(vocabulary), conv_(conv) {
    for (std::size_t s = 0; s < 5; ++s)
        for (auto& p : samples[s].body) (s < 3 ? simplified_ : traditional_).push_back(&p);
}

std::string ReportWriter::compose(const Region& g, const Plan& p, std::size_t index, int year, std::size_t year_index,
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

std::string ReportWriter::tr(const Style& s, const std::string& text) {
    return s.traditional ? conv_.traditional(text) : text;
}

void ReportWriter::line(std::string& out, const Style& s, const std::string& text, bool blank) {
    out += s.indent;
    expand(out, text);
    out += blank ? "\n\n" : "\n";
}

void ReportWriter::expand(std::string& out, const std::string& text) const {
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

void ReportWriter::header(std::string& out, const Region& g, const Plan& p, int year, const Style& s, Rng& rng) {
    const std::string title = tr(s, std::to_string(year) + "年" + g.title_place + "政府工作报告");
    if (s.head)
        for (auto& l : samples_[0].head)
            out += l.find("政府工作报告") == std::string::npos ? l + "\n" : s.indent + "[" + g.province_tag + "] " + title + "\n";
    line(out, s, title, true);
    const bool december = rng.chance(20) && std::binary_search(g.years.begin(), g.years.end(), year - 1);
    const int k = year - p.congress_first_year;
    const std::string date = december ? std::to_string(year - 1) + "年12月" + std::to_string(rng.between(20, 31)) + "日"
                                      : std::to_string(year) + "年" + std::to_string(rng.between(1, 2)) + "月" +
                                            std::to_string(rng.between(1, 28)) + "日";
    line(out, s, tr(s, "——" + date + "在" + g.title_place + "第" + chinese_number(p.congress + k / 5) + "届人民代表大会第" +
                           chinese_number(k % 5 + 1) + "次会议上"), true);
    line(out, s, tr(s, g.name + "人民政府" + g.leader + "  " + p.speakers[year >= p.speaker_change ? 1 : 0]), true);
    line(out, s, "各位代表" + s.salutation_colon, true);
}

void ReportWriter::body(std::string& out, const std::vector<Entry>& entries, const Style& s, Rng& rng) {
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

void ReportWriter::glossary(std::string& out, const std::vector<Entry>& entries, const Style& s) {
    Numbering numbering = s.numbering;
    if (numbering == Numbering::circled && entries.size() > 35) numbering = Numbering::dot;
    if (!s.heading.empty()) line(out, s, tr(s, s.heading), true);
    std::size_t n = 0;
    for (auto& e : entries) {
        const std::string m = e.child ? "" : marker(numbering, ++n);
        line(out, s, m + e.term + s.colon + e.definition, s.blank_entries);
    }
}

std::vector<Entry> ReportWriter::glossary_entries(const Plan& p, std::size_t index, int year, std::size_t yi,
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
    for (const Plan::Planted& planted : p.planted)
        if (planted.year == year) entries.push_back({planted.term, planted.definition, false});
    for (auto& e : entries) stats.count(index, e.term, e.definition);
    return entries;
}

Entry ReportWriter::written(const Plan& p, std::size_t id, int year, bool child, Rng& rng) {
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

}  // namespace glossgraph::corpus
