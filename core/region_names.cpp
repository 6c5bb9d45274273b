#include "core/region_names.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>

namespace glossgraph::region_names {
namespace {

constexpr std::array<std::string_view, 4> kProvinceSuffixes{"特别行政区", "自治区", "省", "市"};
constexpr std::array<std::string_view, 4> kPrefectureSuffixes{"自治州", "地区", "盟", "市"};
constexpr std::array<std::string_view, 7> kCountySuffixes{"自治县", "自治旗", "特区", "区", "县", "市", "旗"};

// The autonomous suffixes, before which ethnic names are stripped, and the one-character
// suffix each keeps in a short form (凉山彝族自治州 -> 凉山州). 自治区 keeps none: 广西.
struct Autonomous {
    std::string_view suffix;
    std::string_view short_suffix;
};
constexpr std::array<Autonomous, 4> kAutonomous{{{"自治区", ""}, {"自治州", "州"}, {"自治县", "县"}, {"自治旗", "旗"}}};

// Every suffix of bare(), longest first: those of the three levels and 州 of short forms.
constexpr std::array<std::string_view, 14> kAnySuffix{"特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "特区",
                                                      "省", "市", "盟", "区", "县", "旗", "州"};

// Ethnic names as they occur in autonomous divisions, without 族, longest first.
constexpr std::string_view kEthnicNames[] = {
    "柯尔克孜", "乌孜别克", "达斡尔", "维吾尔", "哈萨克", "鄂伦春", "鄂温克", "塔吉克", "俄罗斯", "塔塔尔",
    "蒙古", "布依", "朝鲜", "土家", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉",
    "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺",
    "高山", "满", "回", "藏", "苗", "彝", "壮", "侗", "瑶", "白", "傣", "黎", "畲", "羌", "佤", "水", "土",
    "京", "怒", "各"};

constexpr std::string_view kZu = "族";

bool strips_ethnic(std::string_view base, std::string_view ethnic, bool before_zu) {
    return base.ends_with(ethnic) && (before_zu || utf8::length(ethnic) > 1) &&
           utf8::length(base) >= utf8::length(ethnic) + 2;
}

const Autonomous* autonomous_suffix_of(std::string_view name) {
    const auto* found = std::find_if(kAutonomous.begin(), kAutonomous.end(),
                                     [&](const Autonomous& a) { return name.ends_with(a.suffix); });
    return found == kAutonomous.end() ? nullptr : found;
}

// name without `suffix`, and without the ethnic names before it when the suffix is autonomous
// or they end in 族 (管城回族区 -> 管城); empty unless name ends with suffix and at least two
// characters remain.
std::string without(std::string_view name, std::string_view suffix) {
    if (!name.ends_with(suffix)) return {};
    std::string_view rest = name.substr(0, name.size() - suffix.size());
    if (autonomous_suffix_of(suffix) != nullptr || rest.ends_with(kZu)) rest = strip_ethnic(rest);
    return utf8::length(rest) >= 2 ? std::string(rest) : std::string();
}

}  // namespace

std::span<const std::string_view> suffixes(RegionLevel level) {
    switch (level) {
        case RegionLevel::province: return kProvinceSuffixes;
        case RegionLevel::prefecture: return kPrefectureSuffixes;
        case RegionLevel::county: break;
    }
    return kCountySuffixes;
}

std::string_view strip_ethnic(std::string_view base) {
    while (true) {
        const bool zu = base.ends_with(kZu);
        const std::string_view bare = zu ? base.substr(0, base.size() - kZu.size()) : base;
        const auto* found = std::find_if(std::begin(kEthnicNames), std::end(kEthnicNames),
                                         [&](std::string_view ethnic) { return strips_ethnic(bare, ethnic, zu); });
        if (found == std::end(kEthnicNames)) return bare;
        base = bare.substr(0, bare.size() - found->size());
    }
}

std::string stem(std::string_view name, RegionLevel level) {
    const auto level_suffixes = suffixes(level);
    const auto suffix = std::find_if(level_suffixes.begin(), level_suffixes.end(),
                                     [&](std::string_view s) { return name.ends_with(s); });
    return suffix == level_suffixes.end() ? std::string() : without(name, *suffix);
}

std::string short_form(std::string_view name, RegionLevel level) {
    if (level == RegionLevel::province) return stem(name, level);
    const Autonomous* autonomous = autonomous_suffix_of(name);
    if (autonomous == nullptr || autonomous->short_suffix.empty()) return {};
    const std::string base = stem(name, level);
    return base.empty() ? std::string() : base + std::string(autonomous->short_suffix);
}

bool is_word_like(std::string_view name) { return utf8::length(name) == 2 && name.ends_with("区"); }

std::string bare(std::string_view written) {
    for (std::string_view suffix : kAnySuffix)
        if (std::string rest = without(written, suffix); !rest.empty()) return rest;
    return std::string(written);
}

NameMatch match(std::string_view written, std::string_view name, RegionLevel level) {
    if (written.empty()) return NameMatch::none;
    if (written == name) return NameMatch::official;
    if (const std::string form = short_form(name, level); !form.empty() && written == form) return NameMatch::short_form;
    const std::string own_stem = stem(name, level);
    if (!own_stem.empty() && (written == own_stem || bare(written) == own_stem)) return NameMatch::stem;
    return NameMatch::none;
}

}  // namespace glossgraph::region_names
