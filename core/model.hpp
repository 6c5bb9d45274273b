#pragma once
// The plain data that flows from importers through sinks into the store.
// No behaviour beyond naming enums; every field says what an empty value means.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

enum class Script { unknown, simplified, traditional };
std::string_view to_string(Script script);
// Parses "simplified" / "traditional" / "unknown"; anything else is unknown.
Script parse_script(std::string_view text);

enum class RegionLevel { province, prefecture, county };
std::string_view to_string(RegionLevel level);
// The level to_string() names ("province", "prefecture", "county"); none for other text.
std::optional<RegionLevel> parse_region_level(std::string_view text);

// One division of GB/T 2260. code is always 6 digits ("510000", "510600", "510604").
// parent_code is empty for a province.
struct Region {
    std::string code;
    std::string name;
    RegionLevel level = RegionLevel::county;
    std::string parent_code;
};

// How a division's code gave way to another's (GB/T 2260 history, core/region_history.hpp).
// A link from a predecessor to a successor reads "the predecessor was renamed / upgraded /
// recoded / merged into the successor", or "the successor was split from the predecessor".
//   renamed      another name under another code (蓟县 -> 蓟州区); a division renamed under its
//                own code (桥西区 -> 信都区, 130503) has no link
//   upgraded     the same name with another suffix or level: 罗江县 -> 罗江区, 海安县 -> 海安市
//   recoded      the same name under another code (海安县 322521 -> 320621 when 南通地区 became 南通市)
//   merged_into  its whole area went into a division that already existed or took in others
//                too (崇文区 -> 东城区)
//   split_from   the successor took a part of its area
// The first four continue one line of history: the successor is the predecessor under its
// later code. split_from does not.
enum class RegionChange { renamed, upgraded, recoded, merged_into, split_from };
std::string_view to_string(RegionChange change);
// Parses the names to_string gives; nothing for any other text.
std::optional<RegionChange> parse_region_change(std::string_view text);
// True for the changes that continue a line of history (all but split_from).
inline bool continues_line(RegionChange change) { return change != RegionChange::split_from; }

// The three kinds of thing the knowledge graph is made of: a vertex of KnowledgeGraph
// (core/graph/knowledge_graph.hpp) and a node of the exporters' property graph
// (exporters/property_graph.hpp) are each one of them.
enum class NodeKind { region, report, term };
std::string_view to_string(NodeKind kind);  // "region", "report", "term"

// How one term relates to another, as linking finds it (core/link/variants.hpp) and the store
// keeps it (relations.kind, converted to and from text at the SQL boundary only), and as the
// graph and the exporters show it.
enum class RelationKind {
    variant_suffix,     // “放管服”改革 ~ 放管服: a head term plus a generic suffix (改革, 要求, 工程 ...)
    variant_numeral,    // 两品一标 ~ 二品一标: the same words with the same count written differently
    variant_expansion,  // 千万工程 ~ 千村示范、万村整治工程: the expansion a definition names with 即“…”
    family,             // 三品一标 ~ 两品一标: the same pattern with a different count
    refers_to,          // 专精特新“小巨人”企业 -> “专精特新”企业: a definition names another known term
    broader,            // a narrower term -> its head, from the footnote structure of a glossary
};
std::string_view to_string(RelationKind kind);
// Parses the names to_string gives; throws std::invalid_argument for anything else.
RelationKind parse_relation_kind(std::string_view name);
// True for the three variant kinds (same term, other label).
bool is_variant(RelationKind kind);

// A predecessor -> successor link between two codes: in `year` the division coded to_code
// took over (part of) the area of the one coded from_code, as `change` says.
struct RegionLink {
    std::string from_code;
    std::string to_code;
    int year = 0;
    RegionChange change = RegionChange::renamed;
};

// A region with the names of its ancestors filled in; an empty name means that
// level does not apply (a province's report has no prefecture or county).
struct RegionPath {
    std::string code;
    std::string province;
    std::string prefecture;
    std::string county;
    RegionLevel level = RegionLevel::county;
    // The most specific name: county, else prefecture, else province.
    const std::string& name() const;
    // Every level's name in order: 四川省德阳市罗江区 (a county under its province: 河南省济源市).
    std::string full_name() const { return province + prefecture + county; }
};

// Where the body refers to a glossary footnote: "…“四五五六”发展总思路(1)…", a <sup>2</sup>
// in HTML, a w:footnoteReference in DOCX.
struct FootnoteAnchor {
    int footnote = 0;        // the footnote number, as in GlossaryEntry::footnote
    std::size_t offset = 0;  // byte offset of the marker in ReportMeta::body
    std::string marker;      // the marker as written: "(1)", "⑩", "[3]"; empty when the format has none
};

// Whether text was damaged (core/text/damaged_runs.hpp): none found, every run repaired, or
// at least one run left as written.
enum class Damage { none, repaired, damaged };
std::string_view to_string(Damage damage);
// Parses "none" / "repaired" / "damaged"; anything else is none.
Damage parse_damage(std::string_view text);

// A damaged run of a report's text: what the page shows, and what it read before the damage.
struct DamagedRun {
    int line = 0;              // 1-based line of the decoded text
    std::size_t column = 0;    // byte offset of the run in that line, as written
    std::string written;       // the run as written: "?cè)谑形?"
    std::optional<std::string> repaired;  // what it read before the damage: "在市委"; empty when not repaired
    std::string before;        // up to 8 characters of the line before the run, as written
    std::string after;         // up to 8 characters of the line after it, as written
};

// What an importer learns about one report from its header and file.
// A file as the file system describes it when it was read: its size and its modification
// time in nanoseconds. The same stamp again means the same file, unread (as make and git
// decide it); a file rewritten within the clock's resolution with the same size is the
// exception they accept too.
struct FileStamp {
    std::int64_t size = 0;
    std::int64_t mtime_ns = 0;
    bool operator==(const FileStamp&) const = default;
};

struct ReportMeta {
    std::string file;          // file name without folders: the report's identity in the store
    std::string path;          // the path as the user gave it
    std::string content_hash;  // hex digest of the raw bytes
    std::string encoding;      // "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE" ...
    std::string format;        // importer that read it: "text"
    std::string title;         // canonical, simplified: "2024年德阳市罗江区政府工作报告"; empty if unknown
    std::string written_title; // the title line as written (annotations stripped); empty if none
    std::optional<int> year;                  // the report year (the year in the title)
    std::optional<std::string> delivered_on;  // YYYY-MM-DD
    std::optional<std::string> speaker;       // as written, in the report's script
    Script script = Script::unknown;
    std::optional<RegionPath> region;         // empty when the region could not be resolved
    std::string glossary_heading;             // as written; empty when none or headless
    std::string body;                         // report text outside the glossary, cleaned, lines joined by '\n'
    // Footnote references in the body, in body order: filled by importers that know where a
    // footnote is referenced (text: markers after the referring words; HTML: <sup>; DOCX:
    // w:footnoteReference). Only footnotes that the glossary has are anchored.
    std::vector<FootnoteAnchor> anchors;
    // The damaged runs of the text, in text order; the text above (body, entries, header)
    // is the repaired one, the runs keep what was written. Empty when none was found.
    std::vector<DamagedRun> damaged_runs;
    Damage damage = Damage::none;             // of the whole text
};

// One "term：definition" of a glossary.
struct GlossaryEntry {
    int seq = 0;                        // 0-based order within the report's glossary
    std::optional<std::string> marker;  // the numbering as written ("(1)", "1.", "①"); empty when none
    std::optional<int> footnote;        // the footnote number; empty for unnumbered glossaries
    std::string term;                   // as written: original script, quotes kept, annotations removed
    std::string key;                    // normalised identity (see core/text/normalize.hpp)
    std::string definition;             // as written, continuation lines joined without separator
    std::optional<int> parent_seq;      // seq of the head entry when this is a narrower sub-term
    int line = 0;                       // 1-based source line of the entry's first line
    // How sure the parser is that this is a glossary entry, from the evidence that made it
    // (0..1): 1 for a numbered item in sequence with a colon; less for a gap in the numbering,
    // an unnumbered or headless list, a term told only by a line break, a short definition.
    double confidence = 1.0;
    // Whether the entry's lines held a damaged run: none, every one repaired, or one left.
    Damage damage = Damage::none;
};

// A report as a whole, when an importer or a test wants it in one piece.
struct ParsedReport {
    ReportMeta meta;
    std::vector<GlossaryEntry> entries;
};

}  // namespace glossgraph
