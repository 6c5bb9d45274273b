#pragma once
// What a report is known by in a database: its source (identity) and its name (label).
// Public: the import command computes a file's source, and the store names reports and
// migrates the reports of older databases with these.
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// A report's identity: the path of its file relative to the database's folder, lexically
// normalised, with '/' between folders ("reports/2023/政府工作报告.txt",
// "../downloads/xb/index.html"). Two files of one name in two folders are two reports,
// whatever folder each was imported from and whatever the working directory; a database
// moved together with its reports still knows them. The folder of ":memory:" is the working
// directory. Symbolic links are not resolved: a link is known by its own path.
std::string report_source(const std::string& path, const std::string& database);

// The name a file is shown and exported by: the name itself when it is well-formed UTF-8;
// else its reading as GB18030 when that has no error (names from Windows and from zip
// archives are often GBK); else the name with each ill-formed byte written \xHH. Always
// well-formed UTF-8; distinct names may give one display name (the store keeps report names
// apart, see report_names).
std::string display_name(std::string_view file_name);

// The names a report of file name `file` at `source` may be shown by, best first: its
// display_name, then its source's last two, three ... folders and the name ("xb/政府工作报告.txt",
// "downloads/xb/政府工作报告.txt"), each through display_name, up to the whole source. The
// store gives a new report the first one no other report has (then "name (2)", "name (3)" …).
std::vector<std::string> report_names(std::string_view file, std::string_view source);

}  // namespace glossgraph
