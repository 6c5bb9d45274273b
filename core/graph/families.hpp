#pragma once
// Families of terms: groups joined by variant, family, refers_to and broader relations.
#include "core/graph_data.hpp"

#include <string>
#include <vector>

namespace glossgraph {

struct TermFamily {
    std::vector<std::string> keys;  // sorted
};

// The connected components (boost::connected_components) of the undirected graph whose
// vertices are data.terms and whose edges are the relations, of every kind (direction
// ignored; relations naming an unknown term are left out). Only components of two terms or
// more are families. Largest first, then by first key. O(terms + relations).
std::vector<TermFamily> term_families(const GraphData& data);

}  // namespace glossgraph
