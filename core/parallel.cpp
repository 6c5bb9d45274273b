#include "core/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace glossgraph {

void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work, unsigned threads) {
    if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
    const std::size_t helpers = std::min<std::size_t>(threads, count) - (count > 0 ? 1 : 0);
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> errors(count);
    const auto drain = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            try {
                work(i);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    {
        std::vector<std::jthread> pool;
        pool.reserve(helpers);
        for (std::size_t t = 0; t < helpers; ++t) {
            try {
                pool.emplace_back(drain);
            } catch (const std::system_error&) {
                break;  // no more threads to be had (ulimit, cgroup): the ones started, and this one, do it all
            }
        }
        drain();
    }  // joins the helpers
    for (const std::exception_ptr& error : errors) {
        if (error) std::rethrow_exception(error);
    }
}

}  // namespace glossgraph
