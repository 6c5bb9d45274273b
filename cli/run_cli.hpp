#pragma once
// The command line's entry point, for main() and the tests that run glossgraph in-process,
// without CLI11 (cli/command.hpp declares the commands with it).
#include <iosfwd>

namespace glossgraph {

struct Streams {
    std::ostream& out;  // the command's output: tables or JSON
    std::ostream& err;  // diagnostics and errors
    bool out_is_terminal = false;
    bool colour = false;  // highlight matches in out: --color, or auto on a terminal (see run_cli)
    bool err_is_terminal = false;  // progress lines go to err only then
};

// Entry point shared by main() and the CLI tests: parses argv, runs the chosen command
// inside the one catch ladder, and returns the exit code (0 ok, 1 data or runtime error,
// 2 usage error). Global options may come before or after the command (glossgraph show X
// --db f). Colour: --color=always or never, else on when out is a terminal, NO_COLOR is unset
// or empty and TERM is not "dumb".
int run_cli(int argc, const char* const* argv, Streams& streams);

}  // namespace glossgraph
