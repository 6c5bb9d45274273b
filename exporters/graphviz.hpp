#pragma once
// Laying a DOT text out with a Graphviz program (Debian: graphviz), for the commands that draw
// (lineage --svg). The program runs as a child process on temporary files, never through a
// shell: nothing in the DOT text or its names reaches a command line.
#include <string>
#include <string_view>

namespace glossgraph {

// What `program` (dot, sfdp ...: found on PATH) writes for dot_text in `format` (svg, png ...).
// Throws error when the program cannot be started (with a hint to install Graphviz), when it
// exits with a failure or a signal (with what it wrote to its standard error), and io_error
// when the temporary files cannot be made or read.
std::string render_graphviz(std::string_view dot_text, const std::string& program = "dot",
                            const std::string& format = "svg");

}  // namespace glossgraph
