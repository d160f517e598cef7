# Adapting the next dose from the journal's history.
brf_add_unit_test(adapt)

# The committed adapt content generated from data/*.json (tools/gen_content.py) must be current.
if(BRF_PYTHON3)
  add_test(NAME adapt.generated COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_content.py
    --root ${PROJECT_SOURCE_DIR} --check ${CMAKE_CURRENT_BINARY_DIR}/content-generated --only adapt)
endif()
brf_add_unit_test(adapt_next)
brf_add_unit_test(adapt_ratings NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
if(BRF_WITH_BUILTIN_CATALOG AND BRF_WITH_TRANSLATIONS)
  brf_add_unit_test(adapt_i18n NO_VALGRIND) # the paths unit.adapt and unit.adapt_next take under valgrind, in other languages; ASan covers it
endif()
