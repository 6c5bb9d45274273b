#include "core/parallel.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace glossgraph {
namespace {

TEST(ParallelFor, CallsWorkOnceForEveryIndex) {
    for (const unsigned threads : {0U, 1U, 2U, 7U}) {
        std::vector<std::atomic<int>> calls(1000);
        parallel_for(calls.size(), [&](std::size_t i) { ++calls[i]; }, threads);
        for (std::size_t i = 0; i < calls.size(); ++i) ASSERT_EQ(calls[i].load(), 1) << "index " << i << ", threads " << threads;
    }
}

TEST(ParallelFor, NothingToDoCallsNothing) {
    bool called = false;
    parallel_for(0, [&](std::size_t) { called = true; });
    EXPECT_FALSE(called);
}

TEST(ParallelFor, UsesMoreThanOneThreadWhenAsked) {
    std::mutex mutex;
    std::set<std::thread::id> seen;
    std::atomic<int> waiting{0};
    // Each call waits (briefly) for the other, so a single thread would run both alone.
    parallel_for(2, [&](std::size_t) {
        ++waiting;
        for (int spin = 0; spin < 2000 && waiting.load() < 2; ++spin) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        const std::lock_guard lock(mutex);
        seen.insert(std::this_thread::get_id());
    }, 2);
    EXPECT_EQ(seen.size(), 2U);
}

TEST(ParallelFor, RethrowsTheExceptionOfTheLowestIndexAfterEveryCallFinished) {
    std::atomic<int> finished{0};
    try {
        parallel_for(100, [&](std::size_t i) {
            ++finished;
            if (i == 70 || i == 30) throw std::runtime_error("failed at " + std::to_string(i));
        }, 2);
        FAIL() << "nothing was thrown";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "failed at 30");
    }
    EXPECT_EQ(finished.load(), 100);
}

}  // namespace
}  // namespace glossgraph
