#include "cli/command.hpp"

#include <unistd.h>

#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    glossgraph::Streams streams{std::cout, std::cerr, isatty(STDOUT_FILENO) == 1};
    streams.err_is_terminal = isatty(STDERR_FILENO) == 1;
    const int code = glossgraph::run_cli(argc, argv, streams);
    std::cout.flush();
    return code;
}
