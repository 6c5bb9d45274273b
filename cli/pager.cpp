#include "cli/pager.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <iostream>

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

std::unique_ptr<Pager> Pager::start() {
    const std::string command = pager_command();
    if (command.find_first_not_of(" \t") == std::string::npos) return nullptr;
    int ends[2];
    if (pipe(ends) != 0) return nullptr;
    std::cout.flush();
    const pid_t pid = fork();
    if (pid < 0) {
        close(ends[0]);
        close(ends[1]);
        return nullptr;
    }
    if (pid == 0) {  // the pager: reads the pipe
        dup2(ends[0], STDIN_FILENO);
        close(ends[0]);
        close(ends[1]);
        setenv("LESS", "FRX", 0);
        setenv("LV", "-c", 0);
        execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    dup2(ends[1], STDOUT_FILENO);
    close(ends[0]);
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
