# The planner's tests: the API alone, and plans from the built-in catalog.
brf_add_unit_test(planner_api)
if(BRF_WITH_BUILTIN_CATALOG)
  brf_add_unit_test(planner)
  brf_add_unit_test(vignettes NO_VALGRIND) # planner and screen paths planner/planner_api reach
  target_compile_definitions(test_vignettes PRIVATE BRF_DOCS_DIR="${PROJECT_SOURCE_DIR}/docs")
endif()

# The committed planner content generated from data/*.json (tools/gen_content.py) must be current.
if(BRF_PYTHON3)
  add_test(NAME planner.generated COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_content.py
    --root ${PROJECT_SOURCE_DIR} --check ${CMAKE_CURRENT_BINARY_DIR}/content-generated --only planner)
endif()
if(BRF_WITH_BUILTIN_CATALOG)
  brf_add_unit_test(sequencing NO_VALGRIND) # 240 plans per test: minutes under valgrind, paths planner reaches
endif()
if(BRF_WITH_BUILTIN_CATALOG)
  brf_add_unit_test(activity NO_VALGRIND) # some 200 plans: paths planner and sequencing reach
endif()
if(BRF_WITH_BUILTIN_CATALOG)
  brf_add_unit_test(contraindications NO_VALGRIND) # 27 conditions x every goal x 56 budgets of plans
  target_compile_definitions(test_contraindications PRIVATE BRF_DOCS_DIR="${PROJECT_SOURCE_DIR}/docs")
endif()
if(BRF_WITH_BUILTIN_CATALOG)
  brf_add_unit_test(thermal NO_VALGRIND) # some 50 plans: paths planner and sequencing reach
endif()
if(BRF_WITH_BUILTIN_CATALOG AND BRF_WITH_TRANSLATIONS)
  brf_add_unit_test(planner_i18n NO_VALGRIND) # some 50 plans in four languages: paths planner reaches
endif()
