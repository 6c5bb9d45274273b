#include "core/text/gbk_pairs.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>
#include <vector>

namespace glossgraph::gbk {
namespace {

constexpr unsigned kLeads = 0xFE - 0x81 + 1;

struct Table {
    std::vector<char32_t> chars = std::vector<char32_t>(kLeads * 256, 0);
    std::vector<std::pair<char32_t, Pair>> bytes_of;  // sorted by character

    Table();
};

bool is_private_use(char32_t cp) { return cp >= 0xE000 && cp <= 0xF8FF; }

// One pair read by the converter; 0 when it reads as no character or a private-use one.
char32_t read_pair(UConverter* converter, unsigned lead, unsigned trail) {
    const char in[2] = {static_cast<char>(lead), static_cast<char>(trail)};
    UChar out[4];
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(converter);
    const int32_t length = ucnv_toUChars(converter, out, 4, in, 2, &status);
    if (U_FAILURE(status) || length < 1) return 0;
    UChar32 cp = out[0];
    if (U16_IS_LEAD(out[0]) && length == 2) cp = U16_GET_SUPPLEMENTARY(out[0], out[1]);
    else if (length != 1) return 0;
    return is_private_use(static_cast<char32_t>(cp)) || cp == 0xFFFD ? 0 : static_cast<char32_t>(cp);
}

Table::Table() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open("windows-936", &status), ucnv_close);
    if (U_FAILURE(status)) throw std::runtime_error("ICU has no windows-936 converter");
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
        for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
            if (!is_trail(trail)) continue;
            const char32_t cp = read_pair(converter.get(), lead, trail);
            chars[(lead - 0x81) * 256 + trail] = cp;
            if (cp != 0) bytes_of.push_back({cp, {static_cast<std::uint8_t>(lead), static_cast<std::uint8_t>(trail)}});
        }
    }
    // A character two pairs read as (rare) is written with the first.
    std::stable_sort(bytes_of.begin(), bytes_of.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
}

const Table& table() {
    static const Table instance;
    return instance;
}

}  // namespace

char32_t decode(unsigned lead, unsigned trail) {
    if (!is_lead(lead) || !is_trail(trail)) return 0;
    return table().chars[(lead - 0x81) * 256 + trail];
}

std::optional<Pair> encode(char32_t cp) {
    const auto& list = table().bytes_of;
    const auto found = std::lower_bound(list.begin(), list.end(), cp, [](const auto& entry, char32_t value) { return entry.first < value; });
    if (found == list.end() || found->first != cp) return std::nullopt;
    return found->second;
}

}  // namespace glossgraph::gbk
