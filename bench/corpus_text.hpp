#pragma once
// make_corpus: the seeded generator, UTF-8 string helpers and the ICU conversions the parts share.
#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace glossgraph::corpus {

namespace fs = std::filesystem;

inline std::uint64_t mix(std::uint64_t x) {  // splitmix64 finaliser
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
inline std::uint64_t mix(std::uint64_t a, std::uint64_t b) { return mix(a ^ mix(b)); }
inline std::uint64_t mix(std::uint64_t a, std::uint64_t b, std::uint64_t c) { return mix(mix(a, b), c); }

class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() { return mix(state_++); }
    // Uniform in [0, n); n > 0.
    std::size_t below(std::size_t n) {
        return static_cast<std::size_t>(static_cast<double>(next() >> 11) * 0x1.0p-53 * static_cast<double>(n));
    }
    std::size_t between(std::size_t lo, std::size_t hi) { return lo + below(hi - lo + 1); }
    bool chance(unsigned percent) { return below(100) < percent; }
    template <class T> const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

private:
    std::uint64_t state_;
};

std::vector<std::string> code_points(std::string_view s);
bool is_han(std::string_view cp);
std::string trim(std::string_view s);
void replace_all(std::string& s, std::string_view from, std::string_view to);
std::string without_quotes(std::string s);
std::vector<std::string> split(const std::string& s, std::string_view sep);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
std::string read_file(const fs::path& path);
std::string strip_pinyin(const std::string& s);

// ICU conversions. Slow per call, so callers cache what repeats.
class Converter {
public:
    Converter() {
        UErrorCode status = U_ZERO_ERROR;
        to_traditional_.reset(icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
        to_simplified_.reset(icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU transliterators are missing");
    }
    std::string traditional(const std::string& s) {
        auto [it, fresh] = cache_.try_emplace(s);
        if (fresh) it->second = apply(*to_traditional_, s);
        return it->second;
    }
    std::string simplified(const std::string& s) { return apply(*to_simplified_, s); }
    static std::string gb18030(const std::string& utf8) {
        std::string out(utf8.size() * 2 + 16, '\0');
        UErrorCode status = U_ZERO_ERROR;
        const int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                       static_cast<int32_t>(utf8.size()), &status);
        if (U_FAILURE(status)) throw std::runtime_error("GB18030 conversion failed");
        out.resize(static_cast<std::size_t>(n));
        return out;
    }

private:
    static std::string apply(icu::Transliterator& t, const std::string& s) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
        t.transliterate(u);
        std::string out;
        u.toUTF8String(out);
        return out;
    }
    std::unique_ptr<icu::Transliterator> to_traditional_, to_simplified_;
    std::unordered_map<std::string, std::string> cache_;
};

}  // namespace glossgraph::corpus
