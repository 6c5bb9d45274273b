# cmake -D EXECUTABLE=path -D WORKING_DIRECTORY=dir -D SUITES_FILE=path -P list_suites.cmake
# Run after a GoogleTest executable is linked: asks it for its tests (--gtest_list_tests) and
# writes SUITES_FILE, `set(suites …)` with the name of each test suite in the order it declares
# them, which the ctest include file of glossgraph_add_test (tests/CMakeLists.txt) reads.
foreach(variable EXECUTABLE WORKING_DIRECTORY SUITES_FILE)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "list_suites.cmake: ${variable} is not given")
  endif()
endforeach()

execute_process(
  COMMAND "${EXECUTABLE}" --gtest_list_tests
  WORKING_DIRECTORY "${WORKING_DIRECTORY}"
  TIMEOUT 60
  OUTPUT_VARIABLE listing
  ERROR_VARIABLE errors
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${EXECUTABLE} --gtest_list_tests failed (${result}):\n${listing}${errors}")
endif()

# A suite line starts in the first column and ends with its dot, maybe followed by a comment
# ("Suite." or "Prefix/Suite.  # TypeParam = …"); its tests follow, indented.
string(REPLACE ";" "," listing "${listing}")  # no list separator inside a line
string(REPLACE "\n" ";" lines "${listing}")
set(suites)
foreach(line IN LISTS lines)
  if(line MATCHES "^([^ #][^ ]*)\\.( .*)?$")
    list(APPEND suites "${CMAKE_MATCH_1}")
  endif()
endforeach()
if(NOT suites)
  message(FATAL_ERROR "${EXECUTABLE} lists no test suite:\n${listing}")
endif()

string(REPLACE ";" " " suites "${suites}")
file(WRITE "${SUITES_FILE}.new" "set(suites ${suites})\n")
file(RENAME "${SUITES_FILE}.new" "${SUITES_FILE}")
