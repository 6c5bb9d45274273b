#pragma once
// Reading a fixture or sample file whole, for the importer tests.
#include <fstream>
#include <sstream>
#include <string>

namespace glossgraph::testing {

// The bytes of the file at path; empty when it cannot be read.
inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

}  // namespace glossgraph::testing
