#include "cli/pager.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <vector>

namespace glossgraph {
namespace {

pid_t pager_pid = 0;

// Interrupted while paging (Ctrl-C reaches the pager and us alike): end the pager's input, wait
// for the user to quit it, so that it gives the terminal back before the shell's prompt comes,
// then die of the signal. Only async-signal-safe calls.
void on_signal(int signal_number) {
    close(STDOUT_FILENO);
    if (pager_pid > 0) waitpid(pager_pid, nullptr, 0);
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

}  // namespace

std::string pager_command() {
    const char* pager = std::getenv("PAGER");
    if (pager == nullptr) return "less";
    const std::string command = pager;
    return command == "cat" ? std::string() : command;
}

namespace {

// A command of plain words (no quotes, no shell syntax, no VAR=value assignment) is run
// directly, as git does, so that one that cannot be run is known before anything is written
// to it; anything else goes through sh, whose own "not found" (127) the destructor reports.
bool plain_words(const std::string& command) {
    return command.find_first_not_of(
               "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 \t-_./,:+@") ==
           std::string::npos;
}

std::vector<std::string> words_of(const std::string& command) {
    std::vector<std::string> words;
    std::size_t at = 0;
    while ((at = command.find_first_not_of(" \t", at)) != std::string::npos) {
        const std::size_t end = command.find_first_of(" \t", at);
        words.push_back(command.substr(at, end - at));
        at = end;
    }
    return words;
}

}  // namespace

std::unique_ptr<Pager> Pager::start() {
    const std::string command = pager_command();
    if (command.find_first_not_of(" \t") == std::string::npos) return nullptr;
    // Set and built before fork: the child may only make async-signal-safe calls. The
    // defaults are for the pager; this process reads neither variable.
    setenv("LESS", "FRX", 0);
    setenv("LV", "-c", 0);
    std::vector<std::string> words;
    if (plain_words(command)) words = words_of(command);
    else words = {"/bin/sh", "-c", command};
    std::vector<char*> argv;
    for (std::string& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);

    int ends[2];
    if (pipe(ends) != 0) return nullptr;
    int exec_failed[2];  // closed by a successful exec; carries errno when it fails
    if (pipe2(exec_failed, O_CLOEXEC) != 0) {
        close(ends[0]);
        close(ends[1]);
        return nullptr;
    }
    std::cout.flush();
    const pid_t pid = fork();
    if (pid < 0) {
        for (const int end : {ends[0], ends[1], exec_failed[0], exec_failed[1]}) close(end);
        return nullptr;
    }
    if (pid == 0) {  // the pager: reads the pipe
        dup2(ends[0], STDIN_FILENO);
        close(ends[0]);
        close(ends[1]);
        close(exec_failed[0]);
        execvp(argv[0], argv.data());
        const int error = errno;
        [[maybe_unused]] const ssize_t written = write(exec_failed[1], &error, sizeof error);
        _exit(127);
    }
    close(ends[0]);
    close(exec_failed[1]);
    int error = 0;
    ssize_t got;
    while ((got = read(exec_failed[0], &error, sizeof error)) < 0 && errno == EINTR) {
    }
    close(exec_failed[0]);
    if (got > 0) {  // nothing to page with: the output goes to the terminal, and we say why
        close(ends[1]);
        while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        std::cerr << "glossgraph: the pager '" << command << "' could not be run (" << std::strerror(error)
                  << "); set PAGER, or use --no-pager\n";
        return nullptr;
    }
    dup2(ends[1], STDOUT_FILENO);
    close(ends[1]);
    // A user who quits the pager early closes the pipe: the next write ends us by SIGPIPE, as
    // git's commands end, instead of working on for nobody.
    pager_pid = pid;
    for (const int signal_number : {SIGINT, SIGTERM, SIGQUIT, SIGHUP}) signal(signal_number, on_signal);
    return std::unique_ptr<Pager>(new Pager(pid, command));
}

Pager::~Pager() {
    // What is left goes to the pager; when it could not run, the pipe is closed and the
    // write fails instead of ending us, so that we can say why nothing was shown.
    signal(SIGPIPE, SIG_IGN);
    std::cout.flush();
    signal(SIGPIPE, SIG_DFL);
    const int null = open("/dev/null", O_WRONLY);
    if (null >= 0) {  // the pager sees the end of its input; later writes go nowhere
        dup2(null, STDOUT_FILENO);
        close(null);
    }
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pager_pid = 0;
    // sh's 127: no such command. The output went nowhere: say so rather than pass for shown.
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
        std::cerr << "glossgraph: the pager '" << command_ << "' could not be run; set PAGER, or use --no-pager\n";
    }
}

}  // namespace glossgraph
