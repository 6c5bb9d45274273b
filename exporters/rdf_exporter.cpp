#include "exporters/rdf_exporter.hpp"

#include "exporters/escape.hpp"

#include <cctype>

namespace glossgraph {
namespace {

using rdf::Iri;
using rdf::Literal;
using rdf::Triple;

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

std::string literal_suffix(const Literal& literal, const std::string& datatype) {
    if (!literal.language.empty()) return "@" + literal.language;
    return literal.datatype.empty() ? std::string() : "^^" + datatype;
}

std::string turtle_object(const rdf::Object& object, const std::vector<rdf::Prefix>& prefixes) {
    if (const auto* iri = std::get_if<Iri>(&object)) return turtle_iri(iri->value, prefixes);
    const auto& literal = std::get<Literal>(object);
    if (literal.datatype == xsd_integer && is_integer_lexical(literal.lexical)) return literal.lexical;
    if (literal.datatype == xsd_boolean && (literal.lexical == "true" || literal.lexical == "false")) return literal.lexical;
    return escape_turtle_literal(literal.lexical) + literal_suffix(literal, turtle_iri(literal.datatype, prefixes));
}

std::string ntriples_object(const rdf::Object& object) {
    if (const auto* iri = std::get_if<Iri>(&object)) return "<" + iri->value + ">";
    const auto& literal = std::get<Literal>(object);
    return escape_turtle_literal(literal.lexical) + literal_suffix(literal, "<" + literal.datatype + ">");
}

// Writes triples as they come: a subject's triples are adjacent, so only the last one's
// subject and predicate are kept.
class TurtleWriter {
public:
    TurtleWriter(const std::vector<rdf::Prefix>& prefixes, std::ostream& out) : prefixes_(prefixes), out_(out) {
        for (const rdf::Prefix& prefix : prefixes) out << "@prefix " << prefix.name << ": <" << prefix.iri << "> .\n";
    }

    void write(const Triple& triple) {
        const std::string predicate = triple.predicate == rdf_type ? "a" : turtle_iri(triple.predicate, prefixes_);
        if (any_ && subject_ == triple.subject && predicate_ == triple.predicate) {
            out_ << " ,\n        ";
        } else if (any_ && subject_ == triple.subject) {
            out_ << " ;\n    " << predicate << ' ';
        } else {
            out_ << (any_ ? " .\n\n" : "\n") << turtle_iri(triple.subject, prefixes_) << '\n' << "    " << predicate << ' ';
            subject_ = triple.subject;
        }
        predicate_ = triple.predicate;
        out_ << turtle_object(triple.object, prefixes_);
        any_ = true;
    }

    void finish() {
        if (any_) out_ << " .\n";
    }

private:
    const std::vector<rdf::Prefix>& prefixes_;
    std::ostream& out_;
    bool any_ = false;
    std::string subject_;
    std::string predicate_;
};

}  // namespace

std::string turtle_iri(std::string_view iri, const std::vector<rdf::Prefix>& prefixes) {
    for (const rdf::Prefix& prefix : prefixes) {
        if (iri.substr(0, prefix.iri.size()) != prefix.iri) continue;
        const std::string_view local = iri.substr(prefix.iri.size());
        if (is_plain_local(local)) return prefix.name + ":" + std::string(local);
    }
    return std::string("<").append(iri).append(">");
}

void TurtleExporter::write(const GraphData& data, const ExportOptions& options, std::ostream& out) const {
    const std::string base = checked_base_iri(options.base_iri);
    const std::vector<rdf::Prefix> prefixes = rdf::prefixes(base);
    TurtleWriter writer(prefixes, out);
    rdf::for_each_triple(data, base, [&](const Triple& triple) { writer.write(triple); });
    writer.finish();
}

void NTriplesExporter::write(const GraphData& data, const ExportOptions& options, std::ostream& out) const {
    const std::string base = checked_base_iri(options.base_iri);
    rdf::for_each_triple(data, base, [&](const Triple& triple) {
        out << '<' << triple.subject << "> <" << triple.predicate << "> " << ntriples_object(triple.object) << " .\n";
    });
}

}  // namespace glossgraph
