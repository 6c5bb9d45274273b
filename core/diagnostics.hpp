#pragma once
// Recoverable data problems (a footnote with no term, a region not found, a run of
// damaged bytes) are reported here with file and line; the work goes on.
// Fatal problems are exceptions from errors.hpp instead, never both in one layer.
#include <iosfwd>
#include <string>
#include <vector>

namespace glossgraph {

enum class Severity { note, warning, error };
const char* to_string(Severity severity);

struct Location {
    std::string file;  // as the user named it
    int line = 0;      // 1-based; 0 when the problem concerns the whole file
};

struct Diagnostic {
    Severity severity;
    Location location;
    std::string message;
};

class Diagnostics {
public:
    virtual ~Diagnostics() = default;
    virtual void report(Severity severity, const Location& where, const std::string& message) = 0;

    void warning(const Location& where, const std::string& message) { report(Severity::warning, where, message); }
    void note(const Location& where, const std::string& message) { report(Severity::note, where, message); }
};

// Writes "file:line: warning: message" lines (format_diagnostic) to a stream (stderr in the CLI).
class StreamDiagnostics final : public Diagnostics {
public:
    explicit StreamDiagnostics(std::ostream& out) : out_(out) {}
    void report(Severity severity, const Location& where, const std::string& message) override;
    int count(Severity severity) const { return counts_[static_cast<int>(severity)]; }

private:
    std::ostream& out_;
    int counts_[3] = {0, 0, 0};
};

// Keeps every diagnostic in memory; for tests and for summaries.
class CollectingDiagnostics final : public Diagnostics {
public:
    void report(Severity severity, const Location& where, const std::string& message) override {
        items.push_back({severity, where, message});
    }
    std::vector<Diagnostic> items;
};

// Formats one diagnostic as "file:line: severity: message" (no line part when line is 0), one
// line for people: file and message go through escape_for_terminal (core/terminal_text.hpp),
// so a control character or line break in a file name or report text cannot act on the
// terminal or forge a line of its own.
std::string format_diagnostic(const Diagnostic& diagnostic);

}  // namespace glossgraph
