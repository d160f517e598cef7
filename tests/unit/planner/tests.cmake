# The planner's tests: the API alone, and plans from the built-in catalog.
brf_add_unit_test(planner_api)
if(BRF_WITH_BUILTIN_CATALOG)
  brf_add_unit_test(planner)
endif()
