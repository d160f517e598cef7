# Hardening tests (issue 11): every export called with NULL and boundary
# integers, allocation failures on every path, a frozen catalog read from
# 8 threads, and the coverage tests of each module.
brf_add_unit_test(null_args)
brf_add_unit_test(oom)
brf_add_unit_test(threads)
find_package(Threads REQUIRED)
target_link_libraries(test_threads PRIVATE Threads::Threads)
# The same test as a plain program, for ThreadSanitizer builds
# (scripts/ci-extra.sh), where Criterion's process arena cannot start.
add_executable(tsan_threads unit/test_threads.c)
target_compile_definitions(tsan_threads PRIVATE BRF_THREADS_STANDALONE)
target_link_libraries(tsan_threads PRIVATE backrelief Threads::Threads)
add_test(NAME hardening.tsan_threads COMMAND tsan_threads)
set_tests_properties(hardening.tsan_threads PROPERTIES FAIL_REGULAR_EXPRESSION "${BRF_FAIL_REGEX}")

file(GLOB BRF_COVERAGE_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/unit/test_*_coverage.c)
list(SORT BRF_COVERAGE_TESTS)
foreach(src IN LISTS BRF_COVERAGE_TESTS)
  get_filename_component(stem ${src} NAME_WE)
  string(REGEX REPLACE "^test_" "" stem ${stem})
  brf_add_unit_test(${stem})
endforeach()

# tests/unit/test_null_args.c is generated from the public headers and
# committed: it must equal what tools/gen_null_tests.py makes now.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME hardening.null_args_generated
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/gen_null_tests.py
            --root ${PROJECT_SOURCE_DIR}
            --check ${CMAKE_CURRENT_SOURCE_DIR}/unit/test_null_args.c)
endif()
target_compile_definitions(test_null_args PRIVATE
  BRF_EXPORTS_TXT="${CMAKE_CURRENT_SOURCE_DIR}/abi/exports.txt")
