// The translation unit that compiles the tests' precompiled header (tests/CMakeLists.txt,
// glossgraph_test_pch); every gtest executable reuses that header instead of parsing GoogleTest
// and the standard library again for each of its files.
