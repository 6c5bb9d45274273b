#include "core/diagnostics.hpp"

#include "core/terminal_text.hpp"

#include <ostream>

namespace glossgraph {

const char* to_string(Severity severity) {
    switch (severity) {
        case Severity::note: return "note";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "error";
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
    // append() rather than operator+: GCC 12 warns falsely (-Wrestrict) on ":" + std::string.
    std::string text = escape_for_terminal(diagnostic.location.file);
    if (diagnostic.location.line > 0) text.append(":").append(std::to_string(diagnostic.location.line));
    return text.append(": ").append(to_string(diagnostic.severity)).append(": ").append(escape_for_terminal(diagnostic.message));
}

void StreamDiagnostics::report(Severity severity, const Location& where, const std::string& message) {
    ++counts_[static_cast<int>(severity)];
    out_ << format_diagnostic({severity, where, message}) << '\n';
}

}  // namespace glossgraph
