#pragma once
// One class per subcommand: setup() declares its options on a CLI11 subcommand (parsing
// and validation only, no I/O); run() does the work and returns the exit code.
#include "cli/run_cli.hpp"

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace glossgraph {

struct GlobalOptions {
    std::string db = "glossgraph.db";  // --db, else $GLOSSGRAPH_DB
    std::string color = "auto";        // --color: auto, always or never
    bool no_pager = false;             // --no-pager: never through $PAGER
};

class Command {
public:
    virtual ~Command() = default;
    virtual void setup(CLI::App& parent) = 0;
    // The subcommand setup() created; run() is called when the user chose it.
    CLI::App* app() const { return app_; }
    virtual int run(const GlobalOptions& global, Streams& streams) = 0;
    // Whether its output on a terminal goes through $PAGER (cli/pager.hpp): listings do; a
    // command that reports as it goes (import) does not.
    virtual bool pages() const { return true; }

protected:
    CLI::App* app_ = nullptr;
};

// Validators for option values, added with ->check(). nonempty: a value given must name
// something ("--term ''" would otherwise mean no --term at all, and export the whole graph).
// number: the value is a number, said plainly before CLI::Range checks its range (which says
// "Value  not in range 0 to 1000000" of an empty or non-numeric one).
CLI::Validator nonempty();
CLI::Validator number();

// Every subcommand of glossgraph, in the order --help lists them.
std::vector<std::unique_ptr<Command>> make_commands();

}  // namespace glossgraph
