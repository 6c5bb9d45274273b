// Linking that runs out of memory (issue 12, item 6: the user saw only "unexpected error:
// std::bad_alloc"). This executable replaces operator new with one that fails the Nth
// allocation, as memory running out fails the one allocation too many (what unwinding frees
// can be had again), and sweeps N over a whole link: every failure must be an error naming
// what linking was doing, leave no half link behind, and a link afterwards must give what a
// clean one gives.
#include "core/errors.hpp"
#include "core/gazetteer.hpp"
#include "core/link/linker.hpp"
#include "core/store/queries.hpp"
#include "core/store/report_writer.hpp"
#include "core/store/link_tables.hpp"
#include "core/store/store.hpp"
#include "core/text/normalize.hpp"
#include "tests/core/store/store_test_support.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<long> allocations_left{-1};  // the allocation that fails when this reaches 0; -1: none

}  // namespace

void* operator new(std::size_t size) {
    if (allocations_left.load() >= 0 && allocations_left.fetch_sub(1) == 0) throw std::bad_alloc();
    if (void* memory = std::malloc(size == 0 ? 1 : size)) return memory;
    throw std::bad_alloc();
}
void operator delete(void* memory) noexcept { std::free(memory); }
void operator delete(void* memory, std::size_t) noexcept { std::free(memory); }
// Every other form too, so that no allocation comes from the runtime's own operator new and is
// freed here (std::stable_sort's buffer is nothrow new: AddressSanitizer calls that a mismatch).
void* operator new[](std::size_t size) { return operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return operator new(size);
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete[](void* memory) noexcept { std::free(memory); }
void operator delete[](void* memory, std::size_t) noexcept { std::free(memory); }
void operator delete(void* memory, const std::nothrow_t&) noexcept { std::free(memory); }
void operator delete[](void* memory, const std::nothrow_t&) noexcept { std::free(memory); }

namespace glossgraph {
namespace {

GlossaryEntry entry(int seq, const std::string& term, const std::string& definition) {
    GlossaryEntry e;
    e.seq = seq;
    e.term = term;
    e.key = term_key(term);
    e.definition = definition;
    e.footnote = seq + 1;
    e.line = seq + 1;
    return e;
}

void add_report(Store& store, const std::string& file, const std::string& body, const std::vector<GlossaryEntry>& entries) {
    ReportMeta meta = store_test::make_meta(file, "hash-" + file);
    meta.body = body;
    store.writer().on_report(meta);
    for (const GlossaryEntry& e : entries) store.writer().on_entry(e);
    store.writer().end_report();
}

void add_reports(Store& store) {
    add_report(store, "a.txt", "推进两品一标和“放管服”改革。", {entry(0, "两品一标", "绿色食品、有机农产品。"), entry(1, "放管服", "简政放权。")});
    add_report(store, "b.txt", "落实二品一标、三区三线和“放管服”改革。",
               {entry(0, "二品一标", "即“两品一标”。"), entry(1, "三区三线", "城镇空间、农业空间和生态空间。"),
                entry(2, "“放管服”改革", "简政放权、放管结合、优化服务，见放管服。")});
}

// What linking wrote, as one comparable value.
std::string links_of(const Store& store) {
    std::string text;
    for (const MentionRow& m : store.queries().mentions({})) text += m.report + "|" + m.term + "|" + std::to_string(m.count) + "\n";
    for (const std::string key : {"两品一标", "二品一标", "放管服", "放管服改革", "三区三线"}) {
        text += key + ":" + std::to_string(store.queries().related_terms(key).size()) + "\n";
    }
    return text;
}

class Budget {
public:
    explicit Budget(long allocations) { allocations_left = allocations; }
    ~Budget() { allocations_left = -1; }
};

// The reports have no region: a store seeded with none is made hundreds of times in the
// sweep at a fraction of the cost of GB/T 2260's thousands of rows.
const Gazetteer& no_regions() {
    static const Gazetteer none = Gazetteer::from_regions({});
    return none;
}

TEST(LinkOutOfMemory, EveryFailureIsAnErrorNamingWhatLinkingDidAndLeavesNoHalfLink) {
    std::string clean;
    {
        Store store(":memory:", Store::Purpose::write, no_regions());
        add_reports(store);
        link(store.link_tables());
        clean = links_of(store);
    }
    ASSERT_FALSE(clean.empty());
    int failures = 0;
    for (long budget = 0;; budget += budget < 200 ? 1 : 13) {
        Store store(":memory:", Store::Purpose::write, no_regions());
        add_reports(store);
        bool failed = false;
        try {
            const Budget limited(budget);
            link(store.link_tables());
        } catch (const error& e) {
            failed = true;
            ++failures;
            const std::string message = e.what();
            EXPECT_TRUE(message.starts_with("out of memory while linking (")) << message;
            EXPECT_TRUE(message.ends_with("); nothing was linked")) << message;
            EXPECT_EQ(store.queries().mentions({}).size(), 0u) << "budget " << budget << ": a half link was kept";
        }
        // bad_alloc itself, or anything else, fails the test by escaping.
        if (!failed) break;  // the budget covers a whole link now
        EXPECT_NO_THROW(link(store.link_tables())) << "budget " << budget;
        EXPECT_EQ(links_of(store), clean) << "budget " << budget;
    }
    EXPECT_GT(failures, 150) << "the sweep should cover the whole link";  // 182 allocations since the listings compile their statements on first use
}

}  // namespace
}  // namespace glossgraph
