#include "exporters/rdf_exporter.hpp"

#include "exporters/buffered_output.hpp"
#include "exporters/escape.hpp"

#include <cctype>
#include <functional>
#include <map>
#include <ostream>

namespace glossgraph {
namespace {

using rdf::TripleView;

const std::string xsd_integer = std::string(rdf::xsd_ns) + "integer";
const std::string xsd_boolean = std::string(rdf::xsd_ns) + "boolean";
const std::string rdf_type = std::string(rdf::rdf_ns) + "type";

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// PN_LOCAL of Turtle, restricted to what our IRIs hold (no escapes, no ':').
bool is_plain_local(std::string_view local) {
    for (std::size_t i = 0; i < local.size(); ++i) {
        const char c = local[i];
        const bool edge = i == 0 || i + 1 == local.size();
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') continue;
        if (c == '-' && i != 0) continue;
        if (c == '.' && !edge) continue;
        if (c == '%' && i + 2 < local.size() && is_hex(local[i + 1]) && is_hex(local[i + 2])) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

bool is_integer_lexical(std::string_view lexical) {
    std::size_t at = !lexical.empty() && (lexical[0] == '-' || lexical[0] == '+') ? 1 : 0;
    if (at == lexical.size()) return false;
    for (; at < lexical.size(); ++at) {
        if (!std::isdigit(static_cast<unsigned char>(lexical[at]))) return false;
    }
    return true;
}

void append_turtle_iri(std::string& out, std::string_view iri, const std::vector<rdf::Prefix>& prefixes) {
    for (const rdf::Prefix& prefix : prefixes) {
        if (!iri.starts_with(prefix.iri)) continue;
        const std::string_view local = iri.substr(prefix.iri.size());
        if (!is_plain_local(local)) continue;
        out.append(prefix.name).append(":").append(local);
        return;
    }
    out.append("<").append(iri).append(">");
}

// Writes triples as they come: a subject's triples are adjacent, so only the last one's
// subject and predicate are kept.
class TurtleWriter {
public:
    TurtleWriter(const std::vector<rdf::Prefix>& prefixes, std::ostream& out) : prefixes_(prefixes), buffer_(out) {
        for (const rdf::Prefix& prefix : prefixes) buffer_.text().append("@prefix ").append(prefix.name).append(": <").append(prefix.iri).append("> .\n");
    }

    void write(const TripleView& triple) {
        std::string& out = buffer_.text();
        if (any_ && subject_ == triple.subject && predicate_ == triple.predicate) {
            out += " ,\n        ";
        } else if (any_ && subject_ == triple.subject) {
            out += " ;\n    ";
            append_predicate(out, triple.predicate);
            out += ' ';
        } else {
            out += any_ ? " .\n\n" : "\n";
            append_turtle_iri(out, triple.subject, prefixes_);
            out += "\n    ";
            append_predicate(out, triple.predicate);
            out += ' ';
            subject_.assign(triple.subject);
        }
        predicate_.assign(triple.predicate);
        append_object(out, triple);
        any_ = true;
        buffer_.maybe_flush();
    }

    void finish() {
        if (any_) buffer_.text() += " .\n";
        buffer_.flush();
    }

private:
    // Predicates are few: each one's written form is made once.
    void append_predicate(std::string& out, std::string_view predicate) {
        auto found = predicates_.find(predicate);
        if (found == predicates_.end()) {
            std::string written;
            if (predicate == rdf_type) written = "a";
            else append_turtle_iri(written, predicate, prefixes_);
            found = predicates_.emplace(std::string(predicate), std::move(written)).first;
        }
        out += found->second;
    }

    void append_object(std::string& out, const TripleView& triple) const {
        if (triple.is_iri) return append_turtle_iri(out, triple.object, prefixes_);
        if (triple.datatype == xsd_integer && is_integer_lexical(triple.object)) {
            out += triple.object;
            return;
        }
        if (triple.datatype == xsd_boolean && (triple.object == "true" || triple.object == "false")) {
            out += triple.object;
            return;
        }
        append_turtle_literal(out, triple.object);
        if (!triple.language.empty()) {
            out.append("@").append(triple.language);
        } else if (!triple.datatype.empty()) {
            out += "^^";
            append_turtle_iri(out, triple.datatype, prefixes_);
        }
    }

    const std::vector<rdf::Prefix>& prefixes_;
    BufferedOutput buffer_;
    bool any_ = false;
    std::string subject_;
    std::string predicate_;
    std::map<std::string, std::string, std::less<>> predicates_;
};

}  // namespace

std::string turtle_iri(std::string_view iri, const std::vector<rdf::Prefix>& prefixes) {
    std::string out;
    append_turtle_iri(out, iri, prefixes);
    return out;
}

void TurtleExporter::write(const GraphData& data, const ExportOptions& options, std::ostream& out) const {
    const std::string base = checked_base_iri(options.base_iri);
    const std::vector<rdf::Prefix> prefixes = rdf::prefixes(base);
    TurtleWriter writer(prefixes, out);
    rdf::for_each_triple(data, base, [&](const TripleView& triple) { writer.write(triple); });
    writer.finish();
}

void NTriplesExporter::write(const GraphData& data, const ExportOptions& options, std::ostream& out) const {
    const std::string base = checked_base_iri(options.base_iri);
    BufferedOutput buffer(out);
    rdf::for_each_triple(data, base, [&](const TripleView& triple) {
        std::string& line = buffer.text();
        line.append("<").append(triple.subject).append("> <").append(triple.predicate).append("> ");
        if (triple.is_iri) {
            line.append("<").append(triple.object).append(">");
        } else {
            append_turtle_literal(line, triple.object);
            if (!triple.language.empty()) line.append("@").append(triple.language);
            else if (!triple.datatype.empty()) line.append("^^<").append(triple.datatype).append(">");
        }
        line += " .\n";
        buffer.maybe_flush();
    });
    buffer.flush();
}

}  // namespace glossgraph
