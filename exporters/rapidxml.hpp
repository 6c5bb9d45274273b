#pragma once
// RapidXML with its printer, for the GraphML writer; include this, never the two headers.
//
// rapidxml_print.hpp 1.13 as released calls its internal print_* templates before it declares
// them, and g++ since 4.7 rejects that ("'print_children' was not declared in this scope, and
// no declarations were found by argument-dependent lookup"; sourceforge rapidxml bug 16).
// Declaring them before the include is the whole fix. Debian's librapidxml-dev already
// patches the same declarations in, and a function template may be declared any number of
// times, so this header compiles against either header.
#include <rapidxml/rapidxml.hpp>

namespace rapidxml::internal {
template <class OutIt, class Ch> inline OutIt print_children(OutIt out, const xml_node<Ch>* node, int flags, int indent);
template <class OutIt, class Ch> inline OutIt print_element_node(OutIt out, const xml_node<Ch>* node, int flags, int indent);
template <class OutIt, class Ch> inline OutIt print_data_node(OutIt out, const xml_node<Ch>* node, int flags, int indent);
template <class OutIt, class Ch> inline OutIt print_cdata_node(OutIt out, const xml_node<Ch>* node, int flags, int indent);
template <class OutIt, class Ch> inline OutIt print_declaration_node(OutIt out, const xml_node<Ch>* node, int flags, int indent);
template <class OutIt, class Ch> inline OutIt print_comment_node(OutIt out, const xml_node<Ch>* node, int flags, int indent);
template <class OutIt, class Ch> inline OutIt print_doctype_node(OutIt out, const xml_node<Ch>* node, int flags, int indent);
template <class OutIt, class Ch> inline OutIt print_pi_node(OutIt out, const xml_node<Ch>* node, int flags, int indent);
}  // namespace rapidxml::internal

#include <rapidxml/rapidxml_print.hpp>
