#pragma once
// Running independent pieces of work on every core.
#include <cstddef>
#include <functional>

namespace glossgraph {

// Calls work(i) once for every i in [0, count), on this thread and up to threads - 1 others
// (threads 0: one per core this process may use), and returns when all calls have returned.
// Which thread runs which i is unspecified, so work must write only to what belongs to i. If
// calls throw, the others still finish and the exception of the lowest such i is rethrown
// here. When no further thread can be started, the work is done by the threads there are.
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work, unsigned threads = 0);

}  // namespace glossgraph
