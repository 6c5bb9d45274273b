#include "cli/run_cli.hpp"
#include "cli/table.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>

namespace {

// The columns of the terminal standard output goes to: $COLUMNS when it is a number, else
// what the terminal says; 0 when unknown.
std::size_t terminal_columns() {
    if (const char* columns = std::getenv("COLUMNS")) {
        char* end = nullptr;
        const long value = std::strtol(columns, &end, 10);
        if (end != columns && *end == '\0' && value > 0) return static_cast<std::size_t>(value);
    }
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    glossgraph::Streams streams{std::cout, std::cerr, isatty(STDOUT_FILENO) == 1};
    streams.err_is_terminal = isatty(STDERR_FILENO) == 1;
    if (streams.out_is_terminal) glossgraph::fit_tables_to(std::cout, terminal_columns());
    const int code = glossgraph::run_cli(argc, argv, streams);
    std::cout.flush();
    return code;
}
