# The stub files of the optional modules (lib/<module>/unsupported.c and the
# catalog's unsupported_json.c and unsupported_import.c) are generated from the
# public headers by tools/gen_stubs.py and committed: they must equal what it
# makes now, and each module's sources.cmake must compile its stub file. The
# stubs themselves are checked by scripts/cortex-m.sh (a build with modules
# left out cannot run this test suite).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME stubs.generated
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/gen_stubs.py
            --root ${PROJECT_SOURCE_DIR} --check)
  add_test(NAME stubs.self_test
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/gen_stubs.py --self-test)
  # tools/api.py, the header parser every generator uses: its parsing on known
  # declarations, and every non-status, non-void function carrying its
  # @retval_on_fail annotation (docs/conventions.md).
  add_test(NAME api.self_test
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/api.py --self-test)
else()
  message(STATUS "python3 not found: the stubs.generated test is not added")
endif()
