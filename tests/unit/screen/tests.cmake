brf_add_unit_test(screen NO_VALGRIND)
# The documentation test checks docs/screening.md against the checklist.
target_compile_definitions(test_screen PRIVATE BRF_DOCS_DIR="${PROJECT_SOURCE_DIR}/docs")
