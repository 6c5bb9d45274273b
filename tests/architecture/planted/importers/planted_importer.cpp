// An importer that writes to the store itself: the arrow the architecture forbids first.
#include "core/store/store.hpp"
#include "core/model.hpp"

#include <sqlite3.h>
