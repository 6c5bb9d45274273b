// Runs a fuzz target's entry point over files, for builds without libFuzzer: every crasher
// the fuzzers found, and every seed, stays a regression test in every build (gcc included).
// Usage: replay PATH... (files, or folders read recursively). A crash or a violated
// invariant aborts; finding no input at all fails too, so the test cannot pass vacuously.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs(const std::vector<std::string>& roots) {
    std::vector<fs::path> files;
    for (const std::string& root : roots) {
        if (fs::is_regular_file(root)) {
            files.emplace_back(root);
            continue;
        }
        for (const auto& item : fs::recursive_directory_iterator(root)) {
            if (item.is_regular_file()) files.push_back(item.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<fs::path> files = inputs(std::vector<std::string>(argv + 1, argv + argc));
    for (const fs::path& file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) {
            std::cerr << file.string() << ": cannot read\n";
            return 1;
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    }
    std::cout << "replayed " << files.size() << " input(s)\n";
    return files.empty() ? 1 : 0;
}
