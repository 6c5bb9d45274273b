// Preloaded (LD_PRELOAD) into a glossgraph the fault tests start, so that a database another
// writer holds is given up on after 100 ms instead of the store's busy timeout of seconds: the
// import still meets the lock, waits on it and fails as it would, only sooner.
#include <dlfcn.h>
#include <sqlite3.h>

extern "C" int sqlite3_busy_timeout(sqlite3* db, int milliseconds) {
    using BusyTimeout = int (*)(sqlite3*, int);
    static const auto real = reinterpret_cast<BusyTimeout>(dlsym(RTLD_NEXT, "sqlite3_busy_timeout"));
    return real(db, milliseconds > 100 ? 100 : milliseconds);
}
