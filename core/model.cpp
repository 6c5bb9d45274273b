#include "core/model.hpp"

#include <array>
#include <stdexcept>
#include <string>
#include <utility>

namespace glossgraph {

std::string_view to_string(Script script) {
    switch (script) {
        case Script::simplified: return "simplified";
        case Script::traditional: return "traditional";
        case Script::unknown: return "unknown";
    }
    return "unknown";
}

Script parse_script(std::string_view text) {
    if (text == "simplified") return Script::simplified;
    if (text == "traditional") return Script::traditional;
    return Script::unknown;
}

std::string_view to_string(Damage damage) {
    switch (damage) {
        case Damage::repaired: return "repaired";
        case Damage::damaged: return "damaged";
        case Damage::none: return "none";
    }
    return "none";
}

Damage parse_damage(std::string_view text) {
    if (text == "repaired") return Damage::repaired;
    if (text == "damaged") return Damage::damaged;
    return Damage::none;
}

std::optional<RegionLevel> parse_region_level(std::string_view text) {
    for (const RegionLevel level : {RegionLevel::province, RegionLevel::prefecture, RegionLevel::county})
        if (text == to_string(level)) return level;
    return std::nullopt;
}

std::string_view to_string(RegionLevel level) {
    switch (level) {
        case RegionLevel::province: return "province";
        case RegionLevel::prefecture: return "prefecture";
        case RegionLevel::county: return "county";
    }
    return "county";
}

std::string_view to_string(RegionChange change) {
    switch (change) {
        case RegionChange::renamed: return "renamed";
        case RegionChange::upgraded: return "upgraded";
        case RegionChange::recoded: return "recoded";
        case RegionChange::merged_into: return "merged_into";
        case RegionChange::split_from: return "split_from";
    }
    return "renamed";
}

std::optional<RegionChange> parse_region_change(std::string_view text) {
    for (RegionChange change : {RegionChange::renamed, RegionChange::upgraded, RegionChange::recoded,
                                RegionChange::merged_into, RegionChange::split_from})
        if (to_string(change) == text) return change;
    return std::nullopt;
}

const std::string& RegionPath::name() const {
    if (!county.empty()) return county;
    if (!prefecture.empty()) return prefecture;
    return province;
}

std::string_view to_string(NodeKind kind) {
    switch (kind) {
        case NodeKind::region: return "region";
        case NodeKind::report: return "report";
        case NodeKind::term: return "term";
    }
    return "term";
}

namespace {

constexpr std::array<std::pair<RelationKind, std::string_view>, 6> kRelationKindNames{{
    {RelationKind::variant_suffix, "variant_suffix"},
    {RelationKind::variant_numeral, "variant_numeral"},
    {RelationKind::variant_expansion, "variant_expansion"},
    {RelationKind::family, "family"},
    {RelationKind::refers_to, "refers_to"},
    {RelationKind::broader, "broader"},
}};

}  // namespace

std::string_view to_string(RelationKind kind) {
    for (const auto& [k, name] : kRelationKindNames) {
        if (k == kind) return name;
    }
    throw std::invalid_argument("unknown relation kind");
}

RelationKind parse_relation_kind(std::string_view name) {
    for (const auto& [kind, n] : kRelationKindNames) {
        if (n == name) return kind;
    }
    throw std::invalid_argument("unknown relation kind '" + std::string(name) + "'");
}

bool is_variant(RelationKind kind) {
    return kind == RelationKind::variant_suffix || kind == RelationKind::variant_numeral ||
           kind == RelationKind::variant_expansion;
}

}  // namespace glossgraph
