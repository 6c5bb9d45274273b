// Compiled, not built, by the architecture.compile_* tests (CMakeLists.txt beside it): the
// headers of the layers an importer may include, and with GLOSSGRAPH_PLANT_STORE one of the
// store, which an importer may not.
#include "core/gazetteer.hpp"
#include "core/model.hpp"
#include "core/text/utf8.hpp"
#include "importers/importer.hpp"

#ifdef GLOSSGRAPH_PLANT_STORE
#include "core/store/store.hpp"
#endif
