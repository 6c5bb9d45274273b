#pragma once
// A store that reads the graph and the linker: two arrows drawn the wrong way.
#include "core/graph/knowledge_graph.hpp"
#include "core/link/link_store.hpp"
#include "core/link/linker.hpp"
