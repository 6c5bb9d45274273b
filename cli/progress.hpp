#pragma once
// A progress line for work that takes a while: one line on stderr, rewritten in place (files
// done, MB/s, time left), only on a terminal and only once the work has run a second, so
// pipes, logs and quick runs never see it. Output for people written meanwhile (a row of the
// import table, a warning) goes through above(), which clears the line first.
#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace glossgraph {

class Progress {
public:
    // enabled: stderr is a terminal and the user did not ask for --quiet. Nothing is drawn
    // before `after` has passed.
    Progress(std::ostream& err, bool enabled, std::size_t total_files, std::uint64_t total_bytes,
             std::chrono::milliseconds after = std::chrono::seconds(1));
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // One file done, of this many bytes; redraws at most ten times a second.
    void advance(std::uint64_t bytes);
    // What is being done now, when it is not files: "linking".
    void phase(const std::string& text);
    // Clears the line before other output; the next advance() or phase() draws it again.
    void clear();
    // Clears the line for good.
    void finish();

    // "1m05s", "42s": a duration as the line shows it.
    static std::string duration(double seconds);

private:
    void draw(bool force);

    std::ostream& err_;
    bool enabled_;
    bool shown_ = false;
    std::size_t total_files_;
    std::uint64_t total_bytes_;
    std::size_t files_ = 0;
    std::uint64_t bytes_ = 0;
    std::string phase_;
    std::chrono::milliseconds after_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point drawn_;
};

}  // namespace glossgraph
