#pragma once
// The speaker of a report: the governor, mayor or county head who delivered it, as the
// header names them.
#include <optional>
#include <string>
#include <string_view>

namespace glossgraph {

// The speaker's name in a line such as "区人民政府区长  张天则", "市长 吴艳",
// "曾都区人民政府区长何胜", "德州市陵城區人民政府區長 李希巖", "代市长 王  建  国", or a news
// intro's "县人民政府县长于广威作政府工作报告": two to four Han characters (a "·" allowed, for
// names such as 买买提·艾力) after an office title (省长 市长 区长 县长 州长 旗长 盟长 主席),
// at the end of the line or before 作, 代表 or 向. Spaces inside the name are dropped.
std::optional<std::string> find_speaker(std::string_view line);

// The name of a line that holds nothing but a person's name ("王建国", "王  建  国",
// "艾尔肯·吐尼亚孜"): two to four Han characters starting with a Chinese surname, or a
// transcribed name joined by "·". Used for the line after a session line, where headers
// put the speaker without an office title.
std::optional<std::string> bare_name(std::string_view line);

}  // namespace glossgraph
