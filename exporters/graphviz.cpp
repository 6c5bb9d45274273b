#include "exporters/graphviz.hpp"

#include "core/errors.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern char** environ;

namespace glossgraph {
namespace {

// A temporary folder of our own (mkdtemp: mode 0700, a fresh name), removed with its files.
class TemporaryFolder {
public:
    TemporaryFolder() {
        const std::filesystem::path base = std::filesystem::temp_directory_path();
        std::string pattern = (base / "glossgraph-graphviz-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw io_error(pattern, std::string("cannot make a temporary folder: ") + std::strerror(errno));
        path_ = pattern;
    }
    ~TemporaryFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    std::string file(const char* name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw io_error(path, "cannot read what Graphviz wrote");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs program with args, its standard error to err_path; the exit status as waitpid gives it.
int run(const std::string& program, std::vector<std::string> args, const std::string& err_path) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char*> argv;
    args.insert(args.begin(), program);
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int started = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (started != 0) {
        throw error("cannot run Graphviz's '" + program + "' (" + std::strerror(started) +
                    "); install Graphviz (Debian: apt-get install graphviz), or write DOT with --dot and lay it out elsewhere");
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) throw error("waiting for Graphviz's '" + program + "': " + std::strerror(errno));
    }
    return status;
}

}  // namespace

std::string render_graphviz(std::string_view dot_text, const std::string& program, const std::string& format) {
    const TemporaryFolder folder;
    const std::string input = folder.file("graph.dot"), output = folder.file("graph.out"), messages = folder.file("errors.txt");
    {
        std::ofstream out(input, std::ios::binary);
        out.write(dot_text.data(), static_cast<std::streamsize>(dot_text.size()));
        if (!out.flush()) throw io_error(input, "cannot write the graph for Graphviz");
    }
    const int status = run(program, {"-T" + format, "-o", output, input}, messages);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::string said = read_all(messages);
        while (!said.empty() && (said.back() == '\n' || said.back() == '\r')) said.pop_back();
        throw error("Graphviz's '" + program + "' failed" +
                    (WIFEXITED(status) ? " (exit " + std::to_string(WEXITSTATUS(status)) + ")" : std::string(" (killed)")) +
                    (said.empty() ? std::string() : ": " + said));
    }
    return read_all(output);
}

}  // namespace glossgraph
