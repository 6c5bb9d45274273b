#include "core/store/schema_text.hpp"

#include "core/text/normalize.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

namespace glossgraph {
namespace {

constexpr std::string_view check_open = "CHECK (";
constexpr std::string_view in_open = " IN (";

// One value of the list, with the space before it.
struct ListValue {
    std::string_view space;
    std::string_view value;
};

// `CHECK (column IN (v1, v2, ...))` starting at `check`.
struct InCheck {
    std::string_view column;
    std::vector<ListValue> values;
    std::size_t end = 0;  // just past the CHECK's closing parenthesis
};

// A quoted text without a quote inside, or a whole number.
bool is_plain_constant(std::string_view value) {
    if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'') {
        return value.substr(1, value.size() - 2).find('\'') == std::string_view::npos;
    }
    return !value.empty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<ListValue> split_list(std::string_view list) {
    std::vector<ListValue> values;
    while (true) {
        const std::size_t comma = list.find(',');
        const std::string_view item = list.substr(0, comma);
        const std::string_view value = trim(item);
        values.push_back({item.substr(0, static_cast<std::size_t>(value.data() - item.data())), value});
        if (comma == std::string_view::npos) return values;
        list.remove_prefix(comma + 1);
    }
}

std::optional<InCheck> read_in_check(std::string_view sql, std::size_t check) {
    const std::size_t column_at = check + check_open.size();
    std::size_t column_end = column_at;
    while (column_end < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[column_end])) || sql[column_end] == '_')) {
        ++column_end;
    }
    if (column_end == column_at || sql.substr(column_end, in_open.size()) != in_open) return std::nullopt;
    const std::size_t list_at = column_end + in_open.size();
    const std::size_t list_end = sql.find(')', list_at);
    if (list_end == std::string_view::npos || list_end + 1 >= sql.size() || sql[list_end + 1] != ')') return std::nullopt;
    InCheck found{sql.substr(column_at, column_end - column_at), split_list(sql.substr(list_at, list_end - list_at)),
                  list_end + 2};
    const bool plain = std::all_of(found.values.begin(), found.values.end(),
                                   [](const ListValue& v) { return is_plain_constant(v.value); });
    // Two or fewer SQLite compares one by one already.
    if (found.values.size() < 3 || !plain) return std::nullopt;
    return found;
}

}  // namespace

std::string checks_as_comparisons(std::string_view sql) {
    std::string out;
    std::size_t at = 0;  // sql before it is in out
    for (std::size_t check = sql.find(check_open); check != std::string_view::npos; check = sql.find(check_open, check + 1)) {
        const std::optional<InCheck> in_check = read_in_check(sql, check);
        if (!in_check) continue;
        out.append(sql.substr(at, check - at)).append(check_open);
        for (std::size_t i = 0; i < in_check->values.size(); ++i) {
            const ListValue& v = in_check->values[i];
            if (i > 0) out.append(" OR").append(v.space.empty() ? " " : v.space);
            out.append(in_check->column).append(" = ").append(v.value);
        }
        out += ')';
        at = in_check->end;
    }
    out.append(sql.substr(at));
    return out;
}

}  // namespace glossgraph
