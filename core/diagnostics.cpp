#include "core/diagnostics.hpp"

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
    std::string text = diagnostic.location.file;
    if (diagnostic.location.line > 0) text += ":" + std::to_string(diagnostic.location.line);
    text += ": ";
    text += to_string(diagnostic.severity);
    text += ": ";
    text += diagnostic.message;
    return text;
}

void StreamDiagnostics::report(Severity severity, const Location& where, const std::string& message) {
    ++counts_[static_cast<int>(severity)];
    out_ << format_diagnostic({severity, where, message}) << '\n';
}

}  // namespace glossgraph
