#include "core/store/store.hpp"
#include "importers/planted_importer.cpp"

#include <CLI/CLI.hpp>
