# Cross-cutting suites over the whole public API (issue 11): every export
# called with NULL and boundary integers, allocation failures on every path,
# a frozen catalog read from 8 threads; and the generated stub files.
brf_add_unit_test(null_args)
target_compile_definitions(test_null_args PRIVATE
  BRF_EXPORTS_TXT="${PROJECT_SOURCE_DIR}/tests/abi/exports.txt")
brf_add_unit_test(oom NO_VALGRIND)
brf_add_unit_test(threads)
# Every reader fed every situation: one status per situation (docs/conventions.md).
brf_add_unit_test(reader_statuses)
# The status-returning _get forms beside colliding getters (docs/conventions.md, "Sentinels").
brf_add_unit_test(getters_get NO_VALGRIND) # pure accessors; see docs/testing.md
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
  # The stub files of the optional modules (lib/<module>/<module>_unsupported.c,
  # lib/catalog/catalog_json_unsupported.c and catalog_import_unsupported.c)
  # are generated from the public headers by tools/gen_stubs.py and committed: they must equal
  # what it makes now, and each module's sources.cmake must compile its stub
  # file. The stubs themselves are checked by scripts/cortex-m.sh (a build
  # with modules left out cannot run this test suite).
  add_test(NAME stubs.generated
    COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_stubs.py
            --root ${PROJECT_SOURCE_DIR} --check)
  add_test(NAME stubs.self_test
    COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_stubs.py --self-test)
  # tools/api.py, the header parser every generator uses: its parsing on known
  # declarations, and every non-status, non-void function carrying its
  # @retval_on_fail annotation (docs/conventions.md).
  add_test(NAME api.self_test
    COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/api.py --self-test)
endif()

# The conventions of docs/conventions.md checked on every exported function
# by family (issue 20): CTest `conventions`. The program is generated from the
# public headers by tools/gen_conventions.py and committed.
add_executable(test_conventions ${CMAKE_CURRENT_LIST_DIR}/test_conventions.c
  ${BRF_UNIT_DIR}/support.c)
target_include_directories(test_conventions PRIVATE ${BRF_UNIT_DIR})
target_link_libraries(test_conventions PRIVATE backrelief PkgConfig::CRITERION)
target_compile_definitions(test_conventions PRIVATE BRF_SHARED_DATA_DIR="${BRF_SHARED_DATA_DIR}")
# Natively only: CI's valgrind stage never ran it (its paths are null_args',
# which does run under valgrind).
add_test(NAME conventions COMMAND test_conventions --jobs 2)
set_tests_properties(conventions PROPERTIES FAIL_REGULAR_EXPRESSION "${BRF_FAIL_REGEX}")
if(BRF_PYTHON3)
  # test_conventions.c must equal what tools/gen_conventions.py makes now from
  # the headers and the function table of docs/conventions.md.
  add_test(NAME conventions.generated
    COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_conventions.py
            --root ${PROJECT_SOURCE_DIR}
            --check ${CMAKE_CURRENT_LIST_DIR}/test_conventions.c)
endif()
brf_add_unit_test(limits NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
# Each limit's worst input at its default (a 4 MiB document, 10,000 imported
# entries, timelines of 20,000 segments): 0.6 s natively, about 40 s under
# valgrind, so ASan and the counting allocator's leak check cover it instead.
brf_add_unit_test(limit_budgets NO_VALGRIND)
