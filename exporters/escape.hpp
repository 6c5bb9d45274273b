#pragma once
// The small functions every exporter writes text through: quoting for DOT, character
// clean-up for XML, literals for Turtle and N-Triples, and the IRI scheme of the RDF output.
// All of them accept any bytes: ill-formed UTF-8 never reaches an output (it becomes U+FFFD,
// or %XX in an IRI), so every file written is well-formed UTF-8.
#include <string>
#include <string_view>

namespace glossgraph {

// text with each maximal ill-formed UTF-8 subpart replaced by U+FFFD; valid text unchanged.
std::string valid_utf8(std::string_view text);

// The text of a node id, made so that no output format alters it: \ written \\, and each C0
// control, DEL, U+FFFE, U+FFFF and each byte of ill-formed UTF-8 written \xHH (one per byte,
// upper-case hex). Injective: distinct texts give distinct results, which escape_dot_id,
// sanitize_xml and JSON then carry unchanged, so two nodes never share an id (as 术\x01甲
// and 术\x02甲, or two file names in GBK, did when each became U+FFFD). Well-formed text
// without those characters is returned as it is.
std::string escape_id_text(std::string_view text);

// text cut to at most max_chars characters (code points; an ill-formed byte counts as one):
// longer text keeps its first max_chars - 1 and ends in "…". For consumers that limit the
// length of a string (Graphviz: 16,384 bytes of a quoted string as written). max_chars >= 1.
std::string truncate_chars(std::string_view text, std::size_t max_chars);

// A DOT double-quoted string holding text, usable as a node ID and as a label (escString):
// the text in double quotes with \ written \\, " written \", LF written \n, CR written \r
// and & written &amp;; other C0 controls and DEL become U+FFFD. Graphviz expands character
// entities (&amp; &#945; ...) in every string and copies unknown ones (&ex;) into SVG as they
// stand, which breaks the XML; with each & written &amp; a label renders exactly the text, LF
// as a line break (the doubled backslash keeps \N, \G, \l ... from being expanded). As an ID
// the escapes stay in the name, which still tells distinct texts apart. Quoted strings are
// never HTML-like labels, so < and > need nothing.
std::string escape_dot_id(std::string_view text);

// text made fit for XML 1.0 character data and attribute values: C0 controls other than TAB,
// LF and CR, U+FFFE and U+FFFF become U+FFFD. Markup characters (& < > " ') are left as they
// are, because RapidXML's printer, which writes the GraphML, expands them itself; every string
// handed to RapidXML goes through this first. XML readers report CR as LF, and LF in an
// attribute value as a space, which is why node ids never hold either (keys hold no space).
std::string sanitize_xml(std::string_view text);
// Whether sanitize_xml would return text unchanged.
bool is_clean_xml(std::string_view text);

// text for XML written by hand (the SVG charts), as character data or an attribute value in
// double quotes: sanitize_xml(), then & < > " written &amp; &lt; &gt; &quot;.
std::string escape_xml_text(std::string_view text);

// A finite number in the shortest decimal form that reads back as the same double, never with
// an exponent ("0.8518518518518519", "1"): valid as xsd:decimal and xsd:double alike.
std::string shortest_decimal(double value);

// A Turtle and N-Triples STRING_LITERAL_QUOTE holding text (the same bytes are valid in both
// grammars): text in double quotes, " \ LF CR TAB BS FF as the ECHARs \" \\ \n \r \t \b \f,
// the other C0 controls and DEL as \u00XX, everything else as UTF-8. Parsers read back text.
std::string escape_turtle_literal(std::string_view text);
// The same appended to out, for writers that fill one buffer.
void append_turtle_literal(std::string& out, std::string_view text);

// One field of RFC 4180 CSV holding text: as it is, or in double quotes (each " doubled) when
// it holds a comma, a double quote, CR or LF. For spreadsheets (excel), a text that opens with
// = + - @ TAB or CR, which Excel and LibreOffice would run as a formula (=HYPERLINK(...)),
// gets an apostrophe before it, so it shows as text. Ill-formed UTF-8 becomes U+FFFD.
std::string csv_field(std::string_view text, bool excel);

// The base under which data IRIs are minted: base itself when it ends with '/' or '#', else
// base + "/". Throws usage_error unless base is an absolute IRI: a scheme (a letter, then
// letters, digits, + - .), ':', at least one character more, and none of the characters IRIs
// exclude (controls, space, < > " { } | \ ^ `).
std::string checked_base_iri(std::string_view base);

// One IRI path segment naming text: every byte of text outside RFC 3986's unreserved set
// (A-Z a-z 0-9 - . _ ~) written %XX with upper-case hex digits, unreserved bytes as they are;
// and when text is nothing but dots ("." or ".."), the dots too, so that no segment is a
// dot-segment that resolution would remove. Injective; the result is ASCII and a valid URI
// path segment, hence a valid IRI one (RFC 3987 3.1 maps IRIs to URIs the same way).
std::string percent_encode_segment(std::string_view text);
// The same appended to out.
void append_percent_encoded(std::string& out, std::string_view text);

// An XML ID (an NCName) naming text, such as the id of a TBX conceptEntry: prefix, which must
// begin with a letter and hold only ASCII letters, digits, '-' and '.', then text with every
// byte outside A-Z a-z 0-9 - . written _XX (upper-case hex). Injective for one prefix, since
// '_' only ever begins an escape: xml_id("c-", "三线一单") is c-_E4_B8_89_E7_BA_BF_E4_B8_80_E5_8D_95.
std::string xml_id(std::string_view prefix, std::string_view text);

// The IRI of a term: base + "term/" + percent_encode_segment(key), base as checked_base_iri
// returns it. The key is the term's identity (term_key in core/text/normalize.hpp), used as
// stored, so the same key under the same base gives the same IRI in every run, and written
// forms that share a key (“四个最严”, 四個最嚴) share the IRI. With the default base,
// 三线一单 is https://glossgraph.example/term/%E4%B8%89%E7%BA%BF%E4%B8%80%E5%8D%95.
std::string iri_for_term(std::string_view base, std::string_view key);

// The other data IRIs follow the same rule; '/' only ever separates segments.
// base + "scheme": the one SKOS concept scheme.
std::string iri_for_scheme(std::string_view base);
// base + "report/" + segment(file).
std::string iri_for_report(std::string_view base, std::string_view file);
// base + "region/" + segment(code), code being 6 GB/T 2260 digits.
std::string iri_for_region(std::string_view base, std::string_view code);
// iri_for_term + "/definition/" + segment(file): what report file's glossary says the term
// means. A report that defines one term twice gets "/2", "/3" ... appended for the second and
// later (ordinal counts from 1, in entry order; ordinal 1 appends nothing).
std::string iri_for_definition(std::string_view base, std::string_view key, std::string_view file, int ordinal);
// iri_for_report + "/mention/" + segment(key): the mentions of a term in a report.
std::string iri_for_mention(std::string_view base, std::string_view file, std::string_view key);

}  // namespace glossgraph
