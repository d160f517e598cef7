brf_add_unit_test(screen NO_VALGRIND)
brf_add_unit_test(screen_result)
# Vignettes over the STarT Back rule: table logic, no buffers of its own
# (screen_result, under valgrind, reads and writes the same answers).
brf_add_unit_test(yellow_flags NO_VALGRIND)
# The screening texts in each language (issue 26, docs/localisation.md).
brf_add_unit_test(screen_i18n NO_VALGRIND) # the screen's paths in other languages (unit.screen runs them under valgrind); ASan covers it
if(BRF_WITH_TRANSLATIONS)
  target_compile_definitions(test_screen_i18n PRIVATE BRF_WITH_TRANSLATIONS=1)
endif()
# The documentation test checks docs/screening.md against the checklist.
target_compile_definitions(test_screen PRIVATE BRF_DOCS_DIR="${PROJECT_SOURCE_DIR}/docs")

# The committed screen content generated from data/*.json (tools/gen_content.py) must be current.
if(BRF_PYTHON3)
  add_test(NAME screen.generated COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_content.py
    --root ${PROJECT_SOURCE_DIR} --check ${CMAKE_CURRENT_BINARY_DIR}/content-generated --only screen)
endif()
