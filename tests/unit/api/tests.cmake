# Cross-cutting suites over the whole public API (issue 11): every export
# called with NULL and boundary integers, allocation failures on every path,
# a frozen catalog read from 8 threads; and the generated stub files.
brf_add_unit_test(null_args)
target_compile_definitions(test_null_args PRIVATE
  BRF_EXPORTS_TXT="${PROJECT_SOURCE_DIR}/tests/abi/exports.txt")
brf_add_unit_test(oom NO_VALGRIND)
brf_add_unit_test(threads)
target_link_libraries(test_threads PRIVATE Threads::Threads)
# The same test as a plain program, for ThreadSanitizer builds
# (scripts/ci-extra.sh), where Criterion's process arena cannot start.
add_executable(tsan_threads ${CMAKE_CURRENT_LIST_DIR}/test_threads.c)
target_compile_definitions(tsan_threads PRIVATE BRF_THREADS_STANDALONE)
target_link_libraries(tsan_threads PRIVATE backrelief Threads::Threads)
add_test(NAME hardening.tsan_threads COMMAND tsan_threads)
set_tests_properties(hardening.tsan_threads PROPERTIES FAIL_REGULAR_EXPRESSION "${BRF_FAIL_REGEX}")

if(BRF_PYTHON3)
  # test_null_args.c is generated from the public headers and committed: it
  # must equal what tools/gen_null_tests.py makes now.
  add_test(NAME hardening.null_args_generated
    COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_null_tests.py
            --root ${PROJECT_SOURCE_DIR}
            --check ${CMAKE_CURRENT_LIST_DIR}/test_null_args.c)
  # The stub files of the optional modules (lib/<module>/unsupported.c and the
  # catalog's unsupported_json.c and unsupported_import.c) are generated from
  # the public headers by tools/gen_stubs.py and committed: they must equal
  # what it makes now, and each module's sources.cmake must compile its stub
  # file. The stubs themselves are checked by scripts/cortex-m.sh (a build
  # with modules left out cannot run this test suite).
  add_test(NAME stubs.generated
    COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_stubs.py
            --root ${PROJECT_SOURCE_DIR} --check)
  add_test(NAME stubs.self_test
    COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_stubs.py --self-test)
endif()
