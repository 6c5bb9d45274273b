// What the repair of damaged runs costs: every file of a folder decoded as the text importer
// decodes it, then repair_damaged_runs timed over all of them (CPU time of this process).
// Compare with the CPU time of `glossgraph import` of the same folder (README, Performance).
// The digest covers every repaired text and run: a change meant to be only faster keeps it.
//
//   build/bench/damage_bench DIR
#include "core/diagnostics.hpp"
#include "core/errors.hpp"
#include "core/text/damaged_runs.hpp"
#include "core/text/encoding.hpp"

#include <sys/resource.h>
#include <xxhash.h>

#include <algorithm>
#include <filesystem>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

std::vector<std::string> decoded_files(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.is_regular_file()) paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> texts;
    for (const auto& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        glossgraph::CollectingDiagnostics ignored;
        try {
            texts.push_back(glossgraph::decode_text(bytes.str(), path.string(), ignored).text);
        } catch (const glossgraph::parse_error&) {
        }
    }
    return texts;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: damage_bench DIR\n";
        return 2;
    }
    std::vector<std::string> texts = decoded_files(argv[1]);
    std::size_t bytes = 0;
    for (const std::string& text : texts) bytes += text.size();
    const std::size_t count = texts.size();
    // Each text moved in, as the importers hand theirs over: a text without a run comes back
    // as it went in.
    const double start = cpu_seconds();
    std::size_t runs = 0;
    std::size_t repaired = 0;
    std::vector<glossgraph::RepairedText> results;
    results.reserve(texts.size());
    for (std::string& text : texts) results.push_back(glossgraph::repair_damaged_runs(std::move(text)));
    const double seconds = cpu_seconds() - start;
    XXH3_state_t* digest = XXH3_createState();
    XXH3_64bits_reset(digest);
    for (const glossgraph::RepairedText& result : results) {
        runs += result.runs.size();
        XXH3_64bits_update(digest, result.text.data(), result.text.size() + 1);
        for (const auto& run : result.runs) {
            repaired += run.repaired ? 1 : 0;
            const std::string& read = run.repaired ? *run.repaired : run.written;
            XXH3_64bits_update(digest, read.data(), read.size() + 1);
        }
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits_digest(digest)));
    XXH3_freeState(digest);
    std::cout << count << " texts, " << bytes / 1000000 << " MB decoded; " << runs << " damaged runs, " << repaired
              << " repaired; repair CPU time " << seconds << " s; digest " << hex << "\n";
    return 0;
}
