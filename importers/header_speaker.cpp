#include "importers/header_speaker.hpp"

#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "importers/u32.hpp"

#include <algorithm>

namespace glossgraph {
namespace {

constexpr std::u32string_view offices[] = {U"省长", U"市长", U"区长", U"县长", U"州长", U"旗长", U"盟长", U"主席"};

// What follows a name in a news intro: "县长于广威作政府工作报告", "市长陈平代表市政府".
constexpr std::u32string_view after_name[] = {U"作", U"代表", U"向"};

// The common single-character surnames (simplified), and the compound ones.
constexpr std::u32string_view surnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    U"姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    U"汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
    U"单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦"
    U"褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明"
    U"佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅"
    U"屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修"
    U"邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡"
    U"富尧闭由";
constexpr std::u32string_view compound_surnames[] = {U"欧阳", U"司马", U"上官", U"诸葛", U"东方", U"皇甫", U"尉迟",
                                                     U"公孙", U"慕容", U"令狐", U"长孙", U"宇文", U"司徒", U"夏侯",
                                                     U"端木", U"澹台", U"呼延", U"南宫", U"独孤", U"轩辕"};

bool is_name_dot(char32_t cp) { return cp == U'·' || cp == U'•' || cp == U'・' || cp == U'‧'; }

bool is_han_name(std::u32string_view name) {
    return std::all_of(name.begin(), name.end(), [](char32_t cp) { return utf8::is_han(cp) || is_name_dot(cp); });
}

bool starts_with_surname(std::u32string_view simplified) {
    if (simplified.empty()) return false;
    for (std::u32string_view compound : compound_surnames) {
        if (simplified.starts_with(compound)) return true;
    }
    return surnames.find(simplified[0]) != std::u32string_view::npos;
}

// A transcribed name ("买买提·艾力") or a Chinese one of two to four characters.
bool is_name(std::u32string_view name, std::u32string_view simplified, bool need_surname) {
    if (!is_han_name(name)) return false;
    if (std::any_of(name.begin(), name.end(), is_name_dot)) return name.size() >= 3 && name.size() <= 15;
    // After an office title a longer transcribed name may stand without its dot.
    if (name.size() < 2 || name.size() > (need_surname ? 4u : 8u)) return false;
    return !need_surname || starts_with_surname(simplified);
}

}  // namespace

std::optional<std::string> find_speaker(std::string_view line) {
    const std::u32string original = code_points(remove_spaces(line));
    const std::u32string simplified = code_points(to_simplified(remove_spaces(line)));
    std::size_t name_begin = std::u32string::npos;
    for (std::u32string_view office : offices) {
        const std::size_t at = simplified.rfind(office);
        if (at != std::u32string::npos && (name_begin == std::u32string::npos || at + office.size() > name_begin)) {
            name_begin = at + office.size();
        }
    }
    if (name_begin == std::u32string::npos) return std::nullopt;
    std::u32string_view name = std::u32string_view(original).substr(name_begin);
    const std::u32string_view rest = std::u32string_view(simplified).substr(name_begin);
    if (is_name(name, rest, false)) return to_utf8(name);
    // A news intro: the name, then what the speaker did.
    for (std::size_t length = 2; length <= 4 && length < rest.size(); ++length) {
        const std::u32string_view tail = rest.substr(length);
        if (std::none_of(std::begin(after_name), std::end(after_name), [&](auto w) { return tail.starts_with(w); })) continue;
        if (is_name(name.substr(0, length), rest.substr(0, length), true)) return to_utf8(name.substr(0, length));
    }
    return std::nullopt;
}

std::optional<std::string> bare_name(std::string_view line) {
    const std::u32string name = code_points(remove_spaces(line));
    const std::u32string simplified = code_points(to_simplified(remove_spaces(line)));
    if (!is_name(name, simplified, true)) return std::nullopt;
    return to_utf8(name);
}

}  // namespace glossgraph
