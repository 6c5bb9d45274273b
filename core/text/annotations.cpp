#include "core/text/annotations.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>
#include <optional>

namespace glossgraph {
namespace {

// Every toneless Mandarin syllable (ü written v), the interjections m, n, ng, hm, hng
// included. Sorted, for binary search.
constexpr std::string_view syllables[] = {
    "a", "ai", "an", "ang", "ao", "ba", "bai", "ban", "bang", "bao", "bei", "ben", "beng", "bi", "bian",
    "biao", "bie", "bin", "bing", "bo", "bu", "ca", "cai", "can", "cang", "cao", "ce", "cen", "ceng", "cha",
    "chai", "chan", "chang", "chao", "che", "chen", "cheng", "chi", "chong", "chou", "chu", "chua", "chuai",
    "chuan", "chuang", "chui", "chun", "chuo", "ci", "cong", "cou", "cu", "cuan", "cui", "cun", "cuo", "da",
    "dai", "dan", "dang", "dao", "de", "dei", "den", "deng", "di", "dia", "dian", "diao", "die", "ding",
    "diu", "dong", "dou", "du", "duan", "dui", "dun", "duo", "e", "ei", "en", "eng", "er", "fa", "fan",
    "fang", "fei", "fen", "feng", "fo", "fou", "fu", "ga", "gai", "gan", "gang", "gao", "ge", "gei", "gen",
    "geng", "gong", "gou", "gu", "gua", "guai", "guan", "guang", "gui", "gun", "guo", "ha", "hai", "han",
    "hang", "hao", "he", "hei", "hen", "heng", "hm", "hng", "hong", "hou", "hu", "hua", "huai", "huan",
    "huang", "hui", "hun", "huo", "ji", "jia", "jian", "jiang", "jiao", "jie", "jin", "jing", "jiong", "jiu",
    "ju", "juan", "jue", "jun", "ka", "kai", "kan", "kang", "kao", "ke", "kei", "ken", "keng", "kong", "kou",
    "ku", "kua", "kuai", "kuan", "kuang", "kui", "kun", "kuo", "la", "lai", "lan", "lang", "lao", "le", "lei",
    "leng", "li", "lia", "lian", "liang", "liao", "lie", "lin", "ling", "liu", "lo", "long", "lou", "lu",
    "luan", "lun", "luo", "lv", "lve", "m", "ma", "mai", "man", "mang", "mao", "me", "mei", "men", "meng",
    "mi", "mian", "miao", "mie", "min", "ming", "miu", "mo", "mou", "mu", "n", "na", "nai", "nan", "nang",
    "nao", "ne", "nei", "nen", "neng", "ng", "ni", "nian", "niang", "niao", "nie", "nin", "ning", "niu",
    "nong", "nou", "nu", "nuan", "nun", "nuo", "nv", "nve", "o", "ou", "pa", "pai", "pan", "pang", "pao",
    "pei", "pen", "peng", "pi", "pian", "piao", "pie", "pin", "ping", "po", "pou", "pu", "qi", "qia", "qian",
    "qiang", "qiao", "qie", "qin", "qing", "qiong", "qiu", "qu", "quan", "que", "qun", "ran", "rang", "rao",
    "re", "ren", "reng", "ri", "rong", "rou", "ru", "rua", "ruan", "rui", "run", "ruo", "sa", "sai", "san",
    "sang", "sao", "se", "sen", "seng", "sha", "shai", "shan", "shang", "shao", "she", "shei", "shen",
    "sheng", "shi", "shou", "shu", "shua", "shuai", "shuan", "shuang", "shui", "shun", "shuo", "si", "song",
    "sou", "su", "suan", "sui", "sun", "suo", "ta", "tai", "tan", "tang", "tao", "te", "tei", "teng", "ti",
    "tian", "tiao", "tie", "ting", "tong", "tou", "tu", "tuan", "tui", "tun", "tuo", "wa", "wai", "wan",
    "wang", "wei", "wen", "weng", "wo", "wu", "xi", "xia", "xian", "xiang", "xiao", "xie", "xin", "xing",
    "xiong", "xiu", "xu", "xuan", "xue", "xun", "ya", "yan", "yang", "yao", "ye", "yi", "yin", "ying", "yo",
    "yong", "you", "yu", "yuan", "yue", "yun", "za", "zai", "zan", "zang", "zao", "ze", "zei", "zen", "zeng",
    "zha", "zhai", "zhan", "zhang", "zhao", "zhe", "zhei", "zhen", "zheng", "zhi", "zhong", "zhou", "zhu",
    "zhua", "zhuai", "zhuan", "zhuang", "zhui", "zhun", "zhuo", "zi", "zong", "zou", "zu", "zuan", "zui",
    "zun", "zuo",
};
static_assert(std::ranges::is_sorted(syllables), "syllables must stay sorted for binary search");

constexpr std::size_t longest_syllable = 6;   // "chuang", "shuang", "zhuang"
constexpr std::size_t longest_annotation = 24; // bytes between the parentheses, tone marks included

// One letter of a pinyin spelling: its toneless ASCII base, and whether it carried a tone.
struct Letter {
    char base = 0;
    bool tone = false;
};

// Precomposed letters used in pinyin. ü and its toned forms fold to 'v'; ê, ḿ, ń, ň, ǹ
// occur in interjections; ɑ and ɡ are typographic variants of a and g.
std::optional<Letter> precomposed_letter(char32_t cp) {
    switch (cp) {
        case U'ā': case U'á': case U'ǎ': case U'à': return Letter{'a', true};
        case U'ē': case U'é': case U'ě': case U'è': case U'ế': case U'ề': return Letter{'e', true};
        case U'ī': case U'í': case U'ǐ': case U'ì': return Letter{'i', true};
        case U'ō': case U'ó': case U'ǒ': case U'ò': return Letter{'o', true};
        case U'ū': case U'ú': case U'ǔ': case U'ù': return Letter{'u', true};
        case U'ǖ': case U'ǘ': case U'ǚ': case U'ǜ': return Letter{'v', true};
        case U'ḿ': return Letter{'m', true};
        case U'ń': case U'ň': case U'ǹ': return Letter{'n', true};
        case U'ü': return Letter{'v', false};
        case U'ê': return Letter{'e', false};
        case U'ɑ': return Letter{'a', false};
        case U'ɡ': return Letter{'g', false};
        default: break;
    }
    if (cp >= U'a' && cp <= U'z') return Letter{static_cast<char>(cp), false};
    return std::nullopt;
}

// A spelling folded to toneless ASCII: "lüè" -> "lve", toned.
struct Folded {
    char letters[longest_syllable] = {};
    std::size_t size = 0;
    int tones = 0;

    std::string_view view() const { return {letters, size}; }
};

// Applies a combining mark (decomposed input) to the last letter; false when it cannot apply.
bool apply_combining(Folded& folded, char32_t mark) {
    if (folded.size == 0) return false;
    char& last = folded.letters[folded.size - 1];
    switch (mark) {
        case 0x0300: case 0x0301: case 0x0304: case 0x030C: ++folded.tones; return true;
        case 0x0308: if (last != 'u') return false; last = 'v'; return true;
        case 0x0302: return last == 'e';
        default: return false;
    }
}

std::optional<Folded> fold(std::string_view text) {
    Folded folded;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t cp = utf8::next(text, pos);
        if (cp >= 0x0300 && cp <= 0x036F) {
            if (!apply_combining(folded, cp)) return std::nullopt;
            continue;
        }
        const std::optional<Letter> letter = precomposed_letter(cp);
        if (!letter || folded.size == longest_syllable) return std::nullopt;
        folded.letters[folded.size++] = letter->base;
        if (letter->tone) ++folded.tones;
    }
    if (folded.size == 0 || folded.tones > 1) return std::nullopt;
    return folded;
}

bool in_table(std::string_view toneless) {
    return std::binary_search(std::begin(syllables), std::end(syllables), toneless);
}

// A one-letter annotation without a tone mark, "(a)" or "(m)", is far more often a list
// label or a unit than pinyin, so only toned or longer syllables are stripped.
bool is_strippable(std::string_view content) {
    const std::optional<Folded> folded = fold(content);
    return folded && in_table(folded->view()) && (folded->tones == 1 || folded->size > 1);
}

constexpr std::string_view fullwidth_open = "\uFF08";
constexpr std::string_view fullwidth_close = "\uFF09";

// The next '(' or '（' at or after from; npos when none. Neither byte pattern can occur
// inside another UTF-8 sequence, so a byte scan is exact.
std::size_t find_open(std::string_view text, std::size_t from) {
    for (std::size_t i = from; i < text.size(); ++i) {
        if (text[i] == '(') return i;
        if (text[i] == fullwidth_open[0] && text.substr(i, 3) == fullwidth_open) return i;
    }
    return std::string_view::npos;
}

bool follows_han(std::string_view text, std::size_t pos) {
    const std::string_view previous = utf8::suffix(text.substr(0, pos), 1);
    std::size_t at = 0;
    return !previous.empty() && utf8::is_han(utf8::next(previous, at));
}

// When text[pos..] is "syllable)" (or "syllable）"), the position just past the closing
// parenthesis; 0 otherwise. Looks at most longest_annotation bytes ahead.
std::size_t annotation_end(std::string_view text, std::size_t pos) {
    const std::size_t limit = std::min(text.size(), pos + longest_annotation + 1);
    for (std::size_t i = pos; i < limit; ++i) {
        std::size_t close_length = 0;
        if (text[i] == ')') close_length = 1;
        if (text.substr(i, 3) == fullwidth_close) close_length = 3;
        if (close_length == 0) continue;
        return is_strippable(text.substr(pos, i - pos)) ? i + close_length : 0;
    }
    return 0;
}

}  // namespace

bool is_pinyin_syllable(std::string_view text) {
    const std::optional<Folded> folded = fold(text);
    return folded && in_table(folded->view());
}

// Visits only the opening parentheses. An annotation right after a stripped one belongs
// to the same Han character: 區(qū)(qū) loses both.
std::vector<std::pair<std::size_t, std::size_t>> pinyin_annotation_ranges(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    std::size_t flushed = 0;  // text before this is kept, or stripped
    bool stripped = false;
    std::size_t open = find_open(text, 0);
    while (open != std::string_view::npos) {
        const std::size_t content = open + (text[open] == '(' ? 1 : fullwidth_open.size());
        const bool after_annotation = stripped && open == flushed;
        const std::size_t end = after_annotation || follows_han(text, open) ? annotation_end(text, content) : 0;
        if (end != 0) {
            if (after_annotation) ranges.back().second = end;
            else ranges.emplace_back(open, end);
            flushed = end;
            stripped = true;
        }
        open = find_open(text, end != 0 ? end : content);
    }
    return ranges;
}

std::string strip_pinyin_annotations(std::string_view text) {
    const std::vector<std::pair<std::size_t, std::size_t>> ranges = pinyin_annotation_ranges(text);
    if (ranges.empty()) return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t kept = 0;
    for (const auto& [first, last] : ranges) {
        out.append(text.substr(kept, first - kept));
        kept = last;
    }
    out.append(text.substr(kept));
    return out;
}

}  // namespace glossgraph
