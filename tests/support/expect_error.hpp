#pragma once
// The one way the tests say "this must throw that": the exception's type, and what its message
// holds (expect_error) or is (expect_error_exactly), with more checks on it when given.
#include <gtest/gtest.h>

#include <functional>
#include <string>

namespace glossgraph::testing_support {

// Runs action, which must throw an Error whose message contains `part`; `also`, when given,
// checks the exception further (its code, say).
template <typename Error, typename Action>
void expect_error(Action&& action, const std::string& part, const std::function<void(const Error&)>& also = {}) {
    ASSERT_THROW(
        {
            try {
                action();
            } catch (const Error& e) {
                EXPECT_NE(std::string(e.what()).find(part), std::string::npos)
                    << "message: " << e.what() << "\nexpected to contain: " << part;
                if (also) also(e);
                throw;
            }
        },
        Error);
}

// Runs action, which must throw an Error whose message is `message`.
template <typename Error, typename Action>
void expect_error_exactly(Action&& action, const std::string& message) {
    ASSERT_THROW(
        {
            try {
                action();
            } catch (const Error& e) {
                EXPECT_EQ(std::string(e.what()), message);
                throw;
            }
        },
        Error);
}

}  // namespace glossgraph::testing_support
