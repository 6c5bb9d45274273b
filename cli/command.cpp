#include "cli/command.hpp"

#include "cli/pager.hpp"

#include "core/compare/nearest.hpp"
#include "core/errors.hpp"
#include "core/store/database_name.hpp"
#include "core/terminal_text.hpp"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <ostream>

namespace glossgraph {

std::unique_ptr<Command> make_import_command();
std::unique_ptr<Command> make_reports_command();
std::unique_ptr<Command> make_entries_command();
std::unique_ptr<Command> make_terms_command();
std::unique_ptr<Command> make_show_command();
std::unique_ptr<Command> make_stats_command();
std::unique_ptr<Command> make_mentions_command();
std::unique_ptr<Command> make_diff_command();
std::unique_ptr<Command> make_differing_command();
std::unique_ptr<Command> make_compare_command();
std::unique_ptr<Command> make_central_command();
std::unique_ptr<Command> make_families_command();
std::unique_ptr<Command> make_export_command();
std::unique_ptr<Command> make_search_command();
std::unique_ptr<Command> make_timeline_command();
std::unique_ptr<Command> make_regions_command();
std::unique_ptr<Command> make_spread_command();
std::unique_ptr<Command> make_lineage_command();
std::unique_ptr<Command> make_drift_command();
std::unique_ptr<Command> make_drifting_command();
std::unique_ptr<Command> make_copied_command();
std::unique_ptr<Command> make_site_command();
std::unique_ptr<Command> make_damage_command();

CLI::Validator nonempty() {
    return CLI::Validator(
        [](const std::string& value) {
            return value.empty() ? std::string("an empty value names nothing; give one, or leave the option out") : std::string();
        },
        "", "nonempty");
}

CLI::Validator number() {
    return CLI::Validator(
        [](const std::string& value) {
            char* end = nullptr;
            errno = 0;
            std::strtod(value.c_str(), &end);
            const bool whole = !value.empty() && end == value.c_str() + value.size() && errno == 0;
            return whole ? std::string() : "'" + value + "' is not a number";
        },
        "", "number");
}

std::vector<std::unique_ptr<Command>> make_commands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(make_import_command());
    commands.push_back(make_reports_command());
    commands.push_back(make_entries_command());
    commands.push_back(make_terms_command());
    commands.push_back(make_show_command());
    commands.push_back(make_search_command());
    commands.push_back(make_mentions_command());
    commands.push_back(make_timeline_command());
    commands.push_back(make_spread_command());
    commands.push_back(make_lineage_command());
    commands.push_back(make_drift_command());
    commands.push_back(make_drifting_command());
    commands.push_back(make_copied_command());
    commands.push_back(make_regions_command());
    commands.push_back(make_diff_command());
    commands.push_back(make_differing_command());
    commands.push_back(make_compare_command());
    commands.push_back(make_central_command());
    commands.push_back(make_families_command());
    commands.push_back(make_export_command());
    commands.push_back(make_site_command());
    commands.push_back(make_stats_command());
    commands.push_back(make_damage_command());
    return commands;
}

namespace {

constexpr int exit_ok = 0;
constexpr int exit_failure = 1;
constexpr int exit_usage = 2;

const char* const description =
    "glossgraph harvests the glossaries (名词解释) of Chinese government work reports into a\n"
    "SQLite database: every term, its definitions, and the report, region and year that define it.";

// --db must name a file: a name SQLite keeps in memory or deletes on close would take an
// import, report success and store nothing; a folder is said to be one, not "unable to open".
void check_database_option(const std::string& db) {
    const std::string option = "--db '" + db + "': ";
    if (const auto why = special_database_name(db)) {
        throw usage_error(option + *why + "; name a database file" +
                          (db.empty() ? std::string() : " (./" + db + " for a file of that very name)"));
    }
    std::error_code ignored;
    if (db.back() == '/' || std::filesystem::is_directory(db, ignored)) {
        const std::string example = (std::filesystem::path(db) / "glossgraph.db").lexically_normal().string();
        throw usage_error(option + "is a folder; name a database file in it, such as " + example);
    }
}

// An error's message as printed: some are lists of several lines (the regions a name may
// mean), so line breaks stay; every other control character is written out.
std::string shown(const std::exception& e) { return escape_for_terminal(e.what(), Newlines::keep); }

bool colour_wanted(const std::string& color, bool terminal) {
    if (color == "always") return true;
    if (color == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    return terminal && (no_color == nullptr || *no_color == '\0') && !(term != nullptr && std::string_view(term) == "dumb");
}

// For a word where a command was expected ("glossgraph shw"): the commands it may mean.
std::string command_suggestion(const CLI::ParseError& e, const std::vector<std::unique_ptr<Command>>& commands) {
    for (const auto& command : commands)
        if (command->app()->parsed()) return {};
    const std::string message = e.what();
    const std::string_view lead = "not expected: ";
    const std::size_t at = message.find(lead);
    if (at == std::string::npos) return {};
    // CLI11 lists the unexpected words last first: the command's place is the last of them.
    std::string word = message.substr(at + lead.size());
    word = word.substr(word.rfind(' ') + 1);
    std::vector<std::string> names;
    for (const auto& command : commands) names.push_back(command->app()->get_name());
    const std::vector<std::string> near = nearest(word, names, 3);
    std::string text;
    for (const std::string& name : near) text += (text.empty() ? "" : " or ") + ("'" + name + "'");
    return text.empty() ? "" : "\nno command '" + word + "'; did you mean " + text + "?";
}

// "glossgraph show --help" for the command being parsed, else the general hint.
std::string help_hint(const std::vector<std::unique_ptr<Command>>& commands) {
    for (const auto& command : commands) {
        if (command->app()->parsed()) return "run 'glossgraph " + command->app()->get_name() + " --help'";
    }
    return "run 'glossgraph --help'";
}

int run_parsed(CLI::App& app, std::vector<std::unique_ptr<Command>>& commands, const GlobalOptions& global,
               Streams& streams) {
    streams.colour = colour_wanted(global.color, streams.out_is_terminal);
    for (auto& command : commands) {
        if (!command->app()->parsed()) continue;
        check_database_option(global.db);
        std::unique_ptr<Pager> pager;
        if (streams.out_is_terminal && !global.no_pager && command->pages()) pager = Pager::start();
        const int code = command->run(global, streams);
        // Output cut short (a full disk, a closed pipe) must not pass for success; a user who
        // quit the pager early has read what they wanted.
        if (!streams.out.flush() && !pager) {
            throw io_error("standard output", "cannot write the output (disk full, or the reader has gone?)");
        }
        return code;
    }
    streams.err << app.help();
    return exit_usage;
}

}  // namespace

int run_cli(int argc, const char* const* argv, Streams& streams) {
    CLI::App app{description, "glossgraph"};
    app.require_subcommand(0, 1);
    app.fallthrough();  // global options after the command too: glossgraph show X --db f
    GlobalOptions global;
    app.add_option("--db", global.db,
                   "SQLite database file (created when missing by import); not a folder, '', ':memory:' or a "
                   "'file:' URI (./file:x for a file of that name)")
        ->envname("GLOSSGRAPH_DB")
        ->capture_default_str();
    app.add_option("--color", global.color, "Highlight matches: auto (on a terminal, unless NO_COLOR or TERM=dumb), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_flag("--no-pager", global.no_pager, "Never send the output through $PAGER (on a terminal it goes to less)");
    app.set_version_flag("--version", "glossgraph 0.1.0");
    auto commands = make_commands();
    for (auto& command : commands) command->setup(app);
    try {
        app.parse(argc, argv);
        return run_parsed(app, commands, global, streams);
    } catch (const CLI::CallForHelp&) {
        streams.out << app.help();
        return exit_ok;
    } catch (const CLI::CallForAllHelp&) {
        streams.out << app.help("", CLI::AppFormatMode::All);
        return exit_ok;
    } catch (const CLI::CallForVersion&) {
        streams.out << "glossgraph 0.1.0\n";
        return exit_ok;
    } catch (const CLI::ParseError& e) {
        streams.err << "glossgraph: " << shown(e) << command_suggestion(e, commands) << "\n(" << help_hint(commands)
                    << ")\n";
        return exit_usage;
    } catch (const usage_error& e) {
        streams.err << "glossgraph: " << shown(e) << "\n(" << help_hint(commands) << ")\n";
        return exit_usage;
    } catch (const store_error& e) {
        streams.err << "glossgraph: database error: " << shown(e) << '\n';
        return exit_failure;
    } catch (const error& e) {
        streams.err << "glossgraph: " << shown(e) << '\n';
        return exit_failure;
    } catch (const std::exception& e) {
        streams.err << "glossgraph: unexpected error: " << shown(e) << '\n';
        return exit_failure;
    }
}

}  // namespace glossgraph
