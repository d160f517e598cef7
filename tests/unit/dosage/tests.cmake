# Dose notation, checks, estimates, and a property test over random doses.
brf_add_unit_test(dosage NO_VALGRIND)
brf_add_unit_test(dosage_notation NO_VALGRIND)
brf_add_unit_test(dosage_property)
brf_add_unit_test(dosage_estimate INTERNAL NO_VALGRIND)
brf_add_unit_test(dosage_check NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)

# The committed dosage content generated from data/*.json (tools/gen_content.py) must be current.
if(BRF_PYTHON3)
  add_test(NAME dosage.generated COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_content.py
    --root ${PROJECT_SOURCE_DIR} --check ${CMAKE_CURRENT_BINARY_DIR}/content-generated --only dosage)
endif()
# A dose in the reader's language (brf_dosage_describe; issue 26, docs/localisation.md).
brf_add_unit_test(dosage_describe)
if(BRF_WITH_TRANSLATIONS)
  target_compile_definitions(test_dosage_describe PRIVATE BRF_WITH_TRANSLATIONS=1)
endif()
