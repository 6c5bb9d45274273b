#pragma once
// Long output through a pager on a terminal, as git does: standard output goes to $PAGER
// (default "less", with LESS=FRX when LESS is unset: quit when it fits one screen, keep
// colours, leave the screen as it was) until the pager is closed. PAGER empty or "cat" pages
// nothing. The command line starts one for a command's output on a terminal unless --no-pager.
#include <sys/types.h>

#include <memory>
#include <string>
#include <utility>

namespace glossgraph {

class Pager {
public:
    // Starts the pager and sends file descriptor 1 to it; nothing (nullptr) when $PAGER asks
    // for none or it cannot be started (the output then goes to the terminal as it would; a
    // pager that could not be run is named on stderr). A $PAGER of plain words is run
    // directly, anything with shell syntax through /bin/sh -c.
    static std::unique_ptr<Pager> start();
    // Flushes standard output, closes the pipe and waits for the user to quit the pager; says
    // so on stderr when the pager could not be run. Interrupted (SIGINT, SIGTERM, SIGQUIT,
    // SIGHUP) while a pager runs, the process waits for it before it dies of the signal.
    ~Pager();
    Pager(const Pager&) = delete;
    Pager& operator=(const Pager&) = delete;

private:
    Pager(pid_t pid, std::string command) : pid_(pid), command_(std::move(command)) {}
    pid_t pid_;
    std::string command_;
};

// The pager command $PAGER names: "less" when unset, "" when it asks for none.
std::string pager_command();

}  // namespace glossgraph
